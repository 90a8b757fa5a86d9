#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: its own folder under $TMPDIR, a free loopback
# port, listening on 127.0.0.1 only. The superuser `postgres` logs in without a password (trust);
# every other role needs its password (scram-sha-256), so a test can check a wrong one.
#
#   scripts/pg-test-cluster.sh start       starts one; prints `PG_TEST_DIR=…` and `DATABASE_URL=…`
#                                          (eval-able) for an empty database `chandi`
#   scripts/pg-test-cluster.sh stop DIR    stops it and removes its folder
#   scripts/pg-test-cluster.sh createdb DIR NAME   another empty database; prints its URL
#   scripts/pg-test-cluster.sh replica URL  a streaming replica (hot standby) of the cluster URL
#                                          names (`pg_basebackup -R`), in a folder of its own on
#                                          a free port; prints `PG_REPLICA_DIR=…` and
#                                          `DATABASE_REPLICA_URL=…` (URL's database). `stop` it.
#   scripts/pg-test-cluster.sh halt DIR    stops its server (fast shutdown: connections cut), keeps it
#   scripts/pg-test-cluster.sh resume DIR  starts a halted one again, on the same port
#
# As root (CI, our machines) initdb and pg_ctl run as `postgres` through runuser. PG_BIN overrides
# where the binaries are (default: the newest /usr/lib/postgresql/*/bin).
set -euo pipefail

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
  echo 'pg-test-cluster: PostgreSQL is not installed (apt-get install postgresql)' >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_of() { cat "$1/port"; }

psql_in() {
  local dir=$1
  shift
  PGOPTIONS="-c client_min_messages=warning" as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$(port_of "$dir")" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# Sockets in the cluster's own folder; fsync off: a test cluster, thrown away at the end.
serve() {
  run_server "$1" "$(port_of "$1")"
}

start() {
  local dir port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/chandi-pg-XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  {
    echo 'host all postgres 127.0.0.1/32 trust'
    echo 'host replication postgres 127.0.0.1/32 trust'
    echo 'host all all 127.0.0.1/32 scram-sha-256'
    echo 'local all all trust'
  } | as_owner tee "$dir/data/pg_hba.conf" >/dev/null
  port=$(free_port)
  echo "$port" | as_owner tee "$dir/port" >/dev/null
  run_server "$dir" "$port"
  psql_in "$dir" -c 'create database chandi' >/dev/null
  echo "PG_TEST_DIR=$dir"
  echo "DATABASE_URL=postgres://postgres@127.0.0.1:$port/chandi"
}

# Sockets in the cluster's own folder; fsync off: a test cluster, thrown away at the end. A
# standby needs max_connections at least the primary's: the same options for both.
run_server() {
  local dir=$1 port=$2
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c hot_standby=on" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

replica() {
  local url=${1:?usage: pg-test-cluster.sh replica PRIMARY_URL} dir port host primary_port database
  host=$(node -e 'const u=new URL(process.argv[1]);console.log(u.hostname)' "$url")
  primary_port=$(node -e 'const u=new URL(process.argv[1]);console.log(u.port||5432)' "$url")
  database=$(node -e 'const u=new URL(process.argv[1]);console.log(u.pathname.slice(1)||"postgres")' "$url")
  dir=$(mktemp -d "${TMPDIR:-/tmp}/chandi-pg-replica-XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
  # -R writes standby.signal and primary_conninfo: the copy starts as a hot standby that streams.
  as_owner "$PG_BIN/pg_basebackup" -h "$host" -p "$primary_port" -U postgres -D "$dir/data" \
    -R -X stream -c fast >"$dir/basebackup.log" 2>&1 ||
    { cat "$dir/basebackup.log" >&2; rm -rf "$dir"; exit 1; }
  port=$(free_port)
  echo "$port" | as_owner tee "$dir/port" >/dev/null
  run_server "$dir" "$port"
  echo "PG_REPLICA_DIR=$dir"
  echo "DATABASE_REPLICA_URL=postgres://postgres@127.0.0.1:$port/$database"
}

stop() {
  local dir=${1:?usage: pg-test-cluster.sh stop DIR}
  [ -d "$dir/data" ] || return 0
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

createdb() {
  local dir=${1:?usage: pg-test-cluster.sh createdb DIR NAME} name=${2:?usage: pg-test-cluster.sh createdb DIR NAME}
  psql_in "$dir" -c "drop database if exists \"$name\" with (force)" -c "create database \"$name\"" >/dev/null
  echo "postgres://postgres@127.0.0.1:$(port_of "$dir")/$name"
}

halt() {
  local dir=${1:?usage: pg-test-cluster.sh halt DIR}
  as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null
}

resume() {
  serve "${1:?usage: pg-test-cluster.sh resume DIR}"
}

case "${1:-}" in
  start) start ;;
  halt) halt "${2:-}" ;;
  resume) resume "${2:-}" ;;
  stop) stop "${2:-}" ;;
  createdb) createdb "${2:-}" "${3:-}" ;;
  replica) replica "${2:-}" ;;
  *)
    echo 'usage: scripts/pg-test-cluster.sh start | stop DIR | createdb DIR NAME | replica URL | halt DIR | resume DIR' >&2
    exit 2
    ;;
esac
