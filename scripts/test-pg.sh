#!/usr/bin/env bash
# Runs the server's integration suite against a real PostgreSQL server started here, on a private
# loopback port and data directory, and always stopped afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

find_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

PG_BIN="$(find_pg_bin || true)"
if [ -z "$PG_BIN" ]; then
  install_debian_packages postgresql
  PG_BIN="$(find_pg_bin)" || fail "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin"
fi

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/empathie-pg.XXXXXX")"
DATA_DIR="$WORK_DIR/data"
SOCKET_DIR="$WORK_DIR/socket"
mkdir -p "$DATA_DIR" "$SOCKET_DIR"
PORT="$(free_port)"

# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` system user.
as_pg() {
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || fail "the postgres system user is missing (apt-get install -y postgresql)"
  chown -R postgres "$WORK_DIR"
  chmod 700 "$DATA_DIR"
fi

cleanup() {
  local status=$?
  if [ -f "$DATA_DIR/postmaster.pid" ]; then
    as_pg "'$PG_BIN/pg_ctl' -D '$DATA_DIR' -m fast -w stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK_DIR"
  exit "$status"
}
# A signal must never skip the cleanup: when our output is piped into a reader that is killed too
# (`npm test | tail`), the next message would raise SIGPIPE and end this shell before its EXIT trap.
trap '' PIPE
trap cleanup EXIT
trap_signals

step "PostgreSQL: $PG_BIN on 127.0.0.1:$PORT"
as_pg "'$PG_BIN/initdb' -D '$DATA_DIR' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" \
  >"$WORK_DIR/initdb.log" 2>&1 || { cat "$WORK_DIR/initdb.log" >&2; fail "initdb failed"; }
# fsync off: the cluster is thrown away after the run, and it makes the suite much faster.
as_pg "'$PG_BIN/pg_ctl' -D '$DATA_DIR' -l '$WORK_DIR/server.log' -w -t 60 start \
  -o \"-p $PORT -k '$SOCKET_DIR' -c listen_addresses=127.0.0.1 -c fsync=off \
  -c synchronous_commit=off -c full_page_writes=off -c max_connections=200\"" >/dev/null ||
  { cat "$WORK_DIR/server.log" >&2; fail "PostgreSQL did not start"; }

export EMPATHIE_TEST_PG="postgres://postgres@127.0.0.1:$PORT/postgres"
step "Server integration suite on PostgreSQL"
# Tests that start their own server processes (`*.loopback.test.ts`) run them on SQLite whatever
# this stage sets, so running them again here would only repeat the unit stage.
within_minutes 15 npx vitest run --project server --exclude '**/*.loopback.test.ts' "$@" ||
  fail "server tests on PostgreSQL"
