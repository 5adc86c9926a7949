#!/bin/sh
# Issue 4's benchmark: median and p95 of the Related Articles rail, search (a common word
# and a rare name), the front page and page 500 of the largest tag, timed in-process
# against a generated archive with every cache off, plus EXPLAIN (ANALYZE, BUFFERS) of
# each query (io.newsdesk.benchmark.QueryBenchmark, profile "bench"). Not part of verify.
#
#   scripts/bench-search-rail.sh /work/bench/pg-1m            # an embedded data directory
#   ITERATIONS=500 scripts/bench-search-rail.sh /work/bench/pg-100k
#
# Make the archive first with the generator (README, "Generate a large archive"). The run
# starts the application on that directory (so pending migrations are applied), writes
# the report to bench-results-<dir name>.md and prints it. Builds the jar if missing.
set -eu
DATA_DIR=${1:?usage: $0 DATA_DIR}
ITERATIONS=${ITERATIONS:-200}
WARMUP=${WARMUP:-100}
cd "$(dirname "$0")/.."
JAR=target/newsdesk-0.1.0-SNAPSHOT.jar
[ -f "$JAR" ] || ./mvnw -B -q -DskipTests package
echo "Load before: $(uptime)"
NEWSDESK_DATA_DIR="$DATA_DIR" NEWSDESK_DEMO_CONTENT=false NEWSDESK_CACHE_ENABLED=false NEWSDESK_RELATED_CACHE_SIZE=0 \
  java ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=bench --server.port=0 \
  --newsdesk.benchmark.iterations="$ITERATIONS" --newsdesk.benchmark.warmup="$WARMUP" \
  --newsdesk.benchmark.output="bench-results-$(basename "$DATA_DIR").md" | grep -v '^\s*$' | sed -n '/^Benchmark 20/,$p'
echo "Load after: $(uptime)"
