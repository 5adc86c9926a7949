#!/usr/bin/env bash
# The page-cache benchmark (issue 6), one command, < 10 minutes with the defaults:
#
#   bench/run.sh                          fresh throw-away database with the demo content
#   bench/run.sh --data-dir /copy/of/pg   an existing embedded-PostgreSQL data directory
#                                         (a COPY: never run two postmasters on one directory)
#   bench/run.sh --peers                  also WordPress (and its static copy) in the same run:
#                                         starts the peers with /work/shared/peers/setup-wordpress.sh
#                                         (as root) unless they answer, stops what it started
#
# Builds the jar if it is missing or older than the sources, starts it with -Xmx512m on the
# newest JDK under /usr/lib/jvm (virtual threads from 21 on; JAVA=/path/to/java to choose),
# finds a front page, an article, a tag page and a search, and drives wrk (loopback) at each:
#   render  = a query string the cache never stores (?bench=render), so every request renders;
#   cache   = the page itself, warm in the page cache (search is never cached: same as render).
# Then saves the same pages as static files and serves them from nginx on a free loopback
# port (its own config under a temp dir) for the ceiling ratio. Prints one line per run:
#   target mode rps p50_ms p99_ms errors gc_%
# gc_% is the share of the measured wall time the JVM spent in GC (jstat GCT before/after).
#
# Options: --conns N (64) --threads N (2) --duration S (15) --warmup S (8) --port N (18081)
#          --no-nginx --keep (leave the temp dir); after `--`, arguments for the app, e.g.
#          -- --spring.flyway.ignore-migration-patterns='*:future' (a database from a newer branch).
# Needs wrk, nginx, curl (apt-get install -y wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNS=64 THREADS=2 DURATION=15 WARMUP=8 PORT=18081 DATA_DIR= PEERS=0 NGINX=1 KEEP=0 APP_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) DATA_DIR=$(realpath "$2"); shift ;;
    --conns) CONNS=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --port) PORT=$2; shift ;;
    --peers) PEERS=1 ;;
    --no-nginx) NGINX=0 ;;
    --keep) KEEP=1 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    --) shift; APP_ARGS=("$@"); break ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

for tool in wrk curl; do command -v $tool >/dev/null || { echo "$tool missing: apt-get install -y wrk nginx" >&2; exit 1; }; done
if [ "$NGINX" = 1 ] && ! command -v nginx >/dev/null; then echo "nginx missing (or use --no-nginx)" >&2; exit 1; fi

if [ -z "${JAVA:-}" ]; then
  JAVA=$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | while read -r j; do
    v=$("$j" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    echo "$v $j"; done | sort -n | tail -1 | cut -d' ' -f2 || true)
  JAVA=${JAVA:-java}
fi
JSTAT=$(dirname "$JAVA")/jstat; [ -x "$JSTAT" ] || JSTAT=jstat

jar=$(ls target/newsdesk-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || [ -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]; then
  echo "# building the jar" >&2
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/newsdesk-*.jar | grep -v original | head -1)
fi

work=$(mktemp -d /tmp/newsdesk-bench.XXXXXX)
chmod 755 "$work"
app_pid= nginx_conf= PEERS_STARTED=()
cleanup() {
  stop_peers
  if [ -n "$nginx_conf" ] && [ -f "$work/nginx.pid" ]; then nginx -p "$work" -c "$nginx_conf" -s stop 2>/dev/null || true; fi
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  if [ "$KEEP" = 1 ]; then echo "# kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The WordPress peer (../shared/peers): nginx on 8081/8082, php-fpm, MariaDB. Set up before our
# app starts so apt and the installer do not run during a measurement; only the services this
# run started are stopped again.
peer_pids() { # running peer services: name=pid
  local p
  p=$(cat /run/nginx.pid 2>/dev/null || true); [ -n "$p" ] && kill -0 "$p" 2>/dev/null && echo "nginx=$p"
  p=$(cat /run/php/php8.2-fpm.pid 2>/dev/null || true); [ -n "$p" ] && kill -0 "$p" 2>/dev/null && echo "php-fpm=$p"
  p=$(pidof mariadbd || true); [ -n "$p" ] && echo "mariadbd=$p"
  true
}
stop_peers() {
  local s
  for s in "${PEERS_STARTED[@]}"; do kill "${s#*=}" 2>/dev/null && echo "# stopped ${s%%=*} (pid ${s#*=})" >&2 || true; done
  PEERS_STARTED=()
}
if [ "$PEERS" = 1 ]; then
  if curl -sf -o /dev/null --max-time 30 http://127.0.0.1:8081/ && curl -sf -o /dev/null http://127.0.0.1:8082/article.html; then
    echo "# peers already running; left running afterwards" >&2
  else
    [ "$(id -u)" = 0 ] || { echo "--peers: WordPress is not running and setting it up needs root" >&2; exit 1; }
    before=$(peer_pids)
    skip_apt=0; dpkg -s wordpress php8.2-fpm mariadb-server nginx >/dev/null 2>&1 && skip_apt=1
    echo "# setting up the peers (SKIP_APT=$skip_apt; log: $work/peers-setup.log)" >&2
    SKIP_APT=$skip_apt bash /work/shared/peers/setup-wordpress.sh >"$work/peers-setup.log" 2>&1 \
      || { tail -n 20 "$work/peers-setup.log" >&2; exit 1; }
    for s in $(peer_pids); do grep -qx "$s" <<<"$before" || PEERS_STARTED+=("$s"); done
  fi
fi

BASE="http://127.0.0.1:$PORT"
if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is taken (--port N)" >&2; exit 1; fi
echo "# $(date -u +%FT%TZ) $("$JAVA" -version 2>&1 | head -1); $(nproc) cores; uptime:$(uptime)" >&2
echo "# starting $jar with -Xmx512m on ${DATA_DIR:-a fresh demo database} (log: $work/app.log)" >&2
demo=true; [ -n "$DATA_DIR" ] && demo=false
SERVER_PORT=$PORT NEWSDESK_DATA_DIR="${DATA_DIR:-$work/postgres}" NEWSDESK_DEMO_CONTENT=$demo \
  "$JAVA" -Xmx512m -Xlog:gc:file="$work/gc.log" -jar "$jar" "${APP_ARGS[@]}" >"$work/app.log" 2>&1 &
app_pid=$!
started=$(date +%s)
until curl -sf -o /dev/null "$BASE/"; do
  kill -0 "$app_pid" 2>/dev/null || { tail -n 30 "$work/app.log" >&2; exit 1; }
  [ $(( $(date +%s) - started )) -lt 600 ] || { echo "no answer after 600 s" >&2; exit 1; }
  sleep 1
done
echo "# up after $(( $(date +%s) - started )) s" >&2

# The pages: the first story on the front page that has a tag, its first tag, a word of
# its headline. (|| true: head closing a pipe early is not a failure.)
# Demo content loads after the port opens: wait for stories.
article= tag= article_html=
until front=$(curl -s "$BASE/?bench=start") && grep -q 'href="[^"]*/articles/' <<<"$front"; do
  [ $(( $(date +%s) - started )) -lt 600 ] || { echo "no stories on the front page after 600 s" >&2; exit 1; }
  sleep 2
done
sleep 2
for a in $(grep -o 'href="[^"]*/articles/[^"?#]*"' <<<"$front" | sed 's|.*/articles/|/articles/|; s|"$||' \
    | awk '!seen[$0]++' | head -20 || true); do
  article_html=$(curl -s "$BASE$a")
  tag=$(grep -o 'href="[^"]*/tags/[^"?#]*"' <<<"$article_html" | sed 's|.*/tags/|/tags/|; s|"$||' | head -1 || true)
  if [ -n "$tag" ]; then article=$a; break; fi
done
word=$(grep -o '<h1[^>]*>[^<]*' <<<"$article_html" | head -1 | sed 's/<h1[^>]*>//' | tr -c 'A-Za-z\n' ' ' \
  | tr ' ' '\n' | awk 'length > 4' | head -1 || true)
search="/search?q=${word:-news}"
[ -n "$article" ] && [ -n "$tag" ] || { echo "could not find an article and a tag on the front page" >&2; exit 1; }
declare -A PAGES=([front]=/ [article]=$article [tag]=$tag [search]=$search)
ORDER="front article tag search"
for name in $ORDER; do
  url="$BASE${PAGES[$name]}"
  t=$(curl -s -o "$work/$name.html" -w '%{time_total}' "$url")
  echo "# $name ${PAGES[$name]}: $(stat -c %s "$work/$name.html") bytes, first request ${t}s" >&2
done

LUA=$work/report.lua
cat > "$LUA" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout + e.status))
end
LUA

gc_seconds() { "$JSTAT" -gcutil "$app_pid" 2>/dev/null | awk 'NR==2{print $NF}' || echo 0; }

declare -A RPS P99
measure() { # name mode url [app]
  local name=$1 mode=$2 url=$3 app=${4:-}
  wrk -t"$THREADS" -c"$CONNS" -d"${WARMUP}s" "$url" >/dev/null 2>&1 || true
  local gc0 gc1 t0 t1 res gc=-
  [ -n "$app" ] && gc0=$(gc_seconds)
  t0=$(date +%s.%N)
  res=$(wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --timeout 10s -s "$LUA" "$url" 2>&1 | awk '/^RESULT/{print $2,$3,$4,$5}') || true
  t1=$(date +%s.%N)
  if [ -n "$app" ]; then gc1=$(gc_seconds); gc=$(awk -v a="$gc0" -v b="$gc1" -v s="$t0" -v e="$t1" 'BEGIN{printf "%.1f", 100*(b-a)/(e-s)}'); fi
  read -r rps p50 p99 errors <<<"${res:-NA NA NA wrk_failed}"
  RPS[$name.$mode]=$rps; P99[$name.$mode]=$p99
  printf '%-8s %-7s %8s %8s %8s %6s %5s\n' "$name" "$mode" "$rps" "$p50" "$p99" "$errors" "$gc"
}

echo "# wrk -t$THREADS -c$CONNS, ${WARMUP}s warm-up then ${DURATION}s measured per line" >&2
printf '%-8s %-7s %8s %8s %8s %6s %5s\n' target mode rps p50_ms p99_ms errors gc_%
for name in $ORDER; do
  url="$BASE${PAGES[$name]}"
  sep='?'; [[ $url == *\?* ]] && sep='&'
  measure "$name" render "$url${sep}bench=render" app
  [ "$name" = search ] || measure "$name" cache "$url" app
done

if [ "$NGINX" = 1 ]; then
  mkdir -p "$work/static"
  for name in $ORDER; do cp "$work/$name.html" "$work/static/$name.html"; done
  chmod -R a+rX "$work/static"
  nport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  nginx_conf=$work/nginx.conf
  cat > "$nginx_conf" <<NGINX
worker_processes $(nproc);
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on; tcp_nopush on; tcp_nodelay on;
  keepalive_requests 1000000;
  default_type text/html;
  client_body_temp_path $work/nginx-tmp; proxy_temp_path $work/nginx-tmp; fastcgi_temp_path $work/nginx-tmp;
  uwsgi_temp_path $work/nginx-tmp; scgi_temp_path $work/nginx-tmp;
  server { listen 127.0.0.1:$nport; root $work/static; }
}
NGINX
  mkdir -p "$work/nginx-tmp"
  nginx -p "$work" -c "$nginx_conf"
  for name in front article tag; do
    measure "$name" nginx "http://127.0.0.1:$nport/$name.html"
  done
  echo "# Newsdesk (page cache) / nginx (same bytes as a static file), at $CONNS connections:"
  for name in front article tag; do
    awk -v n="$name" -v a="${RPS[$name.cache]}" -v b="${RPS[$name.nginx]}" -v p="${P99[$name.cache]}" \
      'BEGIN{ if (b > 0) printf "#   %-8s %5.1f %%  (p99 %s ms)\n", n, 100*a/b, p }'
  done
fi

if [ "$PEERS" = 1 ]; then
  # Our app is idle from here on (its figures are above), so WordPress has the machine as we had.
  echo "# peers: WordPress front page and an article, same wrk settings" >&2
  peers=$(CONNS=$CONNS THREADS=$THREADS DURATION=$DURATION WARMUP=$WARMUP \
    bash /work/shared/peers/bench-peers.sh) || echo "# bench-peers.sh failed" >&2
  echo "$peers"
  wp_front=$(awk '$1=="wp_front"{print $2}' <<<"$peers")
  wp_article=$(awk '$1=="wp_article"{print $2}' <<<"$peers")
  wp_static=$(awk '$1=="static_article"{print $2}' <<<"$peers")
  echo "# Newsdesk (page cache) / WordPress (no page cache), at $CONNS connections:"
  awk -v a="${RPS[front.cache]}" -v b="$wp_front" 'BEGIN{ if (b > 0) printf "#   front    %7.0f x  (%s vs %s rps)\n", a/b, a, b }'
  awk -v a="${RPS[article.cache]}" -v b="$wp_article" 'BEGIN{ if (b > 0) printf "#   article  %7.0f x  (%s vs %s rps)\n", a/b, a, b }'
  echo "#   (WordPress's article as a static file from its nginx: ${wp_static:-NA} rps)"
  stop_peers
fi
echo "# GC log: $(grep -c 'Pause' "$work/gc.log" 2>/dev/null || echo 0) pauses; uptime:$(uptime)" >&2
