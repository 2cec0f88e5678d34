#!/usr/bin/env bash
# Installs what MathMotion needs and is missing: Debian packages, the
# pinned Manim venv (the render sandbox's Python runtime) and the test
# venv. Fast when everything is present: it only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

MM_VENV=${MM_VENV:-/opt/mathmotion/venv}
TEST_VENV=${TEST_VENV:-$PWD/.cache/testenv}

packages=(
    # build
    build-essential pkg-config apache2-dev libjansson-dev
    libcurl4-openssl-dev libssl-dev libsqlite3-dev
    # serve
    apache2 libaprutil1-dbd-sqlite3 sqlite3 curl
    # sandbox and Manim's system side (headers for pycairo/manimpango)
    bubblewrap python3-venv python3-dev libcairo2-dev libpango1.0-dev
    fontconfig fonts-dejavu-core
    # the LaTeX subset Manim's default template needs
    texlive-latex-base texlive-latex-extra texlive-latex-recommended
    texlive-fonts-recommended dvisvgm
    # tests and tools: ffprobe, linters
    ffmpeg cppcheck clang-format
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null |
        grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # --no-install-recommends: texlive-latex-extra would pull in a JRE.
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The Manim runtime lives outside the checkout, in a folder the
# unprivileged sandbox user can read wherever the checkout is.
stamp="$MM_VENV/.mathmotion-$(sha256sum render-agent/requirements.txt | cut -c1-16)"
if [ ! -f "$stamp" ]; then
    echo "install-deps: creating the Manim venv in $MM_VENV"
    rm -rf "$MM_VENV"
    mkdir -p "$(dirname "$MM_VENV")"
    /usr/bin/python3 -m venv "$MM_VENV"
    "$MM_VENV/bin/pip" install -q --upgrade pip
    "$MM_VENV/bin/pip" install -q -r render-agent/requirements.txt
    chmod -R a+rX "$MM_VENV"
    touch "$stamp"
fi

if [ ! -x "$TEST_VENV/bin/pytest" ]; then
    echo "install-deps: creating the test venv in $TEST_VENV"
    /usr/bin/python3 -m venv "$TEST_VENV"
    "$TEST_VENV/bin/pip" install -q pytest==8.3.3
fi
