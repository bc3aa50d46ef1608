#!/usr/bin/env bash
# Runs every cargo-fuzz target in fuzz/ for a bounded time each:
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]     (default 60)
#
# Stable toolchain, no sanitizer (`-s none`): libFuzzer's coverage needs no
# nightly feature then. Set FUZZ_BOOTSTRAP=1 to build with RUSTC_BOOTSTRAP=1
# if a future cargo-fuzz asks for one. Installs cargo-fuzz from crates.io
# when missing. New inputs go to fuzz/corpus/<target>, crashes to
# fuzz/artifacts/<target>; fuzz/seeds/<target> are the starting inputs. A
# crash stops the script with a non-zero exit; keep the input as a
# regression test in tests/fuzz_regressions.rs.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds="${1:-60}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "scripts/fuzz.sh: installing cargo-fuzz" >&2
  cargo install cargo-fuzz
fi
if [[ "${FUZZ_BOOTSTRAP:-0}" == 1 ]]; then
  export RUSTC_BOOTSTRAP=1
fi

cargo fuzz build -s none
for target in $(cargo fuzz list); do
  echo "== $target: ${seconds}s" >&2
  mkdir -p "corpus/$target" "seeds/$target"
  cargo fuzz run "$target" -s none "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1
done
