#!/usr/bin/env bash
# The home page of each role, sequentially, against a running server (issue 15: median under
# 100 ms with national data). Use the database of referral-bench.sh (NationalData.java, 100,000
# referrals over 50 gemeenten) or demo data:
#   mvn liberty:run -Dspreekkamer.db.dir=/tmp/sk-bench/db     # after referral-bench.sh prepare
#   bench/home-bench.sh [base-url] [requests]
# Each role logs in once with the form (password hashing is not measured); the login page is
# measured in the same run as the yardstick of the simplest Faces page.
set -euo pipefail
BASE=${1:-http://localhost:9080}
N=${2:-100}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

stats() { python3 -c 'import sys,statistics as s; v=sorted(float(x)*1000 for x in sys.stdin); print(f"n={len(v)} median={s.median(v):.1f} ms p95={v[max(0,int(len(v)*0.95)-1)]:.1f} ms max={v[-1]:.1f} ms")'; }

# shellcheck source=bench/login.sh
source "$(dirname "$0")/login.sh"
login() { login_form "$BASE" "$WORK/$1" "$1"; }

measure() { # jar path
  for _ in $(seq 1 20); do curl -s -b "$WORK/$1" -o /dev/null "$BASE$2"; done
  for _ in $(seq 1 "$N"); do curl -s -b "$WORK/$1" -o /dev/null -w "%{time_total}\n" "$BASE$2"; done | stats
}

touch "$WORK/anonymous"
echo "login page (yardstick): $(measure anonymous /login.xhtml)"
# USERS="intake coordinator" bench/home-bench.sh measures only those roles.
for user in ${USERS:-assistent huisarts praktijkmanager intake coordinator beheer redactie}; do
  login "$user"
  status=$(curl -s -b "$WORK/$user" -o "$WORK/page" -w "%{http_code}" "$BASE/index.xhtml")
  # A page whose rendering failed half-way is still a 200 and fast: it must be whole.
  if [[ "$status" != 200 ]] || ! grep -q 'sk-work' "$WORK/page" || ! grep -q '</html>' "$WORK/page"; then
    echo "$user: home page answered $status without the work cards, or broke off" >&2
    exit 1
  fi
  echo "home of $user: $(measure "$user" /index.xhtml)"
done
