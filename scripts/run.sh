#!/usr/bin/env bash
# Serves MathMotion in the foreground: httpd with mod_mathmotion on
# 127.0.0.1:$PORT and the render agent, all state under $DATA_DIR.
# Ctrl-C, SIGTERM or `make stop` stop everything it started.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORT:-8080}
DATA_DIR=${DATA_DIR:-$ROOT/data}
MM_VENV=${MM_VENV:-/opt/mathmotion/venv}
AGENT=${AGENT:-$ROOT/build/render-agent}
MODULE=${MODULE:-$ROOT/build/mod_mathmotion.so}
HTDOCS=${HTDOCS:-$ROOT/htdocs}
AGENT_ARGS=${AGENT_ARGS:-}
EXTRA_CONF=${EXTRA_CONF:-}
# The gallery: listed by httpd, its posters rendered by the agent when
# idle. GALLERY= (empty) turns it off.
GALLERY=${GALLERY-$ROOT/gallery}
HTTPD_USER=www-data
# LLM code provider (README "Configuring a real provider"). The key goes
# to the agent through its environment (or a file), never on a command
# line where `ps` shows it; no other process started here inherits it.
LLM_BASE_URL=${LLM_BASE_URL:-}
LLM_MODEL=${LLM_MODEL:-}
LLM_API_KEY_FILE=${LLM_API_KEY_FILE:-}
llm_key=${LLM_API_KEY:-}
unset LLM_API_KEY
llm_args=()
[ -n "$LLM_BASE_URL" ] && llm_args+=(--llm-base-url "$LLM_BASE_URL")
[ -n "$LLM_MODEL" ] && llm_args+=(--llm-model "$LLM_MODEL")
[ -n "$LLM_API_KEY_FILE" ] && llm_args+=(--llm-api-key-file "$LLM_API_KEY_FILE")

mkdir -p "$DATA_DIR"
DATA_DIR=$(cd "$DATA_DIR" && pwd)
RUN_DIR=$DATA_DIR/run
LOG_DIR=$DATA_DIR/logs
mkdir -p "$DATA_DIR/media" "$RUN_DIR" "$LOG_DIR"
# httpd's children write the SQLite file and its -wal/-shm siblings.
chown "$HTTPD_USER:$HTTPD_USER" "$DATA_DIR" "$DATA_DIR/media" "$LOG_DIR"

# httpd's children must be able to pass through to the data and the UI.
for target in "$DATA_DIR" "$HTDOCS"; do
    d=$target
    while [ "$d" != "/" ]; do
        if ! runuser -u "$HTTPD_USER" -- test -x "$d" 2>/dev/null; then
            echo "run: letting $HTTPD_USER pass through $d (chmod o+x)"
            chmod o+x "$d"
        fi
        d=$(dirname "$d")
    done
done

if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "run: port $PORT is in use; try PORT=8081 make run" >&2
    exit 1
fi

gallery_args=()
if [ -n "$GALLERY" ] && [ -f "$GALLERY/gallery.json" ]; then
    gallery_args=(--gallery "$GALLERY")
    EXTRA_CONF="MathMotionGallery $GALLERY"$'\n'"$EXTRA_CONF"
fi

conf=$RUN_DIR/httpd.conf
sed -e "s|@PORT@|$PORT|g" -e "s|@DATA_DIR@|$DATA_DIR|g" \
    -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@LOG_DIR@|$LOG_DIR|g" \
    -e "s|@MODULE@|$MODULE|g" -e "s|@ROOT@|$ROOT|g" \
    -e "s|@HTDOCS@|$HTDOCS|g" -e "s|@EXTRA@|${EXTRA_CONF//$'\n'/\\n}|g" \
    "$ROOT/conf/httpd-local.conf.in" >"$conf"
apache2 -f "$conf" -t >/dev/null

pids=()
stopped=0
stop() {
    [ "$stopped" = 1 ] && exit 0
    stopped=1
    trap - INT TERM EXIT
    for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -f "$RUN_DIR/run.pid"
    echo "MathMotion stopped."
    exit 0
}
trap stop INT TERM EXIT
echo $$ >"$RUN_DIR/run.pid"

# shellcheck disable=SC2086
LLM_API_KEY=$llm_key "$AGENT" --data-dir "$DATA_DIR" --venv "$MM_VENV" \
    --validator "$ROOT/render-agent/validator/mm_validate.py" \
    --socket-user "$HTTPD_USER" ${llm_args[@]+"${llm_args[@]}"} \
    ${gallery_args[@]+"${gallery_args[@]}"} $AGENT_ARGS \
    2> >(tee -a "$LOG_DIR/agent.log" >&2) &
pids+=($!)
apache2 -f "$conf" -DFOREGROUND &
pids+=($!)

echo "MathMotion is serving http://127.0.0.1:$PORT/ (data in $DATA_DIR)"
echo "Stop it with Ctrl-C or 'make stop'."
# Whichever ends first (a crash, or a signal) stops the other.
wait -n || true
stop
