#!/usr/bin/env bash
# The attack suite: replays known attacks and generated hostile requests against the real server
# process (each attack file starts its own on a free loopback port, with a throwaway data folder,
# and stops it). The web app is built first, so its pages and their headers are attacked too.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

trap_signals
# npm test builds it once before running this stage beside the others (EMPATHIE_WEB_BUILT=1).
if [ "${EMPATHIE_WEB_BUILT:-0}" != "1" ]; then
  step "Build the web app"
  npm run build -w @empathie/web >/dev/null || npm run build -w @empathie/web || fail "web app build"
fi

step "Attacks against the real server"
within_minutes 10 npx vitest run --config attack/vitest.config.ts "$@" || fail "attack suite"
