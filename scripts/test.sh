#!/usr/bin/env bash
# The test suite: unit specs and end-to-end suites against a real MariaDB and Redis.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || npm ci
bash scripts/ensure-services.sh
# Some suites run the apps as built for production (compiled CommonJS, separate processes).
npm run -s build
# Without a choice of projects: the web app's own logic (Vitest), then the unit, integration and
# end-to-end suites (the browser journeys are test:web, the fault suites test:faults: both slower,
# both run by .ci/run).
case " $* " in
  *" --selectProjects "*) exec node --experimental-vm-modules node_modules/jest/bin/jest.js "$@" ;;
  *)
    node_modules/.bin/vitest run --config apps/web/vitest.config.mts
    exec node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects unit int e2e "$@"
    ;;
esac
