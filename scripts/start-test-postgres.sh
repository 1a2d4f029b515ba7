#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the ledger tests, listening on localhost (Debian's `postgresql` package;
# the server runs as the postgres user under pg_ctlcluster), creates the test role and database, and prints the
# JDBC URL to stdout (the 127.0.0.1 address, the test role and its test-only password).
# Usage: GATE_TEST_PG_URL=$(scripts/start-test-postgres.sh)   (needs root or the postgres user; idempotent)
set -euo pipefail
# Only the URL goes to stdout: the server tools print notices (e.g. "Removed stale pid file.") that a caller
# capturing the URL must not receive.
exec 3>&1 1>&2
port="${GATE_TEST_PG_PORT:-55432}"
name=gatetest
db=gate_ledger_test
role=gate_ledger
password="${GATE_TEST_PG_PASSWORD:-gate-ledger-test}"
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if [[ -z "$version" ]]; then
  echo "start-test-postgres: no PostgreSQL server installed (apt-get install postgresql)" >&2
  exit 1
fi
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version $name"; then
  pg_createcluster "$version" "$name" --port "$port" >/dev/null 3>&-
fi
if ! pg_lsclusters -h | awk -v v="$version" -v n="$name" '$1==v && $2==n {print $4}' | grep -q online; then
  pg_ctlcluster "$version" "$name" start 3>&-
fi
as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then "$@"; else runuser -u postgres -- "$@"; fi
}
# Local socket (peer auth) for the setup, as the postgres user.
sql() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qtAc "$1"; }
if [[ "$(sql "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != 1 ]]; then
  sql "CREATE ROLE $role LOGIN PASSWORD '$password'"
fi
if [[ "$(sql "SELECT 1 FROM pg_database WHERE datname = '$db'")" != 1 ]]; then
  sql "CREATE DATABASE $db OWNER $role"
fi
echo "jdbc:postgresql://127.0.0.1:$port/$db?user=$role&password=$password" >&3
