#!/usr/bin/env bash
# Stops what `make run` started (from another shell).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA_DIR=${DATA_DIR:-$ROOT/data}
pidfile=$DATA_DIR/run/run.pid
if [ ! -f "$pidfile" ]; then
    echo "stop: MathMotion is not running (no $pidfile)"
    exit 0
fi
pid=$(cat "$pidfile")
kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { echo "stop: stopped"; exit 0; }
    sleep 0.1
done
echo "stop: $pid did not stop in 10 s" >&2
exit 1
