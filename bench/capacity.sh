#!/usr/bin/env bash
# Capacity of a running server (loopback only): MixedLoad.java at 50, 100 and 200 concurrent users,
# each run a warm-up and a measured window, while the server's RSS is sampled every 2 seconds.
#   bench/capacity.sh [base-url] [measured-seconds] [warm-up-seconds] [users...]
#   e.g. bench/capacity.sh http://localhost:9280 60 30 50 100 200
# Environment: TAG (derby, postgresql; goes into the RESULT lines), THINK (mean think time in ms,
# default 2000), MIX, PRACTICES/GEMEENTEN (0 = demo accounts only), PID (the server's java process;
# found by the port otherwise), OUT (directory for the logs; a temporary one otherwise).
# The server should hold the national data of NationalData.java (see bench/README.md).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BASE=${1:-http://localhost:9280}
SECONDS_MEASURED=${2:-60}
WARMUP=${3:-30}
shift $(( $# < 3 ? $# : 3 ))
USERS=("$@")
[ ${#USERS[@]} -gt 0 ] || USERS=(50 100 200)
case "$BASE" in http://localhost:*|http://127.0.0.1:*) ;; *) echo "loopback only" >&2; exit 2;; esac
PORT=${BASE##*:}
PORT=${PORT%%/*}
PID=${PID:-$(ss -Hltnp "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)}
[ -n "$PID" ] && grep -q java "/proc/$PID/comm" || { echo "no java server listening on port $PORT (set PID)" >&2; exit 1; }
OUT=${OUT:-$(mktemp -d /tmp/capacity.XXXXXX)}
mkdir -p "$OUT"
M2=${HOME}/.m2/repository
CP=$M2/org/eclipse/parsson/parsson/1.1.7/parsson-1.1.7.jar:$M2/jakarta/json/jakarta.json-api/2.1.3/jakarta.json-api-2.1.3.jar
rss() { awk '/VmRSS/{printf "%d", $2/1024}' "/proc/$PID/status"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "server pid $PID, RSS $(rss) MB, load $(load); logs in $OUT"
SUMMARY="$OUT/summary.txt"
: > "$SUMMARY"
for N in "${USERS[@]}"; do
  samples="$OUT/rss-$N.txt"
  ( while kill -0 "$PID" 2>/dev/null; do rss >> "$samples"; echo >> "$samples"; sleep 2; done ) &
  sampler=$!
  before=$(load)
  java -Dtag="${TAG:-derby}" -Dthink="${THINK:-2000}" -Dmix="${MIX:-40,25,20,15}" \
    -Dpractices="${PRACTICES:-5000}" -Dgemeenten="${GEMEENTEN:-342}" \
    -cp "$CP" "$HERE/MixedLoad.java" "$BASE" "$N" "$SECONDS_MEASURED" "$WARMUP" \
    > "$OUT/run-$N.txt" 2> "$OUT/errors-$N.txt" || true
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  peak=$(sort -n "$samples" | tail -1)
  result=$(grep '^RESULT' "$OUT/run-$N.txt" || echo "RESULT users=$N failed")
  echo "$result rss_peak_mb=$peak rss_after_mb=$(rss) load_before=\"$before\" load_after=\"$(load)\"" | tee -a "$SUMMARY"
  sed -n '/^per kind/,/^RESULT/p' "$OUT/run-$N.txt" | sed -n '2,6p'
  sleep 10
done
echo "summary: $SUMMARY"
