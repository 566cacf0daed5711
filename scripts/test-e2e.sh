#!/usr/bin/env bash
# End-to-end journeys: builds the web app, starts the real server on a free port with a throwaway
# data directory, drives Debian's Chromium through the journeys, and always stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

CHROMIUM="${EMPATHIE_CHROMIUM:-/usr/bin/chromium}"
ensure_debian_packages "$CHROMIUM" chromium
[ -x "$CHROMIUM" ] || fail "$CHROMIUM is not an executable Chromium"

# npm test builds it once before running this stage beside the others (EMPATHIE_WEB_BUILT=1).
if [ "${EMPATHIE_WEB_BUILT:-0}" != "1" ]; then
  step "Build the web app"
  npm run build -w @empathie/web >/dev/null || npm run build -w @empathie/web || fail "web app build"
fi

WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/empathie-e2e.XXXXXX")"
PORT="$(free_port)"
SERVER_PID=""
cleanup() {
  local status=$?
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$status" != "0" ] && [ -s "$WORK_DIR/server.log" ]; then
    echo "--- server log (last 40 lines) ---" >&2
    tail -n 40 "$WORK_DIR/server.log" >&2
  fi
  rm -rf "$WORK_DIR"
  exit "$status"
}
# A signal must never skip the cleanup: when our output is piped into a reader that is killed too
# (`npm test | tail`), the next message would raise SIGPIPE and end this shell before its EXIT trap.
trap '' PIPE
trap cleanup EXIT
trap_signals

step "Start Empathie on 127.0.0.1:$PORT"
# Run tsx's node directly (not through npx) so the pid we hold is the server itself.
# The journeys give each person an address of their own through X-Forwarded-For (browser.ts),
# as a reverse proxy on this machine would: trust loopback as that proxy.
PORT="$PORT" HOST=127.0.0.1 PUBLIC_URL="http://127.0.0.1:$PORT" DATA_DIR="$WORK_DIR/data" \
  TRUSTED_PROXIES="127.0.0.1,::1" LOG_LEVEL=warn node --import tsx packages/server/src/main.ts start >"$WORK_DIR/server.log" 2>&1 &
SERVER_PID=$!
wait_for_http "http://127.0.0.1:$PORT/api/v1/instance" 90 "$SERVER_PID" ||
  fail "the server did not answer on port $PORT"

step "End-to-end journeys in Chromium (screenshots in test-results/e2e/)"
EMPATHIE_E2E_URL="http://127.0.0.1:$PORT" EMPATHIE_CHROMIUM="$CHROMIUM" \
  within_minutes 15 npx vitest run --config e2e/vitest.config.ts "$@" || fail "end-to-end journeys"
