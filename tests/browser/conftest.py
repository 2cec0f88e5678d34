"""Browser tests: the real system (tests/integration/mathmotion_system.py)
driven through Debian's Chromium by the Node scenarios in scenarios/."""

import json
import os
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "integration"))

from mathmotion_system import System  # noqa: E402

# Enough submissions for every scenario of this suite from one address;
# the rate-limit scenario starts its own system with a small limit.
SUITE_CONF = "MathMotionRateLimit 100 300"


@pytest.fixture(scope="module")
def system():
    with System(extra_conf=SUITE_CONF) as s:
        yield s


def run_scenario(name, system, timeout=240, **args):
    """Runs scenarios/<name>.mjs against `system`; fails with its output."""
    for needed in ("/usr/bin/chromium",
                   os.path.join(HERE, "node_modules", "playwright-core")):
        if not os.path.exists(needed):
            pytest.fail(f"{needed} is missing: run scripts/install-browser.sh")
    proc = subprocess.run(
        ["node", os.path.join(HERE, "run.mjs"), name, system.base,
         json.dumps(args)],
        cwd=HERE, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, (
        f"{proc.stdout}{proc.stderr}\n--- agent log ---\n"
        + system.read_log("agent.log")[-3000:])
