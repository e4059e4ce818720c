#!/usr/bin/env bash
# Measures referral-card printing against a running server (start it with `mvn liberty:run`):
#   - one filled-in card (POST /api/cards), N times after a warm-up: median and p95
#   - a stack of 500 blank cards (POST /api/cards/stacks), three times
#   - server RSS before and after
#   - for comparison: LibreOffice headless converting the same card (bench/card-equivalent.html,
#     the card's XHTML as the app renders it) to PDF, as a practice would with an office suite.
# Usage: bench/print-bench.sh [base-url] [cards]
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-200}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"

rss() { ps -o rss= -p "$(pgrep -f 'ws-server.jar.*spreekkamer' | head -1)" | awk '{printf "%.0f MB", $1/1024}'; }
stats() { python3 -c 'import sys,statistics as s; v=sorted(float(x)*1000 for x in sys.stdin); print(f"n={len(v)} median={s.median(v):.1f} ms p95={v[int(len(v)*0.95)-1]:.1f} ms max={v[-1]:.1f} ms")'; }

# Log in once with the form, so PBKDF2 (Basic auth) is not measured.
curl -s -c "$JAR" -b "$JAR" -o /dev/null "$BASE/login.xhtml"
curl -s -c "$JAR" -b "$JAR" -o /dev/null \
  --data-urlencode "loginForm_SUBMIT=1" --data-urlencode "loginForm:username=assistent" \
  --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:terug=" \
  --data-urlencode "loginForm:login=" --data-urlencode "jakarta.faces.ViewState=stateless" \
  "$BASE/login.xhtml"

CARD='{"patientName":"Kees Jansen","categories":["DEBTS","RENT_OR_MORTGAGE"],"urgency":["GARNISHMENT"],"contactPreference":"PHONE","phone":"06 12 34 56 78","callTimes":"Na 15.00 uur","consentGiven":true}'
card() {
  curl -s -b "$JAR" -o "$WORK/card.pdf" -w "%{time_total}\n" -H 'Content-Type: application/json' \
    -H 'Accept: application/pdf' -d "$CARD" "$BASE/api/cards"
}

echo "server RSS before: $(rss)"
for _ in $(seq 1 30); do card > /dev/null; done
echo "one card (A6, filled in, warm), $N requests:"
for _ in $(seq 1 "$N"); do card; done | stats
echo "  size of one card: $(stat -c %s "$WORK/card.pdf") bytes"

echo "stack of 500 blank cards (125 A4 sheets), 3 requests:"
for _ in 1 2 3; do
  curl -s -b "$JAR" -o "$WORK/stack.pdf" -w "%{time_total}\n" -H 'Content-Type: application/json' \
    -H 'Accept: application/pdf' -d '{"count":500}' "$BASE/api/cards/stacks"
done | stats
echo "  size of the stack: $(stat -c %s "$WORK/stack.pdf") bytes"
echo "server RSS after: $(rss)"

if command -v soffice > /dev/null; then
  echo "LibreOffice headless, the same card from HTML to PDF, 5 runs (a new soffice each time):"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e" soffice --headless --norestore "-env:UserInstallation=file://$WORK/lo" \
      --convert-to pdf --outdir "$WORK" "$HERE/card-equivalent.html" > /dev/null 2> "$WORK/t" || true
    tail -1 "$WORK/t"
  done | stats
else
  echo "LibreOffice not installed (apt-get install libreoffice-writer-nogui): comparison skipped"
fi
