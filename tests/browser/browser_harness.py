"""Runs the Node browser scenarios (scenarios/*.mjs) against a running
System (tests/integration/mathmotion_system.py)."""

import json
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))

from mathmotion_system import System  # noqa: E402,F401

# Enough submissions for every scenario of this suite from one address;
# the rate-limit scenario starts its own system with a small limit.
SUITE_CONF = "MathMotionRateLimit 100 300"
NEEDED = ("/usr/bin/chromium",
          os.path.join(HERE, "node_modules", "playwright-core"))


def run_scenario(name, system, timeout=240, **args):
    """Runs scenarios/<name>.mjs against `system` with `args` (as JSON);
    fails the test with the scenario's output and the agent's log."""
    for needed in NEEDED:
        if not os.path.exists(needed):
            pytest.fail(f"{needed} is missing: run scripts/install-browser.sh")
    proc = subprocess.run(
        ["node", os.path.join(HERE, "run.mjs"), name, system.base,
         json.dumps(args)],
        cwd=HERE, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, (
        f"{proc.stdout}{proc.stderr}\n--- agent log ---\n"
        + system.read_log("agent.log")[-3000:])
