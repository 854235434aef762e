#!/usr/bin/env bash
# The benchmark: builds the apps as in production and measures them against real MariaDB and Redis.
# Results: bench/results/latest.* (the API scenarios together), web-app.*, partial.* (a subset). Pass scenario names to run only those.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-services.sh
npm run -s build
npx nest build bench
exec node dist/bench/bench/src/main.js "$@"
