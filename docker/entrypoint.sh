#!/bin/sh
set -e
# The role this container runs, for the health check (which runs as its own process).
ROLE_FILE=/tmp/commonroom.role
case "${1:-api}" in
  api) echo api > "$ROLE_FILE"; exec node dist/apps/api/apps/api/src/main.js ;;
  worker) echo worker > "$ROLE_FILE"; exec node dist/apps/worker/apps/worker/src/main.js ;;
  cli) shift; echo cli > "$ROLE_FILE"; exec node dist/apps/worker/apps/worker/src/cli.js "$@" ;;
  health)
    # The API: ready (database and Redis up, or Redis degraded). The worker: a heartbeat younger
    # than a minute (it writes one every 10 s while it reaches the database and Redis).
    case "$(cat "$ROLE_FILE" 2>/dev/null)" in
      api) exec node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))" ;;
      worker) exec node -e "const fs = require('node:fs'); try { process.exit(Date.now() - fs.statSync(process.env.WORKER_HEARTBEAT_FILE).mtimeMs < 60000 ? 0 : 1) } catch { process.exit(1) }" ;;
      *) exit 0 ;;
    esac ;;
  *) exec "$@" ;;
esac
