#!/usr/bin/env bash
# Development with reload: the API and the worker are recompiled and restarted when their code
# (or a library's) changes (`nest start --watch`), and the web app is served by Vite's dev server
# with hot reload, proxying the API. Same services, migrations and demo data as `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/prepare-dev.sh
# The CLI (migrations, demo data) is part of the worker's build.
node_modules/.bin/nest build worker
node dist/apps/worker/apps/worker/src/cli.js migrate
node dist/apps/worker/apps/worker/src/cli.js seed
echo "Web app (Vite, hot reload): http://localhost:5173/   API: ${PUBLIC_URL:-http://localhost:${PORT:-3000}}/graphql"
exec node_modules/.bin/concurrently --kill-others-on-fail --names api,worker,web --prefix-colors blue,magenta,green \
  "node_modules/.bin/nest start api --watch --preserveWatchOutput" \
  "node_modules/.bin/nest start worker --watch --preserveWatchOutput" \
  "node_modules/.bin/vite --config apps/web/vite.config.mts"
