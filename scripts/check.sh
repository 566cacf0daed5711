#!/usr/bin/env bash
# Type-checks every package and the end-to-end journeys, then lints and checks formatting.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

# A package may split its code into several programs (the engine keeps browser code apart from
# its Node-only training tools): every tsconfig*.json of each project is checked.
for project in packages/engine packages/server packages/web e2e test attack bench; do
  [ -f "$project/tsconfig.json" ] || fail "$project/tsconfig.json is missing: $project cannot be type-checked"
  for tsconfig in "$project"/tsconfig*.json; do
    step "Type-check $tsconfig"
    npx tsc -p "$tsconfig" || fail "type errors in $tsconfig"
  done
done

step "Lock file (npm ci must accept it on any machine)"
node scripts/check-lockfile.mjs || fail "package-lock.json would be refused by npm ci"

step "Lint and format (Biome)"
npx biome check . || fail "Biome found problems (fix most with: npx biome check --write .)"
