#!/usr/bin/env bash
# Unit and integration tests of every package, on in-memory SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

trap_signals
step "Unit and integration tests (engine, server, web) on SQLite"
# EMPATHIE_TEST_PG left over in a shell would silently move the suite to PostgreSQL.
within_minutes 15 env -u EMPATHIE_TEST_PG npx vitest run "$@" || fail "unit and integration tests"
