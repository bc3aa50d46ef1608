#!/usr/bin/env bash
# Supply-chain checks with cargo-deny (deny.toml): licences, banned and
# duplicate crates, sources, and RustSec advisories when the advisory
# database can be fetched. Installs cargo-deny from crates.io when missing
# (a few minutes of compiling on a 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo-deny >/dev/null 2>&1; then
  echo "scripts/deny.sh: installing cargo-deny" >&2
  cargo install cargo-deny --locked
fi

cargo deny check licenses bans sources
# The advisory database is a git repository that cargo-deny clones; without
# that network access the check cannot run, which is reported, not failed.
if cargo deny fetch db >/dev/null 2>&1; then
  cargo deny check --disable-fetch advisories
else
  echo "scripts/deny.sh: advisory database unreachable; advisories not checked" >&2
fi
