#!/usr/bin/env bash
# The whole suite, in the order that fails fastest: types and lint, unit and integration tests on
# SQLite, the server suite on a real PostgreSQL, then the end-to-end journeys in Chromium.
# Stops at the first failing stage and says which one.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

STAGES=(
  "check:bash scripts/check.sh"
  "unit (SQLite):bash scripts/test-unit.sh"
  "attacks (real server):bash scripts/test-attack.sh"
  "server on PostgreSQL:bash scripts/test-pg.sh"
  "end-to-end (Chromium):bash scripts/test-e2e.sh"
)
SUMMARY=()
STARTED=$SECONDS

print_summary() {
  printf '\n\033[1mEmpathie test summary\033[0m\n'
  local line
  for line in "${SUMMARY[@]}"; do printf '  %s\n' "$line"; done
  printf '  total: %ss\n' "$((SECONDS - STARTED))"
}

for stage in "${STAGES[@]}"; do
  name="${stage%%:*}"
  command="${stage#*:}"
  began=$SECONDS
  if $command; then
    SUMMARY+=("passed  $name ($((SECONDS - began))s)")
  else
    SUMMARY+=("FAILED  $name ($((SECONDS - began))s)")
    print_summary
    printf '\n\033[31mnpm test failed at stage "%s". Run it alone with: %s\033[0m\n' "$name" "$command" >&2
    exit 1
  fi
done
print_summary
printf '\n\033[32mAll stages passed.\033[0m\n'
