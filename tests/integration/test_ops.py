"""Operating MathMotion: the submission rate limit shared by every httpd
child, GET /api/health, GET /api/metrics (Prometheus text) and the
server-status section, against the real httpd, module, store and agent.

Submissions use prompts the offline generator refuses ("hello") at low
quality, so that nothing renders for long."""

import json
import os
import re
import shutil
import signal
import subprocess
import time

import pytest

from mathmotion_system import System

REFUSED = "hello"  # the offline generator fails it at once
SAMPLE = re.compile(
    r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_]+=\"[^\"]*\"\})? "
    r"(-?[0-9]+(?:\.[0-9]+)?|\+Inf)$")


def submit(system, prompt=REFUSED):
    """One submission on a new connection: (status, headers, body)."""
    return system.json("POST", "/api/jobs/submit",
                       {"prompt": prompt, "quality": "low"})


def submitted_pids(system):
    """The pid (%P) of the child that answered each submission, in order."""
    time.sleep(0.2)  # httpd logs a request after answering it
    with open(os.path.join(system.data_dir, "logs", "access.log")) as f:
        return [line.split()[-1] for line in f
                if '"POST /api/jobs/submit ' in line]


def quota_header(headers):
    """RateLimit: "default";r=<remaining>;t=<seconds> as (r, t)."""
    m = re.fullmatch(r'"default";r=(\d+);t=(\d+)', headers["RateLimit"])
    assert m, headers["RateLimit"]
    return int(m.group(1)), int(m.group(2))


def metrics(system):
    """Parses /api/metrics into {name or name{labels}: float}."""
    status, headers, data = system.request("GET", "/api/metrics")
    assert status == 200, data
    assert headers["Content-Type"].startswith("text/plain; version=0.0.4")
    samples = {}
    for line in data.decode().splitlines():
        if line.startswith("#"):
            assert re.match(r"# (HELP|TYPE) mathmotion_\w+ \S", line), line
            continue
        m = SAMPLE.match(line)
        assert m, f"not a sample line: {line!r}"
        samples[m.group(1) + (m.group(2) or "")] = float(m.group(3))
    return samples


def status_auto(system):
    """server-status?auto as {key: value}."""
    status, _, data = system.request("GET", "/server-status?auto")
    assert status == 200
    return dict(line.split(": ", 1) for line in data.decode().splitlines()
                if ": " in line)


# --- rate limit --------------------------------------------------------

def test_eleventh_submission_is_refused_by_any_child():
    with System() as system:
        for i in range(10):
            status, headers, body = submit(system)
            assert status == 202, body
            assert headers["RateLimit-Policy"] == '"default";q=10;w=300'
            remaining, reset = quota_header(headers)
            assert remaining == 9 - i and 0 < reset <= 300
            assert body["rateLimit"]["limit"] == 10
            assert body["rateLimit"]["remaining"] == 9 - i
            assert 0 < body["rateLimit"]["resetSeconds"] <= 300

        status, headers, data = system.request(
            "POST", "/api/jobs/submit",
            raw=json.dumps({"prompt": REFUSED}).encode())
        assert status == 429
        assert headers["Content-Type"] == "application/json"
        body = json.loads(data)
        assert body["error"]["code"] == "rate_limited"
        retry = int(headers["Retry-After"])
        assert 0 < retry <= 300
        assert f"Try again in {retry} seconds" in body["error"]["message"]
        assert body["rateLimit"] == {"limit": 10, "remaining": 0,
                                     "resetSeconds": retry}
        assert headers["RateLimit-Policy"] == '"default";q=10;w=300'
        assert quota_header(headers) == (0, retry)

        # Whichever child answers, the count is the same: go on until a
        # second child has answered a submission (each on a new
        # connection), and every one past the tenth is refused.
        refused = 1
        while len(set(submitted_pids(system))) < 2 and refused < 60:
            status, _, body = submit(system)
            assert status == 429, body
            refused += 1
        pids = submitted_pids(system)
        assert len(pids) == 10 + refused
        assert len(set(pids)) >= 2, pids

        assert metrics(system)["mathmotion_rate_limited_total"] == refused
        assert status_auto(system)["MathMotionRateLimited"] == str(refused)


def test_quota_comes_back_when_the_window_ends():
    with System(extra_conf="MathMotionRateLimit 3 2") as system:
        for remaining in (2, 1, 0):
            status, headers, body = submit(system)
            assert status == 202, body
            assert body["rateLimit"]["remaining"] == remaining
            assert headers["RateLimit-Policy"] == '"default";q=3;w=2'
        status, headers, body = submit(system)
        assert status == 429, body
        retry = int(headers["Retry-After"])
        assert 1 <= retry <= 2
        time.sleep(retry + 0.2)
        status, headers, body = submit(system)
        assert status == 202, body
        assert body["rateLimit"]["remaining"] == 2
        assert quota_header(headers)[0] == 2


def test_errors_carry_the_quota_headers_and_count():
    with System(extra_conf="MathMotionRateLimit 2 300") as system:
        status, headers, body = system.json(
            "POST", "/api/jobs/submit", {"prompt": "  "})
        assert status == 400 and body["error"]["code"] == "missing_prompt"
        assert quota_header(headers)[0] == 1
        assert submit(system)[0] == 202
        assert submit(system)[0] == 429


def test_limit_off_sends_no_quota():
    with System(extra_conf="MathMotionRateLimit off") as system:
        for _ in range(12):
            status, headers, body = submit(system)
            assert status == 202, body
            assert "RateLimit" not in headers
            assert "rateLimit" not in body
        assert metrics(system)["mathmotion_rate_limited_total"] == 0


@pytest.mark.parametrize("directive,message", [
    ("MathMotionRateLimit 0 60", "between 1 and"),
    ("MathMotionRateLimit ten", "positive whole number"),
    ("MathMotionRateLimit 10 0", "between 1 and"),
    ("MathMotionRateLimit off 60", "takes no window"),
    ("MathMotionRateLimitCache nosuch", "unknown socache provider 'nosuch'"),
    ("MathMotionRateLimitCache shmcb:rl(12)", "MathMotionRateLimitCache"),
])
def test_bad_directives_stop_httpd_at_startup(directive, message):
    system = System(extra_conf=directive)
    try:
        with pytest.raises(RuntimeError) as failed:
            system.__enter__()
    finally:
        system.stop()
        shutil.rmtree(system.tmp, ignore_errors=True)
    assert message in str(failed.value)


# --- health, metrics, server-status ------------------------------------

@pytest.fixture(scope="module")
def system():
    with System(extra_conf="MathMotionRateLimit off") as s:
        # The agent's first heartbeat may come just after its socket.
        deadline = time.time() + 10
        while metrics(s)["mathmotion_agents_alive"] < 1 and \
                time.time() < deadline:
            time.sleep(0.1)
        yield s


def test_health_is_ok_with_store_and_agent(system):
    status, headers, body = system.json("GET", "/api/health")
    assert status == 200, body
    assert headers["Content-Type"] == "application/json"
    assert headers["Cache-Control"] == "no-store"
    assert body["status"] == "ok"
    assert body["store"] == {"ok": True}
    agent = body["agent"]
    assert agent["ok"] is True
    assert agent["workers"] >= 1 and 0 <= agent["busy"] <= agent["workers"]


@pytest.mark.parametrize("path", ["/api/health", "/api/metrics"])
def test_health_and_metrics_answer_get_only(system, path):
    assert system.request("HEAD", path)[0] == 200
    status, headers, data = system.request("POST", path, raw=b"{}")
    assert status == 405 and headers["Allow"] == "GET, HEAD"
    assert json.loads(data)["error"]["code"] == "method_not_allowed"


def agent_pid(system):
    out = subprocess.run(
        ["pgrep", "-f", f"render-agent --data-dir {system.data_dir}"],
        capture_output=True, text=True)
    pids = out.stdout.split()
    assert len(pids) == 1, out
    return int(pids[0])


def process_state(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()[0]


def test_health_is_degraded_while_the_agent_does_not_answer(system):
    pid = agent_pid(system)
    os.kill(pid, signal.SIGSTOP)
    try:
        deadline = time.monotonic() + 5
        while process_state(pid) != "T" and time.monotonic() < deadline:
            time.sleep(0.01)
        started = time.monotonic()
        status, _, body = system.json("GET", "/api/health")
        took = time.monotonic() - started
    finally:
        os.kill(pid, signal.SIGCONT)
    assert status == 503, body
    assert body["status"] == "degraded"
    assert body["store"] == {"ok": True}
    assert body["agent"]["ok"] is False
    assert "did not answer in time" in body["agent"]["error"]
    assert took < 2  # the agent's budget, not the client's patience
    assert system.json("GET", "/api/health")[0] == 200


def test_metrics_move_when_jobs_finish(system):
    before = metrics(system)
    for status in ("queued", "generating_code", "rendering", "done",
                   "failed"):
        assert f'mathmotion_jobs{{status="{status}"}}' in before
    assert before["mathmotion_agents_alive"] == 1
    assert before['mathmotion_render_seconds_bucket{le="+Inf"}'] == \
        before["mathmotion_render_seconds_count"]

    failed = system.wait_job(system.submit(REFUSED, quality="low")["id"])
    assert failed["status"] == "failed"
    done = system.wait_job(
        system.submit("Draw a blue circle", quality="low")["id"])
    assert done["status"] == "done", done["error"]
    again = system.json("POST", "/api/jobs/submit",
                        {"prompt": "Draw a blue circle", "quality": "low"})[2]
    if not again["job"]["isCacheHit"]:
        system.wait_job(again["job"]["id"])

    after = metrics(system)
    hits = 1 if again["job"]["isCacheHit"] else 0
    jobs = 'mathmotion_jobs{status="%s"}'
    assert after[jobs % "failed"] == before[jobs % "failed"] + 1
    assert after[jobs % "done"] == before[jobs % "done"] + 2
    assert after["mathmotion_cache_hits_total"] == \
        before["mathmotion_cache_hits_total"] + hits
    count = after["mathmotion_render_seconds_count"]
    assert count == before["mathmotion_render_seconds_count"] + 2 - hits
    assert after["mathmotion_render_seconds_sum"] > \
        before["mathmotion_render_seconds_sum"]
    assert after['mathmotion_render_seconds_bucket{le="+Inf"}'] == count
    buckets = [v for k, v in after.items()
               if k.startswith("mathmotion_render_seconds_bucket")]
    assert buckets == sorted(buckets)  # cumulative
    assert after["mathmotion_queue_depth"] == after[jobs % "queued"]


def test_server_status_has_the_mathmotion_section(system):
    auto = status_auto(system)
    m = metrics(system)
    assert auto["MathMotionStoreUp"] == "1"
    for key, status in [("Queued", "queued"),
                        ("GeneratingCode", "generating_code"),
                        ("Rendering", "rendering"), ("Done", "done"),
                        ("Failed", "failed")]:
        assert int(auto["MathMotionJobs" + key]) == \
            m[f'mathmotion_jobs{{status="{status}"}}']
    assert int(auto["MathMotionQueueDepth"]) == m["mathmotion_queue_depth"]
    assert auto["MathMotionAgentsAlive"] == "1"
    assert auto["MathMotionRateLimited"] == "0"
    status, _, html = system.request("GET", "/server-status")
    assert status == 200
    assert b"<h2>MathMotion</h2>" in html
    assert b"Render agents alive: 1" in html


# --- when parts are down -----------------------------------------------

def test_health_says_which_parts_are_down():
    conf = ('DBDParams "/nonexistent/mathmotion/jobs.db"\n'
            "MathMotionAgentSocket /nonexistent/agent.sock")
    with System(extra_conf=conf) as system:
        status, _, body = system.json("GET", "/api/health")
        assert status == 503, body
        assert body["status"] == "down"
        assert body["store"]["ok"] is False and body["store"]["error"]
        assert body["agent"]["ok"] is False
        assert "No render agent is listening" in body["agent"]["error"]
        assert "/nonexistent" not in json.dumps(body)  # no paths leak

        status, _, body = system.json("GET", "/api/metrics")
        assert status == 503
        assert body["error"]["code"] == "store_unavailable"
        assert status_auto(system)["MathMotionStoreUp"] == "0"
