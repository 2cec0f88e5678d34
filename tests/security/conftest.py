"""pytest configuration of the security suite: one set of canaries for the
session, and every selected scene run once (in parallel, longest first)
before the tests look at the outcomes."""

import os
import time

import pytest

import security_harness as h

WORKERS = int(os.environ.get("MM_SECURITY_WORKERS", "2"))
RUNS = pytest.StashKey[dict]()


def pytest_collection_modifyitems(config, items):
    if os.geteuid() != 0:
        skip = pytest.mark.skip(reason="the security suite runs as root "
                                "(cgroups, canaries in /root, setuid)")
        for item in items:
            if item.path.parent == h.HERE:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def canaries():
    if not h.AGENT.exists() or not h.VENV.exists():
        pytest.skip(f"needs {h.AGENT} (make build/asan/render-agent) and the "
                    f"Manim venv {h.VENV}")
    c = h.Canaries()
    yield c
    c.close()


@pytest.fixture(scope="session")
def runs(request, canaries):
    """The outcome of every job that a selected test asks about."""
    jobs = [item.callspec.params["job"] for item in request.session.items
            if hasattr(item, "callspec") and "job" in item.callspec.params]
    start = time.time()
    results = h.run_all(jobs, canaries, WORKERS)
    results["stray"] = h.stray_processes(canaries)
    results["seconds"] = time.time() - start
    request.config.stash[RUNS] = results
    return results


def pytest_terminal_summary(terminalreporter, config):
    """How long the agent runs took, slowest first."""
    results = config.stash.get(RUNS, None)
    if not results:
        return
    runs = sorted((r for k, r in results.items() if isinstance(k, h.Job)),
                  key=lambda r: -r.seconds)
    terminalreporter.write_line(
        f"security suite: {len(runs)} agent runs (and reruns of the ones "
        f"that rendered) in {results['seconds']:.0f} s; slowest:")
    for r in runs[:8]:
        terminalreporter.write_line(
            f"  {r.seconds:5.1f} s  {r.job}  {r.outcome}")
