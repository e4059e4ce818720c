#!/usr/bin/env bash
# The mail outbox with two servers (issue 18, decision 0028): writes N mails (default 10,000)
# straight into MAIL_OUTBOX of the cluster's PostgreSQL database and measures how fast both
# servers' mail jobs hand them to a GreenMail SMTP server on loopback, and that none goes twice.
# Needs PostgreSQL as .ci/postgres.sh sets it up; runs OutboxClusterIT of the "postgres" profile.
# The figure lands in target/outbox-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
MAILS="${MAILS:-10000}"
eval "$(.ci/postgres.sh | grep '^export')"
rm -f target/failsafe-reports/cluster-summary.xml
mvn -q -o verify -Dit.test=OutboxClusterIT -Doutbox.mails="$MAILS" -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false
cat target/outbox-bench.txt
