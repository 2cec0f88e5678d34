#!/usr/bin/env bash
# `make bench`: speed and memory figures of MathMotion, each next to a
# reference measured in the same run on the same machine (ratios, not
# absolute thresholds: shared machines vary).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
if ! command -v wrk >/dev/null; then
    echo "bench: installing wrk"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null ||
        { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
exec "${TEST_VENV:-$ROOT/.cache/testenv}/bin/python" bench/bench_system.py "$@"
