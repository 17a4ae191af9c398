#!/usr/bin/env bash
# Installs (if needed) and starts a local PostgreSQL server for the ledger's
# shared store suite, then prints the DSN the tests read from SITREP_TEST_PG.
# Idempotent: safe to run again on a machine where it already ran.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
data=/tmp/sitrep-pg
port=${SITREP_PG_PORT:-54329}
if ! su postgres -c "$bin/pg_isready -h 127.0.0.1 -p $port" >/dev/null 2>&1; then
  if [ ! -f "$data/PG_VERSION" ]; then
    rm -rf "$data"; mkdir -p "$data"; chown postgres "$data"
    su postgres -c "$bin/initdb -D $data -A trust -U postgres" >/dev/null
  fi
  su postgres -c "$bin/pg_ctl -D $data -l $data/log -o '-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200' -w start" >/dev/null
fi
su postgres -c "psql -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='sitrep_test'\"" | grep -q 1 ||
  su postgres -c "createdb -h 127.0.0.1 -p $port -U postgres sitrep_test"
echo "postgres://postgres@127.0.0.1:$port/sitrep_test?sslmode=disable"
