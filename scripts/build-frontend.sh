#!/usr/bin/env bash
# Build the console's front-end: install the pinned npm packages (webapp/frontend/package-lock.json)
# and copy their browser bundles into webapp/static/vendor/ (git-ignored). Nothing is ever loaded
# from a CDN at run time. Idempotent: skips npm when node_modules matches the lock file.
set -euo pipefail
cd "$(dirname "$0")/.."
front=webapp/frontend
vendor=webapp/static/vendor
if ! command -v npm >/dev/null 2>&1; then
  echo "The console's front-end needs Node.js and npm: install them (e.g. 'apt-get install nodejs npm'), then run this again." >&2
  exit 1
fi
stamp="$front/node_modules/.dealgraph-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$front/package-lock.json" "$stamp"; then
  (cd "$front" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$front/package-lock.json" "$stamp"
fi
mkdir -p "$vendor/yasgui" "$vendor/cytoscape"
y="$front/node_modules/@zazuko/yasgui/build"
cp "$y/yasgui.min.js" "$y/yasgui.min.css" "$vendor/yasgui/"
cp "$front/node_modules/@zazuko/yasgui/LICENSE"* "$vendor/yasgui/" 2>/dev/null || true
cp "$front/node_modules/cytoscape/dist/cytoscape.min.js" "$vendor/cytoscape/"
cp "$front/node_modules/cytoscape/LICENSE"* "$vendor/cytoscape/" 2>/dev/null || true
echo "front-end built into $vendor" >&2
