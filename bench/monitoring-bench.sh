#!/usr/bin/env bash
# The monitoring figures of a gemeente with many referrals, against a running server started on a
# fresh database with a large invented history for Lindewaard, e.g.
#   mvn liberty:run -Dspreekkamer.db.dir=/tmp/bench-db -Dspreekkamer.demo.history=20000
# then: bench/monitoring-bench.sh [base-url] [requests]
#   - the whole dashboard (GET /api/monitoring/dashboard, a year), N times after a warm-up:
#     median and p95 (target: median under 300 ms for 20,000 referrals)
#   - the funnel alone, and the half-yearly report as PDF and CSV, 10 times each
# Logged in with the form, so password hashing is not measured.
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-50}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"

stats() { python3 -c 'import sys,statistics as s; v=sorted(float(x)*1000 for x in sys.stdin); print(f"n={len(v)} median={s.median(v):.1f} ms p95={v[max(0,int(len(v)*0.95)-1)]:.1f} ms max={v[-1]:.1f} ms")'; }
rss() { ps -o rss= -p "$(pgrep -f 'ws-server.jar.*spreekkamer' | head -1)" | awk '{printf "%.0f MB", $1/1024}'; }

curl -s -c "$JAR" -b "$JAR" -o /dev/null "$BASE/login.xhtml"
curl -s -c "$JAR" -b "$JAR" -o /dev/null \
  --data-urlencode "loginForm_SUBMIT=1" --data-urlencode "loginForm:username=coordinator" \
  --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:login=" \
  --data-urlencode "jakarta.faces.ViewState=stateless" "$BASE/login.xhtml"

TO=$(date +%F)
FROM=$(date -d "$TO - 1 year + 1 day" +%F)
get() { curl -s -b "$JAR" -o "$WORK/out" -w "%{time_total}\n" "$BASE$1"; }

echo "server RSS before: $(rss)"
get "/api/monitoring/funnel?from=$FROM&to=$TO" > /dev/null
python3 -c "import json; d=json.load(open('$WORK/out')); print('referrals in the year:', d['stages'][0]['count'])"
for _ in $(seq 1 10); do get "/api/monitoring/dashboard?from=$FROM&to=$TO" > /dev/null; done
echo "dashboard, one year, $N requests:"
for _ in $(seq 1 "$N"); do get "/api/monitoring/dashboard?from=$FROM&to=$TO"; done | stats
echo "funnel only, $N requests:"
for _ in $(seq 1 "$N"); do get "/api/monitoring/funnel?from=$FROM&to=$TO"; done | stats
HALF=$(date +%Y)H$(( $(date +%-m) <= 6 ? 1 : 2 ))
echo "half-yearly report $HALF as PDF, 10 requests:"
for _ in $(seq 1 10); do get "/api/monitoring/report?period=$HALF&format=pdf"; done | stats
echo "  size: $(stat -c %s "$WORK/out") bytes"
echo "half-yearly report $HALF as CSV, 10 requests:"
for _ in $(seq 1 10); do get "/api/monitoring/report?period=$HALF&format=csv"; done | stats
echo "server RSS after: $(rss)"
