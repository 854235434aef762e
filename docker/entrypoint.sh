#!/bin/sh
set -e
case "${1:-api}" in
  api) exec node dist/apps/api/apps/api/src/main.js ;;
  worker) exec node dist/apps/worker/apps/worker/src/main.js ;;
  cli) shift; exec node dist/apps/worker/apps/worker/src/cli.js "$@" ;;
  *) exec "$@" ;;
esac
