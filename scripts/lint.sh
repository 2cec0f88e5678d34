#!/usr/bin/env bash
# Static checks: clang-format conformance, cppcheck, and a grep for
# functions this code base does not use (unbounded string writes).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
src=$(ls common/*.[ch] mod_mathmotion/*.[ch] render-agent/*.[ch] \
    tests/unit/*.[ch])
rc=0

if grep -nE '\b(sprintf|vsprintf|strcpy|strcat|gets)\s*\(' $src; then
    echo "lint: banned function (use snprintf, mm_buf or apr_p* instead)"
    rc=1
fi
if ! cppcheck --quiet --error-exitcode=1 --inline-suppr \
    --enable=warning,portability --std=c11 \
    -Icommon -Irender-agent $src 2>&1; then
    echo "lint: cppcheck found problems"
    rc=1
fi
unformatted=$(for f in $src; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || echo "$f"
done)
if [ -n "$unformatted" ]; then
    echo "lint: not clang-formatted (run 'make format'):"
    echo "$unformatted"
    rc=1
fi
[ $rc -eq 0 ] && echo "lint: clean"
exit $rc
