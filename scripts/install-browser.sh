#!/usr/bin/env bash
# Installs what the browser tests need: Debian's Chromium and
# playwright-core (a driver only; it never downloads a browser of its own)
# in tests/browser/node_modules. Fast when both are already there.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BROWSER_DIR=$ROOT/tests/browser

if [ ! -x /usr/bin/chromium ]; then
    echo "install-browser: installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# npm ci writes node_modules/.package-lock.json; when it is newer than the
# committed lock file, the installed packages are the locked ones.
stamp=$BROWSER_DIR/node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ "$BROWSER_DIR/package-lock.json" -nt "$stamp" ]; then
    echo "install-browser: installing playwright-core"
    (cd "$BROWSER_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
        npm ci --no-audit --no-fund --loglevel=error)
fi
