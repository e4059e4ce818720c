#!/usr/bin/env bash
# Catalogue and kits against a running server (start it with `mvn liberty:run`):
#   - a personalised poster PDF (GET /api/catalogue/{id}/download), A4 and A3, N times each after
#     a warm-up: median and p95 (target: median under 200 ms)
#   - distributing a kit of four lines to every practice of a gemeente with P practices (one
#     POST /api/kits/{id}/distribute), three kits (target: under 2 s for 500 practices)
#   - server RSS before and after
# The gemeente, its practices and its coordinator are made first through the API (not timed).
# Usage: bench/catalogue-bench.sh [base-url] [practices] [posters]
set -euo pipefail
BASE=${1:-http://localhost:9080}
P=${2:-500}
N=${3:-50}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

rss() { ps -o rss= -p "$(pgrep -f 'ws-server.jar.*spreekkamer' | head -1)" | awk '{printf "%.0f MB", $1/1024}'; }
stats() { python3 -c 'import sys,statistics as s; v=sorted(float(x)*1000 for x in sys.stdin); print(f"n={len(v)} median={s.median(v):.1f} ms p95={v[int(len(v)*0.95)-1]:.1f} ms max={v[-1]:.1f} ms")'; }
json() { python3 -c "import sys,json; print(json.load(sys.stdin)$1)"; }

# Logs in with the login form into a cookie jar, so password hashing is not measured.
login() {
  curl -s -c "$1" -b "$1" -o /dev/null "$BASE/login.xhtml"
  curl -s -c "$1" -b "$1" -o /dev/null \
    --data-urlencode "loginForm_SUBMIT=1" --data-urlencode "loginForm:username=$2" \
    --data-urlencode "loginForm:password=$3" --data-urlencode "loginForm:login=" \
    --data-urlencode "jakarta.faces.ViewState=stateless" "$BASE/login.xhtml"
}
post() { curl -s -b "$1" -H 'Content-Type: application/json' -d "$3" "$BASE$2"; }

echo "server RSS before: $(rss)"
login "$WORK/beheer" beheer demo
STAMP=$(date +%s)
CBS="GM$(( 9000 + RANDOM % 1000 ))"
GEMEENTE=$(post "$WORK/beheer" /api/gemeenten "{\"name\":\"Benchstad $STAMP\",\"cbsCode\":\"$CBS\",
  \"meldpunt\":{\"name\":\"Meldpunt Geldzorgen Benchstad\",\"phone\":\"0590 12 34 56\",\"email\":\"geld@benchstad.example\",
  \"street\":\"Markt 1\",\"postcode\":\"7400 AA\",\"city\":\"Benchstad\",\"openingHours\":\"Werkdagen 9-17 uur\",
  \"website\":\"https://www.benchstad.example/geld\"},\"locations\":[{\"type\":\"PRAKTIJK\",\"description\":\"In de praktijk\"}],
  \"urgentWorkingDays\":3,\"regularWorkingDays\":20}" | json "['id']")
echo "making gemeente $GEMEENTE with $P practices (not timed)..."
BASE_AGB=$(( (STAMP % 90) * 100000 ))
for i in $(seq 1 "$P"); do
  AGB=$(printf "%08d" $(( 10000000 + BASE_AGB + i )))
  post "$WORK/beheer" /api/praktijken "{\"name\":\"Praktijk $i\",\"agbCode\":\"$AGB\",\"street\":\"Laan $i\",
    \"postcode\":\"7400 AB\",\"city\":\"Benchstad\",\"gemeenteId\":$GEMEENTE,\"feedbackEmail\":\"p$i@benchstad.example\"}" > /dev/null
done
USER="bench-$STAMP"
PASSWORD=$(post "$WORK/beheer" /api/accounts "{\"username\":\"$USER\",\"displayName\":\"Bench Coordinator\",
  \"email\":\"$USER@benchstad.example\",\"roles\":[\"GEMEENTE_COORDINATOR\"],\"gemeenteId\":$GEMEENTE}" | json "['initialPassword']")
login "$WORK/coordinator" "$USER" "$PASSWORD"
for stock in folder-meldpunt/nl poster-ziek-van-geldzorgen/nl-A3 praatplaat/nl verwijskaarten/nl; do
  curl -s -b "$WORK/coordinator" -X PUT -H 'Content-Type: application/json' -d '{"quantity":1000000}' \
    -o /dev/null "$BASE/api/stock/$stock"
done

echo "distributing a kit of 4 lines to all $P practices, 3 kits:"
for k in 1 2 3; do
  KIT=$(post "$WORK/coordinator" /api/kits "{\"name\":\"Kit $k\",\"lines\":[
    {\"itemId\":\"poster-ziek-van-geldzorgen\",\"variant\":\"nl-A3\",\"quantity\":2},
    {\"itemId\":\"folder-meldpunt\",\"variant\":\"nl\",\"quantity\":50},
    {\"itemId\":\"praatplaat\",\"variant\":\"nl\",\"quantity\":1},
    {\"itemId\":\"verwijskaarten\",\"variant\":\"nl\",\"quantity\":40}]}" | json "['id']")
  curl -s -b "$WORK/coordinator" -X POST -o "$WORK/dist.json" -w "%{time_total}\n" "$BASE/api/kits/$KIT/distribute" > "$WORK/t"
  echo "  kit $k: $(python3 -c "print(f'{float(open(\"$WORK/t\").read())*1000:.0f} ms')"), planned $(json "['planned']" < "$WORK/dist.json")"
done

login "$WORK/assistent" assistent demo
poster() {
  curl -s -b "$WORK/assistent" -o "$WORK/poster.pdf" -w "%{time_total}\n" \
    "$BASE/api/catalogue/poster-niet-de-enige/download?size=$1&lang=$2"
}
for _ in $(seq 1 20); do poster A4 nl > /dev/null; done
echo "poster A4 nl, personalised, $N requests:"
for _ in $(seq 1 "$N"); do poster A4 nl; done | stats
echo "  size: $(stat -c %s "$WORK/poster.pdf") bytes"
echo "poster A3 tr, personalised, $N requests:"
for _ in $(seq 1 "$N"); do poster A3 tr; done | stats
echo "server RSS after: $(rss)"
