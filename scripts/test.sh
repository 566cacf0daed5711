#!/usr/bin/env bash
# The whole suite, in the order that fails fastest: types and lint, unit and integration tests on
# SQLite, then three stages against real components: the attack suite on the real server, the
# server suite on a real PostgreSQL, and the end-to-end journeys in Chromium.
#
# The end-to-end journeys spend most of their time waiting (for a page, a timer, a server-side
# job), and they are the longest stage, so they start right after the checks and run beside the
# unit, attack and PostgreSQL stages: on two cores this takes minutes off the whole run.
# EMPATHIE_TEST_SEQUENTIAL=1 runs every stage one after the other (slower, easier to read when
# hunting a failure).
# Stops at the first failing stage and says which one.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

SUMMARY=()
STARTED=$SECONDS

print_summary() {
  printf '\n\033[1mEmpathie test summary\033[0m\n'
  local line
  for line in "${SUMMARY[@]}"; do printf '  %s\n' "$line"; done
  printf '  total: %ss\n' "$((SECONDS - STARTED))"
}

stage_failed() {
  print_summary
  printf '\n\033[31mnpm test failed at stage "%s". Run it alone with: %s\033[0m\n' "$1" "$2" >&2
  exit 1
}

# usage: run_stage <name> <command...>
run_stage() {
  local name="$1" began=$SECONDS
  shift
  if "$@"; then
    SUMMARY+=("passed  $name ($((SECONDS - began))s)")
  else
    SUMMARY+=("FAILED  $name ($((SECONDS - began))s)")
    stage_failed "$name" "$*"
  fi
}

run_stage "check" bash scripts/check.sh

if [ "${EMPATHIE_TEST_SEQUENTIAL:-0}" = "1" ]; then
  run_stage "unit (SQLite)" bash scripts/test-unit.sh
  run_stage "attacks (real server)" bash scripts/test-attack.sh
  run_stage "server on PostgreSQL" bash scripts/test-pg.sh
  run_stage "end-to-end (Chromium)" bash scripts/test-e2e.sh
  print_summary
  printf '\n\033[32mAll stages passed.\033[0m\n'
  exit 0
fi

# Everything the parallel stages share is prepared once, before they start: two package
# installs would fight over apt's lock, and two web builds over the same output folder.
began=$SECONDS
step "Prepare the real components (Chromium, PostgreSQL) and build the web app"
ensure_debian_packages "${EMPATHIE_CHROMIUM:-/usr/bin/chromium}" chromium
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || install_debian_packages postgresql
npm run build -w @empathie/web >/dev/null || npm run build -w @empathie/web ||
  stage_failed "web app build" "npm run build -w @empathie/web"
SUMMARY+=("passed  prepare ($((SECONDS - began))s)")
export EMPATHIE_WEB_BUILT=1

E2E_LOG="$(mktemp "${TMPDIR:-/tmp}/empathie-e2e-log.XXXXXX")"
E2E_PID=""
stop_e2e() {
  if [ -n "$E2E_PID" ] && kill -0 "$E2E_PID" 2>/dev/null; then
    kill -TERM "$E2E_PID" 2>/dev/null || true
    wait "$E2E_PID" 2>/dev/null || true
  fi
  rm -f "$E2E_LOG"
}
trap stop_e2e EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step "End-to-end journeys started in the background (their log follows when they finish)"
e2e_began=$SECONDS
bash scripts/test-e2e.sh >"$E2E_LOG" 2>&1 &
E2E_PID=$!

run_stage "unit (SQLite)" bash scripts/test-unit.sh
run_stage "attacks (real server)" bash scripts/test-attack.sh
run_stage "server on PostgreSQL" bash scripts/test-pg.sh

step "Waiting for the end-to-end journeys"
e2e_status=0
wait "$E2E_PID" || e2e_status=$?
E2E_PID=""
cat "$E2E_LOG"
if [ "$e2e_status" = "0" ]; then
  SUMMARY+=("passed  end-to-end (Chromium), beside the three stages above ($((SECONDS - e2e_began))s)")
else
  SUMMARY+=("FAILED  end-to-end (Chromium) ($((SECONDS - e2e_began))s)")
  stage_failed "end-to-end (Chromium)" "bash scripts/test-e2e.sh"
fi
print_summary
printf '\n\033[32mAll stages passed.\033[0m\n'
