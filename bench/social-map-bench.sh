#!/usr/bin/env bash
# The social map with 200 places (issue 18): the public page, a search by need, and the desk
# sheet (PDF), sequentially, with the login page as the yardstick in the same run. Against a
# running demo server (mvn liberty:run); first fills Lindewaard's map up to 200 places through
# the coordinator's API (places named "Bench ..." are added once).
#   bench/social-map-bench.sh [base-url] [requests]
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-100}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

stats() { python3 -c 'import sys,statistics as s; v=sorted(float(x)*1000 for x in sys.stdin); print(f"n={len(v)} median={s.median(v):.1f} ms p95={v[max(0,int(len(v)*0.95)-1)]:.1f} ms")'; }
measure() { # auth-args... path
  local path="${*: -1}" args=("${@:1:$#-1}")
  for _ in $(seq 1 20); do curl -s "${args[@]}" -o /dev/null "$BASE$path"; done
  for _ in $(seq 1 "$N"); do curl -s "${args[@]}" -o /dev/null -w "%{time_total}\n" "$BASE$path"; done | stats
}

GEMEENTE=$(curl -s -u assistent:demo "$BASE/api/me" | python3 -c 'import json,sys; print(json.load(sys.stdin)["gemeente"]["id"])')
MAP="$BASE/api/gemeenten/$GEMEENTE/sociale-kaart"
HAVE=$(curl -s -u coordinator:demo "$MAP" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["places"]))')
KINDS=(DEBT_HELP BUDGET_COACHING SOCIAL_WORK FOOD_BANK FORM_HELP WALK_IN LEGAL_HELP OTHER)
for i in $(seq "$HAVE" 199); do
  curl -s -u coordinator:demo -H 'Content-Type: application/json' -H "Origin: $BASE" -o /dev/null \
    -d "{\"kind\":\"${KINDS[$((i % 8))]}\",\"name\":\"Bench hulppunt $i\",\"forWhom\":\"Inwoners met vragen over geld en post\",\"address\":\"Benchstraat $i, Lindewaard\",\"phone\":\"0571 20 $((10 + i % 89)) 00\",\"openingHours\":\"Werkdagen 9-17 uur\",\"languages\":\"Nederlands, Engels\"}" \
    "$MAP"
done
echo "places: $(curl -s -u coordinator:demo "$MAP" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["places"]))')"
echo "login page (yardstick):      $(measure /login.xhtml)"
echo "public page, 200 places:     $(measure "/sociale-kaart.xhtml?gemeente=$GEMEENTE")"
echo "public page, food banks:     $(measure "/sociale-kaart.xhtml?gemeente=$GEMEENTE&kind=FOOD_BANK")"
echo "API JSON, 200 places:        $(measure -u assistent:demo "/api/gemeenten/$GEMEENTE/sociale-kaart")"
echo "desk sheet PDF:              $(measure -u assistent:demo "/api/gemeenten/$GEMEENTE/sociale-kaart?format=pdf")"
