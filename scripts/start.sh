#!/usr/bin/env bash
# Starts the whole service for development: installs what is missing, makes sure MariaDB and
# Redis answer, builds, migrates, seeds the demo data once, then runs the API and the worker
# (the API serves the web app) and, once they answer, prints where everything is.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/prepare-dev.sh
echo "Building..."
npm run -s build
node dist/apps/worker/apps/worker/src/cli.js migrate
# The seed prints the demo log-ins: kept for the summary below, once everything answers.
logins="$(node dist/apps/worker/apps/worker/src/cli.js seed | sed -n '/^Demo log-ins/,$p')"
# The few settings the summary shows, from .env when the environment does not set them (as the apps do).
for name in PORT PUBLIC_URL SMTP_URL MAIL_DIR; do
  if [ -z "${!name:-}" ] && [ -f .env ]; then
    value="$(sed -n "s/^$name=//p" .env | tail -n 1)"
    if [ -n "$value" ]; then export "$name=$value"; fi
  fi
done
port="${PORT:-3000}"
url="${PUBLIC_URL:-http://localhost:$port}"
node_modules/.bin/concurrently --kill-others-on-fail --names api,worker --prefix-colors blue,magenta \
  "node dist/apps/api/apps/api/src/main.js" \
  "node dist/apps/worker/apps/worker/src/main.js" &
apps=$!
trap 'kill -TERM "$apps" 2>/dev/null; wait "$apps"' INT TERM
# Wait until the API is ready (or the apps stopped), then say where everything is.
until node -e "fetch('http://127.0.0.1:$port/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; do
  kill -0 "$apps" 2>/dev/null || { wait "$apps"; exit $?; }
  sleep 1
done
cat <<SUMMARY

  Commonroom is running.
    Web app:   $url/
    GraphQL:   $url/graphql   (in a browser: the GraphQL IDE)
    Mail:      ${SMTP_URL:-written as .eml files under ${MAIL_DIR:-var/mail}/}
    ${logins//$'\n'/$'\n'    }

SUMMARY
wait "$apps"
