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
# run.sh removes its pid file once everything it started has ended (the
# process itself may linger as a zombie of whoever started it).
for _ in $(seq 1 300); do
    if [ ! -f "$pidfile" ] || ! kill -0 "$pid" 2>/dev/null; then
        echo "stop: stopped"
        exit 0
    fi
    sleep 0.1
done
echo "stop: $pid did not stop in 30 s" >&2
exit 1
