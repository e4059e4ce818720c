#!/usr/bin/env bash
# A short, bounded load on a running server (loopback only): logged-in home page, /api/me with a
# session, and the public login page. Prints wrk's latency summary and the server's RSS after.
# Usage: bench/load-smoke.sh [base-url] [seconds] [connections]   (needs Debian's wrk and curl)
set -euo pipefail
BASE=${1:-http://localhost:9080}
SECONDS_PER_RUN=${2:-20}
CONNECTIONS=${3:-50}
case "$BASE" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "loopback only" >&2; exit 2;; esac

jar=$(mktemp)
curl -s -c "$jar" -b "$jar" -o /dev/null "$BASE/login.xhtml"
curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$BASE/login.xhtml" \
  --data-urlencode "loginForm_SUBMIT=1" --data-urlencode "loginForm:username=praktijkmanager" \
  --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:terug=" \
  --data-urlencode "loginForm:login=" --data-urlencode "jakarta.faces.ViewState=stateless"
session=$(awk '$6=="SPREEKKAMER_SESSION"{print $7}' "$jar")
[ -n "$session" ] || { echo "login failed" >&2; exit 1; }

for path in /index.xhtml /api/me /login.xhtml; do
  echo "== $path, $CONNECTIONS connections, ${SECONDS_PER_RUN}s"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency \
    -H "Cookie: SPREEKKAMER_SESSION=$session" "$BASE$path" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors"
done
pid=$(pgrep -f "ws-server.jar spreekkamer" | head -1 || true)
[ -n "$pid" ] && echo "server RSS after load: $(( $(awk '/VmRSS/{print $2}' /proc/$pid/status) / 1024 )) MB"
rm -f "$jar"
