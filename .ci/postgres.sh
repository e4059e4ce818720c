#!/usr/bin/env bash
# Starts Debian's PostgreSQL on loopback for the multi-node tests (profile "postgres" in pom.xml)
# and creates the role and the databases they use. Idempotent; needs root (apt, pg_ctlcluster).
# Prints the environment the profile reads; `.ci/run` evaluates it.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "Installing postgresql for the multi-node tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >/dev/null
fi

read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
if [[ -z "${version:-}" ]]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
  pg_createcluster "$version" main >&2
  read -r version cluster port status _ < <(pg_lsclusters -h | head -n 1)
fi
# TLS on, as in production (the application refuses a connection without it unless told,
# decision 0019): Debian's self-signed certificate is enough for loopback.
if [[ "$(pg_conftool "$version" "$cluster" show ssl 2>/dev/null)" != *"= on"* ]]; then
  [[ -f /etc/ssl/private/ssl-cert-snakeoil.key ]] || make-ssl-cert generate-default-snakeoil >&2
  pg_conftool "$version" "$cluster" set ssl on >&2
  pg_conftool "$version" "$cluster" set ssl_cert_file /etc/ssl/certs/ssl-cert-snakeoil.pem >&2
  pg_conftool "$version" "$cluster" set ssl_key_file /etc/ssl/private/ssl-cert-snakeoil.key >&2
  if [[ "$status" == online* ]]; then
    pg_ctlcluster "$version" "$cluster" restart >&2
  fi
fi
if [[ "$status" != online* ]]; then
  pg_ctlcluster "$version" "$cluster" start >&2
fi

psql_admin() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qAt $*"; }
if [[ -z "$(psql_admin "-c \"select 1 from pg_roles where rolname = 'spreekkamer'\"")" ]]; then
  psql_admin "-c \"create role spreekkamer login password 'spreekkamer'\""
fi
# The test database starts empty on every run.
psql_admin "-c \"drop database if exists spreekkamer_it\""
for db in spreekkamer spreekkamer_it; do
  if [[ -z "$(psql_admin "-c \"select 1 from pg_database where datname = '$db'\"")" ]]; then
    psql_admin "-c \"create database $db owner spreekkamer\""
  fi
done

echo "export SPREEKKAMER_PG_PORT=$port"
echo "export SPREEKKAMER_PG_CTL=\"pg_ctlcluster $version $cluster\""
