#!/usr/bin/env bash
# Benchmarks Newsdesk's front page and the demo seed article with wrk, the way
# /work/shared/peers/bench-peers.sh measures its peers (2 threads, 32 connections, warm-up
# thrown away, then DURATION s measured), and prints: target rps p50_ms p99_ms errors requests bytes
#
#   scripts/bench.sh                  builds the jar if needed, starts it on port 18081 with a
#                                     fresh embedded database (demo content), warms up, measures, stops it
#   BASE=http://127.0.0.1:18081 scripts/bench.sh   measures an instance that is already running
#
# Options: THREADS (2), CONNS (32), DURATION (20), WARMUP (30: the JIT needs longer than PHP),
# PORT (18081). Needs wrk (apt-get install -y wrk). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-2}
CONNS=${CONNS:-32}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
PORT=${PORT:-18081}
ARTICLE=/articles/beijing-says-us-too-negative-toward-china

command -v wrk >/dev/null || { echo "wrk not installed (apt-get install -y wrk)" >&2; exit 1; }

app_pid=
data_dir=
cleanup() {
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ -n "$data_dir" ]; then rm -rf "$data_dir"; fi
}
trap cleanup EXIT

if [ -z "${BASE:-}" ]; then
  BASE="http://127.0.0.1:$PORT"
  jar=$(ls target/newsdesk-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ]; then
    ./mvnw -B -q -DskipTests package
    jar=$(ls target/newsdesk-*.jar | head -1)
  fi
  data_dir=$(mktemp -d /tmp/newsdesk-bench.XXXXXX)
  echo "# starting $jar on port $PORT (log: $data_dir/app.log)" >&2
  SERVER_PORT=$PORT NEWSDESK_DATA_DIR="$data_dir/postgres" java -jar "$jar" >"$data_dir/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "$BASE$ARTICLE" && break
    kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$data_dir/app.log" >&2; exit 1; }
    sleep 1
  done
fi
case "$BASE" in http://127.0.0.1:*|http://localhost:*) ;; *) echo "refusing non-loopback $BASE" >&2; exit 1;; esac

LUA=$(mktemp /tmp/newsdesk-bench.XXXXXX.lua)
trap 'rm -f "$LUA"; cleanup' EXIT
cat > "$LUA" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status, summary.requests))
end
LUA

echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ) wrk -t$THREADS -c$CONNS -d${DURATION}s (warm-up ${WARMUP}s per page) on $(nproc) cores" >&2
echo "target rps p50_ms p99_ms errors requests bytes"
for t in "ours_front=$BASE/" "ours_article=$BASE$ARTICLE"; do
  name=${t%%=*}; url=${t#*=}
  bytes=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  timeout $((WARMUP + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" "$url" >/dev/null 2>&1 || true
  res=$(timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --timeout 10s -s "$LUA" "$url" 2>&1 \
    | awk '/^RESULT/{print $2,$3,$4,$5,$6}') || true
  echo "$name ${res:-NA NA NA wrk_failed 0} $bytes"
done
