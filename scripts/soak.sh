#!/usr/bin/env bash
# Soak test on loopback: a release build serving a temporary copy of the
# data, 256 connections for DURATION seconds (default 60) of mixed valid and
# invalid requests (wrk, rotating through the bodies in scripts/soak.lua), a
# good dataset edit halfway through to trigger a reload, and then: total
# requests, non-2xx by status, 5xx, connection errors, and the server's RSS
# at start, middle and end. Stops by itself.
#
#   scripts/soak.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
duration="${1:-60}"
connections="${2:-256}"

if ! command -v wrk >/dev/null 2>&1; then
  echo "scripts/soak.sh: installing wrk" >&2
  sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
fi

cargo build --release --quiet
work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

cp resources.yaml "$work/resources.yaml"
cp -r locales "$work/locales"
RUST_LOG=warn,crisis_lookup=info target/release/crisis-lookup serve \
  --bind 127.0.0.1:0 --data "$work/resources.yaml" --locales "$work/locales" \
  2>"$work/server.log" >/dev/null &
server=$!

port=""
for _ in $(seq 1 200); do
  port="$(grep -m1 'listening' "$work/server.log" 2>/dev/null | sed -nE 's/.*port[=":]+([0-9]+).*/\1/p' || true)"
  [[ -n "$port" ]] && break
  sleep 0.1
done
if [[ -z "$port" ]]; then
  echo "scripts/soak.sh: the server did not start" >&2
  cat "$work/server.log" >&2
  exit 1
fi
base="http://127.0.0.1:$port"
until curl -fsS "$base/readyz" >/dev/null; do sleep 0.1; done

rss() { awk '/^VmRSS/ {print $2 " " $3}' "/proc/$server/status"; }
version() { curl -fsS "$base/readyz" | sed -nE 's/.*"version":"([^"]+)".*/\1/p'; }

rss_start="$(rss)"
version_start="$(version)"
echo "soak: $connections connections for ${duration}s against $base (pid $server)"

wrk -t2 -c"$connections" -d"${duration}s" --timeout 5s -s scripts/soak.lua "$base" \
  >"$work/wrk.txt" 2>&1 &
load=$!

sleep "$((duration / 2))"
# A good edit, written as an editor saves: a new file renamed over the old.
sed 's/Someone to talk to about anything that weighs on you/Someone to talk to about anything that weighs on you (soak edit)/' \
  "$work/resources.yaml" >"$work/resources.yaml.new"
mv "$work/resources.yaml.new" "$work/resources.yaml"
sleep 3
rss_middle="$(rss)"
version_middle="$(version)"

wait "$load"
rss_end="$(rss)"
ready_end="$(curl -sS -o /dev/null -w '%{http_code}' "$base/readyz")"

cat "$work/wrk.txt"
echo
echo "dataset version: start $version_start, after the edit $version_middle$([[ "$version_start" != "$version_middle" ]] && echo ' (reloaded)' || echo ' (NOT reloaded)')"
echo "readyz at the end: $ready_end"
echo "RSS: start $rss_start, middle $rss_middle, end $rss_end"
if grep -qiE 'panic|error' "$work/server.log"; then
  echo "server log errors:"
  grep -iE 'panic|error' "$work/server.log" | head -20
fi
