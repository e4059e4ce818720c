#!/usr/bin/env bash
# The intake queue at national scale: 100,000 referrals over 50 gemeenten.
#   bench/referral-bench.sh prepare [db-dir] [count]   # server stopped: fills the database
#   bench/referral-bench.sh run [base-url]              # server running on that database
# Prepare first starts nothing: run `mvn liberty:run -Dspreekkamer.db.dir=<db-dir>` once before
# (schema and demo data), stop it, prepare, start it again, then run.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
case "${1:-run}" in
  prepare)
    DB=${2:-/tmp/sk-bench/db}
    N=${3:-100000}
    M2=${HOME}/.m2/repository/org/apache/derby
    CP=$M2/derby/10.16.1.1/derby-10.16.1.1.jar:$M2/derbytools/10.16.1.1/derbytools-10.16.1.1.jar:$M2/derbyshared/10.16.1.1/derbyshared-10.16.1.1.jar
    # NationalData with 48 extra gemeenten of one practice each and no employees or learning:
    # the referrals spread over the 50 gemeenten's practices (about 2,000 a gemeente)
    # the database is encrypted (decision 0019): its boot password is in a file beside it
    URL="jdbc:derby:$DB"
    if [[ -f "$DB.bootpassword" ]]; then
      URL="$URL;bootPassword=$(cat "$DB.bootpassword")"
    fi
    time java -Dgemeenten=48 -Dpractices=48 -Demployees=0 -Dstatements=0 -Dreferrals="$N" \
      -Dcontent="$HERE/../content/learning" -cp "$CP" "$HERE/NationalData.java" "$URL"
    ;;
  run)
    BASE=${2:-http://localhost:9080}
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
    JAR="$WORK/cookies"
    # shellcheck source=bench/login.sh
    source "$HERE/login.sh"
    login_form "$BASE" "$JAR" intake
    stats() { python3 -c 'import sys,statistics as s; v=sorted(float(x)*1000 for x in sys.stdin); print(f"n={len(v)} median={s.median(v):.1f} ms p95={v[int(len(v)*0.95)-1]:.1f} ms max={v[-1]:.1f} ms")'; }
    get() { curl -s -b "$JAR" -o /dev/null -w "%{time_total}\n" "$BASE$1"; }
    echo "queue size of this gemeente: $(curl -s -b "$JAR" "$BASE/api/intake/referrals?status=ALL&max=1" | python3 -c 'import sys,json; print(json.load(sys.stdin)["total"])')"
    for _ in $(seq 1 20); do get "/api/intake/referrals" > /dev/null; done
    echo "first page, default (open, urgent and oldest first), 100 requests:"
    for _ in $(seq 1 100); do get "/api/intake/referrals"; done | stats
    echo "first page filtered (urgent, not assigned, newest first), 100 requests:"
    for _ in $(seq 1 100); do get "/api/intake/referrals?urgent=true&assignee=none&order=NEWEST_FIRST"; done | stats
    echo "status change RECEIVED -> SEEKING_CONTACT, 50 referrals:"
    curl -s -b "$JAR" "$BASE/api/intake/referrals?status=RECEIVED&max=50" \
      | python3 -c 'import sys,json; [print(i["id"], i["version"]) for i in json.load(sys.stdin)["items"]]' \
      | while read -r id version; do
          curl -s -b "$JAR" -o /dev/null -w "%{time_total}\n" -H 'Content-Type: application/json' -H "Origin: $BASE" \
            -d "{\"status\":\"SEEKING_CONTACT\",\"version\":$version}" "$BASE/api/referrals/$id/status"
        done | stats
    # FHIR search of changed Tasks (issue 19: median under 100 ms for a page of 50), against the
    # login page in the same run; every Task returned is audited as a read, so this writes too.
    month=$(date -u -d '30 days ago' +%Y-%m-%dT%H:%M:%SZ)
    for _ in $(seq 1 20); do get "/login.xhtml" > /dev/null; done
    echo "login page (yardstick), 100 requests:"
    for _ in $(seq 1 100); do curl -s -o /dev/null -w "%{time_total}\n" "$BASE/login.xhtml"; done | stats
    echo "FHIR Tasks changed in the last 30 days: $(curl -s -b "$JAR" "$BASE/api/fhir/Task?_lastUpdated=ge$month&_count=0" | python3 -c 'import sys,json; print(json.load(sys.stdin)["total"])')"
    for _ in $(seq 1 10); do get "/api/fhir/Task?_lastUpdated=ge$month&_count=50" > /dev/null; done
    echo "FHIR search, first page of 50 changed in the last 30 days, 100 requests:"
    for _ in $(seq 1 100); do get "/api/fhir/Task?_lastUpdated=ge$month&_count=50"; done | stats
    next=$(curl -s -b "$JAR" "$BASE/api/fhir/Task?_count=50" | python3 -c 'import sys,json; print(next(l["url"] for l in json.load(sys.stdin)["link"] if l["relation"]=="next"))')
    echo "FHIR search, a next page of 50 (all Tasks, oldest change first), 100 requests:"
    for _ in $(seq 1 100); do get "${next#"$BASE"}"; done | stats
    echo "server RSS: $(ps -o rss= -p "$(pgrep -f 'ws-server.jar.*spreekkamer' | head -1)" | awk '{printf "%.0f MB", $1/1024}')"
    ;;
esac
