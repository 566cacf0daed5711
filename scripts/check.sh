#!/usr/bin/env bash
# Type-checks every package and the end-to-end journeys, then lints and checks formatting.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

for project in packages/engine packages/server packages/web e2e; do
  [ -f "$project/tsconfig.json" ] || fail "$project/tsconfig.json is missing: $project cannot be type-checked"
  step "Type-check $project"
  npx tsc -p "$project" || fail "type errors in $project"
done

step "Lint and format (Biome)"
npx biome check . || fail "Biome found problems (fix most with: npx biome check --write .)"
