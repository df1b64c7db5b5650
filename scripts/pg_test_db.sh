#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the scan tests' PostgreSQL source
# (unix socket in a temporary directory, owned by the postgres user) and
# prints the conninfo to use. Installs Debian's postgresql when missing.
#   eval "$(scripts/pg_test_db.sh)"   # sets CAIR_TEST_PG
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
dir=$(mktemp -d /tmp/cair-pg.XXXXXX)
chmod 755 "$dir"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
as_pg "$bin/initdb" -D "$dir/data" -U cair --auth=trust >/dev/null
as_pg "$bin/pg_ctl" -D "$dir/data" -o "-k $dir -c listen_addresses=''" -l "$dir/log" -w start >/dev/null
echo "export CAIR_TEST_PG='host=$dir user=cair dbname=postgres'"
stop="$bin/pg_ctl -D $dir/data stop -m fast"
[ "$(id -u)" -eq 0 ] && stop="runuser -u postgres -- $stop"
echo "export CAIR_TEST_PG_STOP='$stop'"
