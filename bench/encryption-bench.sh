#!/usr/bin/env bash
# The cost of Derby's encryption at rest (issue 16, decision 0019): the referral benchmark against
# two servers on the same data, one built without encryption, one with, measured alternately in
# one run so the shared machine's noise falls on both.
#   bench/encryption-bench.sh <wlp-plain> <wlp-encrypted> [referrals] [rounds]
# <wlp-*> is target/liberty/wlp of a build after `mvn verify` (the plain one e.g. a checkout of
# ee24cc0, the last commit before encryption). Each server gets a database of its own under
# /tmp/sk-enc, filled like referral-bench.sh prepare does.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PLAIN=$1
ENCRYPTED=$2
N=${3:-20000}
ROUNDS=${4:-3}
WORK=/tmp/sk-enc
rm -rf "$WORK" && mkdir -p "$WORK"

configure() { # wlp port db
  cat > "$1/usr/servers/spreekkamer/bootstrap.properties" <<PROPS
spreekkamer.db=derby
http.port=$2
spreekkamer.db.dir=$3
spreekkamer.faces.stage=Production
spreekkamer.smtp.host=127.0.0.1
spreekkamer.smtp.port=3999
spreekkamer.demo.history=0
spreekkamer.demo=true
PROPS
}
up() { # wlp port
  "$1/bin/server" start spreekkamer >/dev/null
  for _ in $(seq 1 120); do
    curl -s -o /dev/null -w '%{http_code}' "http://localhost:$2/health/ready" | grep -q 200 && return
    sleep 1
  done
  echo "server at $2 did not get ready" >&2
  exit 1
}
down() { "$1/bin/server" stop spreekkamer >/dev/null; }

for side in plain encrypted; do
  wlp=$([[ $side == plain ]] && echo "$PLAIN" || echo "$ENCRYPTED")
  port=$([[ $side == plain ]] && echo 9180 || echo 9280)
  configure "$wlp" "$port" "$WORK/$side/db"
  up "$wlp" "$port"   # schema and demo data
  down "$wlp"
  "$HERE/referral-bench.sh" prepare "$WORK/$side/db" "$N" > "$WORK/$side-prepare.txt" 2>&1
  up "$wlp" "$port"
done
echo "encrypted on disk: plain=$(grep -c 'dataEncryption=true' "$WORK/plain/db/service.properties" || true)" \
  "encrypted=$(grep -c 'dataEncryption=true' "$WORK/encrypted/db/service.properties" || true)"
for round in $(seq 1 "$ROUNDS"); do
  for side in plain encrypted; do
    port=$([[ $side == plain ]] && echo 9180 || echo 9280)
    echo "== round $round, $side"
    "$HERE/referral-bench.sh" run "http://localhost:$port" | grep -v "^server RSS"
  done
done
down "$PLAIN"
down "$ENCRYPTED"
