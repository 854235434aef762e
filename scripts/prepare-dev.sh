# Sourced by start.sh and dev.sh: what both need before the apps run. Installs the dependencies
# when they are missing or older than the lock file, makes sure MariaDB and Redis answer, and at
# a terminal asks for one readable line per log record (JSON lines otherwise; see LOG_FORMAT).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing dependencies..."
  npm ci
fi
bash scripts/ensure-services.sh
if [ -z "${LOG_FORMAT:-}" ]; then
  if [ -t 1 ]; then export LOG_FORMAT=pretty; else export LOG_FORMAT=json; fi
fi
