#!/usr/bin/env bash
# Accessibility audit of a running Newsdesk with axe-core in headless Chromium.
#   scripts/check-accessibility.sh [BASE_URL] [ADMIN_USER ADMIN_PASSWORD]
# Needs Debian's chromium (apt-get install -y chromium) and Node.js; installs axe-core and
# puppeteer-core into scripts/node_modules on first use (no browser download).
# With an admin login it creates a staff account, an image and articles through the admin UI
# to reach every page: run it against a throwaway database. Start the site first, e.g.:
#   SERVER_PORT=18081 NEWSDESK_DATA_DIR=/tmp/ops-data NEWSDESK_ADMIN_PASSWORD=... ./mvnw -B -q spring-boot:run
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -d node_modules/axe-core ] || [ ! -d node_modules/puppeteer-core ]; then
  npm install --no-audit --no-fund
fi
exec node check-accessibility.js "${1:-http://127.0.0.1:18081}" "${@:2}"
