# Shared helpers for the test scripts. Sourced, never run.

# Prints a step banner so a long log stays readable.
step() {
  printf '\n\033[1m==> %s\033[0m\n' "$*"
}

fail() {
  printf '\n\033[31mFAILED: %s\033[0m\n' "$*" >&2
  exit 1
}

# A free TCP port on loopback, chosen by the kernel so parallel runs never collide.
free_port() {
  node -e "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();})"
}

# Installs Debian packages when we are root; otherwise says exactly what to run, and fails.
install_debian_packages() {
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    step "Installing $* (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    # Try with the current package lists first: apt-get update is slow and often already done.
    apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 ||
      { apt-get update >/dev/null && apt-get install -y --no-install-recommends "$@"; } ||
      fail "could not install $*"
    return 0
  fi
  fail "missing system packages. Install them first: sudo apt-get install -y $*"
}

# usage: ensure_debian_packages <command-or-path-to-check> <package>...
ensure_debian_packages() {
  local probe="$1"
  shift
  if [ -e "$probe" ] || command -v "$probe" >/dev/null 2>&1; then
    return 0
  fi
  install_debian_packages "$@"
}

# Waits until an HTTP URL answers (any status); gives up after N seconds or when the process
# with the given pid (optional) has exited, so a crash at start fails fast instead of timing out.
wait_for_http() {
  local url="$1" seconds="${2:-60}" pid="${3:-}" i=0
  while [ "$i" -lt "$((seconds * 4))" ]; do
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      return 1
    fi
    if command -v curl >/dev/null 2>&1; then
      curl -s -o /dev/null "$url" && return 0
    elif node -e "fetch(process.argv[1]).then(()=>process.exit(0),()=>process.exit(1))" "$url" 2>/dev/null; then
      return 0
    fi
    sleep 0.25
    i=$((i + 1))
  done
  return 1
}

# Runs a command with a time limit, so a hung test (a synchronous loop in a worker, a browser that
# never answers) fails the suite with a message instead of blocking CI forever.
# `timeout` puts the command in a process group of its own, out of reach of Ctrl-C and of a signal
# sent to ours: it runs in the background and `stop_child` (called by the signal traps) forwards
# the signal, which `timeout` passes on to the whole group.
# usage: within_minutes <minutes> <command>...
CHILD_PID=""
within_minutes() {
  local minutes="$1" status=0
  shift
  timeout -k 15 "$((minutes * 60))" "$@" &
  CHILD_PID=$!
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  if [ "$status" = "124" ] || [ "$status" = "137" ]; then
    printf '\n\033[31mTimed out after %s minutes: %s\033[0m\n' "$minutes" "$*" >&2
  fi
  return "$status"
}

stop_child() {
  if [ -n "$CHILD_PID" ]; then
    kill -TERM "$CHILD_PID" 2>/dev/null || true
    wait "$CHILD_PID" 2>/dev/null || true
    CHILD_PID=""
  fi
}

# Signal traps for a script that holds resources: stop the running child first, then exit, which
# runs the script's EXIT trap (its cleanup).
trap_signals() {
  trap 'stop_child; exit 130' INT
  trap 'stop_child; exit 143' TERM
  trap 'stop_child; exit 129' HUP
}
