#!/usr/bin/env bash
# Seeds a baseline and a large instance in a temporary folder, measures the real server on
# loopback, prints figures and ratios. Flags pass through: `npm run bench -- --quick`.
set -euo pipefail
cd "$(dirname "$0")/.."
exec npx tsx bench/run.ts "$@"
