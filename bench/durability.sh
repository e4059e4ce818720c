#!/usr/bin/env bash
# Durability of acknowledged referrals: a client submits referrals as fast as it can (the
# practice's assistant, logged in with the form); after a few seconds the server process is killed
# hard (kill -9); the server is started again on the same database, and every referral the server
# acknowledged with 201 must be there, with its reference code.
# Usage (from the project directory, with no server running): bench/durability.sh [seconds-before-kill]
set -euo pipefail
WAIT=${1:-20}
BASE=http://localhost:9080
WORK=$(mktemp -d)
DB="$WORK/db"
HERE=$(pwd)
trap 'pkill -f "$HERE/target/liberty/wlp/.*ws-server.jar" || true; pkill -f "spreekkamer.db.dir=$DB" || true; rm -rf "$WORK"' EXIT
LOG=target/liberty/wlp/usr/servers/spreekkamer/logs/messages.log

start() {
  rm -f "$LOG"
  mvn -q -B -DskipTests -Dspreekkamer.db.dir="$DB" -Dspreekkamer.demo.history=0 liberty:run > "$WORK/run.log" 2>&1 &
  for _ in $(seq 1 90); do
    grep -q "CWWKZ0001I" "$LOG" 2>/dev/null && return 0
    sleep 2
  done
  echo "server did not start"; tail -20 "$WORK/run.log"; exit 1
}
login() {
  rm -f "$WORK/jar"
  curl -s -c "$WORK/jar" -b "$WORK/jar" -o /dev/null "$BASE/login.xhtml"
  curl -s -c "$WORK/jar" -b "$WORK/jar" -o /dev/null \
    --data-urlencode "loginForm_SUBMIT=1" --data-urlencode "loginForm:username=assistent" \
    --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:login=" \
    --data-urlencode "jakarta.faces.ViewState=stateless" "$BASE/login.xhtml"
}

start
login
: > "$WORK/acked"
(
  i=0
  while true; do
    i=$((i + 1))
    body="{\"patientName\":\"Duurzaam $i\",\"email\":\"d$i@voorbeeld.example\",\"category\":\"DEBTS\",\"consent\":{\"share\":true,\"feedback\":false,\"textVersion\":\"2026-11-1\"}}"
    reply=$(curl -s -m 5 -b "$WORK/jar" -H 'Content-Type: application/json' -w '\n%{http_code}' -d "$body" "$BASE/api/referrals" || true)
    if [ "$(echo "$reply" | tail -1)" = "201" ]; then
      echo "$reply" | head -1 | python3 -c 'import sys,json; d=json.load(sys.stdin); print(d["id"], d["reference"])' >> "$WORK/acked"
    fi
  done
) &
CLIENT=$!
sleep "$WAIT"
PID=$(pgrep -f "$HERE/target/liberty/wlp/.*ws-server.jar" | head -1)
kill -9 "$PID"
sleep 1
kill "$CLIENT" 2>/dev/null || true
wait "$CLIENT" 2>/dev/null || true
ACKED=$(wc -l < "$WORK/acked")
echo "acknowledged before kill -9: $ACKED referrals"
pkill -f "spreekkamer.db.dir=$DB" || true
sleep 2
start
login
MISSING=0
while read -r id reference; do
  got=$(curl -s -b "$WORK/jar" "$BASE/api/referrals/$id" | python3 -c 'import sys,json; print(json.load(sys.stdin).get("reference",""))' 2>/dev/null || true)
  if [ "$got" != "$reference" ]; then
    MISSING=$((MISSING + 1))
    echo "missing: $id $reference"
  fi
done < "$WORK/acked"
echo "after restart: $((ACKED - MISSING)) of $ACKED present, $MISSING missing"
[ "$MISSING" -eq 0 ]
