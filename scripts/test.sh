#!/usr/bin/env bash
# Runs every test: the C unit tests (under ASan/UBSan), then the Python
# suites (validator cases, the API against a real httpd, the whole system
# end to end), then the web UI in Debian's Chromium (tests/browser, after
# scripts/install-browser.sh). Ends with one line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
TEST_VENV=${TEST_VENV:-$ROOT/.cache/testenv}
export MM_VENV=${MM_VENV:-/opt/mathmotion/venv}
passed=0
failed=0

count() { # adds "N passed" and "N failed"/"N error(s)" found in $1
    local p f e
    p=$(grep -oE '[0-9]+ passed' <<<"$1" | tail -1 | cut -d' ' -f1)
    f=$(grep -oE '[0-9]+ failed' <<<"$1" | tail -1 | cut -d' ' -f1)
    e=$(grep -oE '[0-9]+ errors?' <<<"$1" | tail -1 | cut -d' ' -f1)
    passed=$((passed + ${p:-0}))
    failed=$((failed + ${f:-0} + ${e:-0}))
}

for t in build/unit/test_*; do
    [ -x "$t" ] || continue
    echo "== $t"
    out=$("$t" 2>&1)
    rc=$?
    echo "$out"
    count "$(tail -1 <<<"$out")"
    if [ $rc -ne 0 ] && ! grep -qE '[1-9][0-9]* failed' <<<"$(tail -1 <<<"$out")"; then
        failed=$((failed + 1)) # crashed before its summary
    fi
done

echo "== pytest"
out=$("$TEST_VENV/bin/python" -m pytest -p no:cacheprovider -q -rfE \
    tests/validator tests/prompts tests/theme tests/gallery tests/integration \
    tests/security "$@" 2>&1)
echo "$out"
count "$(tail -1 <<<"$out")"

echo "== browser"
# The UI's pure modules in Node (node --test), then the pages in Chromium.
out=$(node --test tests/browser/unit 2>&1)
echo "$out"
count "$(awk '/^# pass /{p=$3} /^# fail /{f=$3}
    END {print p+0 " passed, " f+0 " failed"}' <<<"$out")"
if install=$(bash scripts/install-browser.sh 2>&1); then
    out=$("$TEST_VENV/bin/python" -m pytest -p no:cacheprovider -q -rfE \
        tests/browser "$@" 2>&1)
    echo "$out"
    count "$(tail -1 <<<"$out")"
else
    echo "$install"
    echo "browser: scripts/install-browser.sh failed"
    failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
