#!/usr/bin/env bash
# Starts the whole service for development: installs what is missing, makes sure MariaDB and
# Redis answer, builds, migrates, seeds the demo data once, then runs the API and the worker.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies..."
  npm ci
fi
bash scripts/ensure-services.sh
echo "Building..."
npm run -s build
node dist/apps/worker/apps/worker/src/cli.js migrate
node dist/apps/worker/apps/worker/src/cli.js seed
port="${PORT:-3000}"
echo "Web app: ${PUBLIC_URL:-http://localhost:$port}/   GraphQL: ${PUBLIC_URL:-http://localhost:$port}/graphql   (mail is written to ${MAIL_DIR:-var/mail} unless SMTP_URL is set)"
exec node_modules/.bin/concurrently --kill-others-on-fail --names api,worker --prefix-colors blue,magenta \
  "node dist/apps/api/apps/api/src/main.js" \
  "node dist/apps/worker/apps/worker/src/main.js"
