#!/usr/bin/env bash
# Load measurements of the real server, as BENCHMARKS.md ("How we measure") says.
#
#   scripts/load.sh            throughput (wrk) and latency at a fixed rate (hey)
#   scripts/load.sh mixed      throughput of realistic mixed traffic: 16 short
#                              messages (mostly 1–6 words, 14 languages) with a
#                              country or locale hint, against GET /healthz
#   scripts/load.sh memory     1,000,000 lookups over all countries and languages,
#                              VmRSS after the first 100,000 and the last
#                              (scripts/memory.sh does the same)
#
# Builds release, serves the repository's resources.yaml and locales/ on
# 127.0.0.1 only, with `--workers 2` (WORKERS=…), and stops the server on
# exit. Installs Debian's wrk and hey if missing. Bounded: ~1 minute for the
# default mode, at most ~4 minutes for `memory`.
#
# Environment: PORT (default 18080), WORKERS (2), RUST_LOG (default `info`,
# the service's default: one log line per request, written to a file here),
# DURATION (wrk run length, 5s), NO_BUILD=1 to skip `cargo build`, BIN (the
# binary to serve, default target/release/crisis-lookup: to compare builds).
set -euo pipefail
cd "$(dirname "$0")/.."

MODE="${1:-load}"
PORT="${PORT:-18080}"
WORKERS="${WORKERS:-2}"
DURATION="${DURATION:-5s}"
BASE="http://127.0.0.1:${PORT}"
WORK="$(mktemp -d)"
SERVER_PID=""

cleanup() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

need() {
  local tool="$1" package="$2"
  command -v "$tool" >/dev/null && return
  echo "load.sh: installing $package" >&2
  local sudo=""
  [[ "$(id -u)" -ne 0 ]] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null ||
    { $sudo apt-get update -q >/dev/null && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$package" >/dev/null; }
}
need wrk wrk
need hey hey
need curl curl
need jq jq
need python3 python3

if [[ "${NO_BUILD:-0}" != 1 ]]; then
  cargo build --release --bin crisis-lookup 2>&1 | tail -1 >&2
fi
BIN="${BIN:-target/release/crisis-lookup}"

# VmRSS and its parts: anonymous (heap, stacks) and file-backed (the binary,
# including lingua's models, which it reads in place from the executable).
rss() {
  awk '/^VmRSS:/ {t = $2} /^RssAnon:/ {a = $2} /^RssFile:/ {f = $2}
    END {printf "%.1f MiB (anon %.1f, file %.1f)", t / 1024, a / 1024, f / 1024}' "/proc/$SERVER_PID/status"
}

# Non-2xx answers the server counted (its own metric, by status).
non_2xx() {
  curl -fsS "$BASE/metrics" |
    awk '/^crisis_lookup_http_requests_total\{/ && !/status="2[0-9][0-9]"/ {n += $NF} END {print n + 0}'
}
lookups_counted() {
  curl -fsS "$BASE/metrics" |
    awk '/^crisis_lookup_http_requests_total\{/ && /\/v1\/lookup/ {n += $NF} END {print n + 0}'
}

# --- start, and time process start → /readyz 200 -----------------------------
if curl -fs "$BASE/healthz" >/dev/null 2>&1; then
  echo "load.sh: something already listens on port $PORT" >&2
  exit 1
fi
started_ns=$(date +%s%N)
RUST_LOG="${RUST_LOG:-info}" "$BIN" serve --bind "127.0.0.1:${PORT}" --workers "$WORKERS" \
  --watch false 2>"$WORK/server.log" &
SERVER_PID=$!
ready=0
for _ in $(seq 3000); do # at most ~15 s
  if curl -fs -o /dev/null "$BASE/readyz"; then ready=1; break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || break
  sleep 0.005
done
ready_ns=$(date +%s%N)
if [[ $ready != 1 ]]; then
  echo "load.sh: the server did not become ready" >&2
  tail -20 "$WORK/server.log" >&2
  exit 1
fi
echo "start-up: process start -> /readyz 200: $(((ready_ns - started_ns) / 1000000)) ms (pid $SERVER_PID, workers $WORKERS)"
grep -o 'language detector ready.*\|trigram table ready.*' "$WORK/server.log" | sed 's/^/  server: /' || true
sleep 2 # let the background trigram merge finish before measuring
echo "VmRSS idle: $(rss)"

# --- bodies ------------------------------------------------------------------
DUTCH="ik weet het echt niet meer, ik wil niet meer leven en ik heb niemand meer om mee te praten. alles voelt zwaar en ik zie geen uitweg meer, elke dag is hetzelfde en ik slaap bijna niet. mijn familie weet van niets en ik durf het niet te vertellen. "
python3 - "$DUTCH" >"$WORK/body.json" <<'EOF'
import json, sys
message = sys.argv[1][:200]
assert len(message) == 200
sys.stdout.write(json.dumps({"message": message, "country": "BE"}, ensure_ascii=False))
EOF
python3 - "$WORK/body.json" >"$WORK/lookup.lua" <<'EOF'
import sys
body = open(sys.argv[1], encoding="utf-8").read()
print('wrk.method = "POST"')
print('wrk.headers["Content-Type"] = "application/json"')
print("wrk.body = [==[" + body + "]==]")
EOF
status=$(curl -s -o "$WORK/answer.json" -w '%{http_code}' -H 'content-type: application/json' \
  --data-binary @"$WORK/body.json" "$BASE/v1/lookup")
echo "lookup answer: HTTP $status, $(wc -c <"$WORK/answer.json") bytes, language $(jq -c .language "$WORK/answer.json"), locale $(jq -r .locale "$WORK/answer.json")"

wrk_rps() { awk '/^Requests\/sec:/ {print $2}'; }
wrk_bad() { awk '/Non-2xx|Socket errors/ {print "    wrk: " $0}'; }

if [[ "$MODE" == mixed ]]; then
  # Short messages as people type them, each with the hint a phone or a
  # page would send; wrk sends them in turn (the messages of
  # benches/detect.rs SHORT, with hints).
  python3 - >"$WORK/mixed.lua" <<'PY'
import json
bodies = [
    {"message": "help", "country": "US"},
    {"message": "help me", "locale": "en-GB"},
    {"message": "i want to die", "country": "AU"},
    {"message": "ik wil dood", "country": "NL"},
    {"message": "no puedo más", "locale": "es-MX"},
    {"message": "je veux mourir", "country": "FR"},
    {"message": "ich will nicht mehr leben", "locale": "de-DE"},
    {"message": "não aguento mais", "country": "BR"},
    {"message": "voglio morire", "locale": "it-IT"},
    {"message": "nie chcę żyć", "country": "PL"},
    {"message": "я хочу умереть", "locale": "ru-RU"},
    {"message": "ölmek istiyorum", "country": "TR"},
    {"message": "saya ingin mati", "locale": "id-ID"},
    {"message": "jag vill dö", "country": "SE"},
    {"message": "أريد أن أموت", "locale": "ar-EG"},
    {"message": "tôi muốn chết", "country": "VN"},
]
print("local bodies = {")
for b in bodies:
    print("  [==[" + json.dumps(b, ensure_ascii=False) + "]==],")
print("}")
print("""
local n = 0
local headers = {["Content-Type"] = "application/json"}
function init(args) n = math.random(#bodies) end
function request()
  n = n % #bodies + 1
  return wrk.format("POST", "/v1/lookup", headers, bodies[n])
end
""")
PY
  echo
  echo "mixed traffic: wrk -t2 -c64 -d$DURATION, GET /healthz and POST /v1/lookup (16 short messages, 14 languages, hints) alternately, twice each"
  declare -a MH ML
  for round in 1 2; do
    out=$(timeout 60 wrk -t2 -c64 -d"$DURATION" "$BASE/healthz")
    MH[$round]=$(wrk_rps <<<"$out")
    echo "  round $round  GET  /healthz          ${MH[$round]} req/s"
    out=$(timeout 60 wrk -t2 -c64 -d"$DURATION" -s "$WORK/mixed.lua" "$BASE/v1/lookup")
    ML[$round]=$(wrk_rps <<<"$out")
    echo "  round $round  POST /v1/lookup mixed  ${ML[$round]} req/s"
    wrk_bad <<<"$out"
  done
  awk -v h1="${MH[1]}" -v h2="${MH[2]}" -v l1="${ML[1]}" -v l2="${ML[2]}" 'BEGIN {
    printf "  ratio mixed lookup/healthz: round 1 %.2f, round 2 %.2f, mean of rounds %.2f (target >= 0.50)\n",
      l1 / h1, l2 / h2, (l1 + l2) / (h1 + h2) }'
fi

if [[ "$MODE" == load ]]; then
  # --- throughput: saturate, alternately, twice each ---------------------------
  echo
  echo "throughput: wrk -t2 -c64 -d$DURATION, GET /healthz and POST /v1/lookup alternately, twice each"
  declare -a H L
  for round in 1 2; do
    out=$(timeout 60 wrk -t2 -c64 -d"$DURATION" --latency "$BASE/healthz")
    H[$round]=$(wrk_rps <<<"$out")
    echo "  round $round  GET  /healthz    ${H[$round]} req/s"
    wrk_bad <<<"$out"
    out=$(timeout 60 wrk -t2 -c64 -d"$DURATION" --latency -s "$WORK/lookup.lua" "$BASE/v1/lookup")
    L[$round]=$(wrk_rps <<<"$out")
    echo "  round $round  POST /v1/lookup  ${L[$round]} req/s"
    wrk_bad <<<"$out"
  done
  awk -v h1="${H[1]}" -v h2="${H[2]}" -v l1="${L[1]}" -v l2="${L[2]}" 'BEGIN {
    printf "  ratio lookup/healthz: round 1 %.2f, round 2 %.2f, mean of rounds %.2f (target >= 0.60)\n",
      l1 / h1, l2 / h2, (l1 + l2) / (h1 + h2) }'

  # --- latency at a fixed rate below saturation --------------------------------
  echo
  echo "latency: hey -z 5s -c 16 -q 125 (2,000 req/s)"
  hey_p99() { awk '/ 99% in / {printf "%.2f", $3 * 1000}'; }
  hey_codes() { awk '/^[ \t]+\[[0-9]+\]/ {printf "%s%s %s", sep, $1, $2; sep = ", "}'; }
  out=$(timeout 60 hey -z 5s -c 16 -q 125 "$BASE/healthz")
  hp=$(hey_p99 <<<"$out")
  echo "  GET  /healthz    p99 ${hp} ms, rps $(awk '/Requests\/sec:/ {print $2}' <<<"$out"), status $(hey_codes <<<"$out")"
  out=$(timeout 60 hey -z 5s -c 16 -q 125 -m POST -T application/json -D "$WORK/body.json" "$BASE/v1/lookup")
  lp=$(hey_p99 <<<"$out")
  echo "  POST /v1/lookup  p99 ${lp} ms, rps $(awk '/Requests\/sec:/ {print $2}' <<<"$out"), status $(hey_codes <<<"$out")"
  awk -v h="$hp" -v l="$lp" 'BEGIN { printf "  p99 ratio lookup/healthz: %.2f (target: lookup p99 <= 5 ms)\n", l / h }'
fi

if [[ "$MODE" == memory ]]; then
  # --- bodies over every country and every shipped language ---------------------
  curl -fsS "$BASE/v1/countries" | jq -r 'if type == "array" then .[] else .countries[] end | .code' >"$WORK/countries.txt"
  for dir in locales/*/; do
    tag=$(basename "$dir")
    line=$(grep -m1 '^support-opening = ' "$dir/crisis.ftl" | cut -c19-)
    printf '%s\t%s\n' "$tag" "$line"
  done >"$WORK/languages.tsv"
  python3 - "$WORK/countries.txt" "$WORK/languages.tsv" >"$WORK/many.lua" <<'EOF'
import json, sys
countries = [c.strip() for c in open(sys.argv[1]) if c.strip()]
languages = [l.rstrip("\n").split("\t", 1) for l in open(sys.argv[2], encoding="utf-8") if "\t" in l]
# Every country with every language: the message in that language (the
# locale's opening sentence three times, so that it is long enough for the
# trigram stage: short messages go to lingua, ~1 ms each, and a million of
# them would take far too long here) and, for half of them, the locale hint
# too (different answer keys: text locale).
bodies = []
for i, country in enumerate(countries):
    for j, (tag, message) in enumerate(languages):
        body = {"message": " ".join([message] * 3), "country": country}
        if (i + j) % 2:
            body["locale"] = tag
        bodies.append(json.dumps(body, ensure_ascii=False))
print("-- %d bodies: %d countries x %d languages" % (len(bodies), len(countries), len(languages)))
print("local bodies = {")
for b in bodies:
    print("  [==[" + b + "]==],")
print("}")
print("""
local quota = tonumber(os.getenv("QUOTA_PER_THREAD") or "50000")
local sent = 0
local offset = 0
local headers = {["Content-Type"] = "application/json"}
function setup(thread) end
function init(args) offset = math.random(#bodies) end
function request()
  sent = sent + 1
  if sent > quota then wrk.thread:stop() end
  local body = bodies[(sent * 7919 + offset) % #bodies + 1]
  return wrk.format("POST", "/v1/lookup", headers, body)
end
""")
EOF
  echo
  echo "memory: $(head -1 "$WORK/many.lua" | cut -c4-)"
  # wrk sleeps its whole -d even when every thread has stopped at its quota,
  # so run it in the background and stop it once the server has counted the
  # quota (or after MEMORY_PHASE_LIMIT seconds).
  run_lookups() { # total requests, over two wrk threads
    local total=$1 target=$(($(lookups_counted) + $1 - 64)) wrk_pid
    QUOTA_PER_THREAD=$((total / 2)) wrk -t2 -c64 -d600s -s "$WORK/many.lua" \
      "$BASE/v1/lookup" >"$WORK/wrk.out" 2>&1 &
    wrk_pid=$!
    local deadline=$((SECONDS + ${MEMORY_PHASE_LIMIT:-150}))
    while kill -0 "$wrk_pid" 2>/dev/null && ((SECONDS < deadline)); do
      (($(lookups_counted) >= target)) && break
      sleep 0.2
    done
    sleep 0.3
    kill "$wrk_pid" 2>/dev/null || true
    wait "$wrk_pid" 2>/dev/null || true
  }
  base_count=$(lookups_counted)
  phase() {
    local label=$1 total=$2 t0 t1
    t0=$(date +%s%N)
    run_lookups "$total"
    t1=$(date +%s%N)
    printf '  %-34s lookups so far %8d  VmRSS %s  (%d ms)\n' "$label" \
      "$(($(lookups_counted) - base_count))" "$(rss)" $(((t1 - t0) / 1000000))
  }
  echo "  before                             VmRSS $(rss)"
  phase "after the first 100,000" 100000
  phase "after 500,000" 400000
  phase "after 900,000 (start of the last)" 400000
  phase "after 1,000,000 (end of the last)" 100000
fi

echo
echo "non-2xx answers counted by the server (/metrics): $(non_2xx)"
echo "VmRSS at the end: $(rss)"
