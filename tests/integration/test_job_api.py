"""The job API beyond a first attempt, against the real httpd, agent,
validator, sandbox and Manim: retry chains and their limit, auto-fix and
its limit, submitted code (refused with the validator's findings, or
rendered), edit and re-render, the prompt cache and the render cache
(nothing rendered twice), and the agent failing a stuck job nobody polls.

Failed jobs are made cheaply with submitted code: `import os` fails
validation without any render, `1 / 0` fails inside Manim.
"""

import os
import re
import sqlite3
import time

import pytest

from mathmotion_system import System

REFUSED = """from manim import *
import os


class Sneaky(Scene):
    def construct(self):
        os.system("id")
"""

RAISES = """from manim import *


class Boom(Scene):
    def construct(self):
        self.add(Circle())
        ratio = 1 / 0
        self.wait(ratio)
"""

VALID = """from manim import *


class Ring(Scene):
    def construct(self):
        self.play(Create(Circle(color=BLUE)))
        self.wait(0.2)
"""

EDITED = VALID.replace("BLUE", "RED")


@pytest.fixture(scope="module")
def system():
    """One system for the module; it submits far more than the default
    rate limit allows one address."""
    with System(extra_conf="MathMotionRateLimit 1000 300") as s:
        yield s


def submit(system, want_status=202, **body):
    """POSTs a submission; returns the job (or the error document)."""
    body.setdefault("quality", "low")
    status, headers, doc = system.json("POST", "/api/jobs/submit", body)
    assert status == want_status, doc
    if status in (200, 202):
        assert headers["Location"] == f"/api/jobs/{doc['job']['id']}"
        return doc["job"]
    assert set(doc) == {"error"}, doc
    return doc["error"]


def renders_of(system, job_id):
    """How many sandboxed renders the agent ran for a job."""
    return len(re.findall(rf"job={job_id} render ended",
                          system.read_log("agent.log")))


def agent_lines(system, job_id):
    return [line for line in system.read_log("agent.log").splitlines()
            if f"job={job_id}" in line]


def poll(system, job_id):
    status, _, body = system.json("GET", f"/api/jobs/{job_id}")
    assert status == 200, body
    return body["job"]


# --- submitted code ----------------------------------------------------

def test_code_that_does_not_validate_fails_with_the_findings(system):
    job = submit(system, code=REFUSED)
    assert job["status"] == "queued"
    assert job["codeSource"] == "user" and job["prompt"] == ""
    failed = system.wait_job(job["id"])
    assert failed["status"] == "failed"
    error = failed["error"]
    assert error["type"] == "validation"
    assert error["stage"] == "code_generation"
    assert "safety check" in error["message"]
    # The findings, each with its line and column, e.g.
    # "line 2:1 [import] ...".
    assert re.search(r"^line 2:\d+ \[import\] .*os", error["logs"], re.M), \
        error["logs"]
    assert re.search(r"^line 7:\d+ ", error["logs"], re.M), error["logs"]
    assert failed["output"]["code"] == REFUSED
    assert failed["output"]["videoUrl"] is None
    assert renders_of(system, job["id"]) == 0
    # The code is never written to the logs.
    assert 'os.system("id")' not in system.read_log("agent.log")
    assert 'os.system' not in system.read_log("error.log")


def test_valid_submitted_code_renders_to_done(system):
    job = submit(system, code=VALID, stylePreset="Dark")
    done = system.wait_job(job["id"])
    assert done["status"] == "done", done["error"]
    assert done["codeSource"] == "user"
    assert done["output"]["code"] == VALID
    assert done["isCacheHit"] is False
    status, headers, data = system.request("GET", done["output"]["videoUrl"])
    assert status == 200 and headers["Content-Type"] == "video/mp4"
    assert renders_of(system, job["id"]) == 1


def test_identical_code_is_rendered_once(system):
    first = system.wait_job(submit(system, code=VALID, stylePreset="Classic")
                            ["id"])
    assert first["status"] == "done", first["error"]
    second = system.wait_job(submit(system, code=VALID,
                                    stylePreset="Classic")["id"])
    assert second["status"] == "done", second["error"]
    assert second["isCacheHit"] is True
    assert second["cachedFromJobId"] == first["id"]
    assert renders_of(system, first["id"]) == 1
    assert renders_of(system, second["id"]) == 0
    assert any("render cache" in line
               for line in agent_lines(system, second["id"]))
    _, _, a = system.request("GET", first["output"]["videoUrl"])
    _, _, b = system.request("GET", second["output"]["videoUrl"])
    assert a == b
    # The same code in another style is another video.
    other = system.wait_job(submit(system, code=VALID,
                                   stylePreset="Minimalist")["id"])
    assert other["isCacheHit"] is False
    assert renders_of(system, other["id"]) == 1


@pytest.mark.parametrize("body,status,code,text", [
    ({"code": "x" * 20001}, 413, "code_too_large", "20000 bytes"),
    ({"code": " \n\t "}, 400, "missing_code", '"code"'),
    ({"code": VALID, "autoFixJobId": "0" * 32}, 400, "conflicting_fields",
     "autoFixJobId"),
])
def test_bad_code_submissions_are_refused(system, body, status, code, text):
    error = submit(system, want_status=status, **body)
    assert error["code"] == code
    assert text in error["message"]


# --- retries -----------------------------------------------------------

def test_fourth_attempt_is_refused_with_the_limit(system):
    first = system.wait_job(submit(system, code=REFUSED)["id"])
    assert first["attemptNumber"] == 1 and first["maxAttempts"] == 3
    assert first["actions"] == {"canRetry": True, "retriesLeft": 2,
                                "canAutoFix": True, "autoFixesLeft": 2}
    chain = [first]
    for attempt in (2, 3):
        job = submit(system, parentJobId=chain[-1]["id"])
        assert job["attemptNumber"] == attempt
        assert job["parentJobId"] == chain[-1]["id"]
        # A retry of the user's code renders that code again.
        assert job["codeSource"] == "user"
        chain.append(system.wait_job(job["id"]))
        assert chain[-1]["error"]["type"] == "validation"
    last = poll(system, chain[-1]["id"])
    # Every job of the chain lists all of it, in order, whoever made them.
    listed = [{"id": j["id"], "attemptNumber": j["attemptNumber"],
               "autoFixAttemptCount": 0, "status": "failed"} for j in chain]
    assert last["chain"] == listed
    assert poll(system, first["id"])["chain"] == listed
    assert last["actions"]["canRetry"] is False
    assert last["actions"]["retriesLeft"] == 0
    error = submit(system, want_status=409, parentJobId=last["id"])
    assert error["code"] == "retry_limit_reached"
    assert "already tried 3 times" in error["message"]
    assert "limit is 3" in error["message"]
    # Branching off an earlier attempt does not get round the limit.
    error = submit(system, want_status=409, parentJobId=first["id"])
    assert error["code"] == "retry_limit_reached"


def test_retry_of_an_unknown_job_is_404(system):
    error = submit(system, want_status=404, parentJobId="0" * 32)
    assert error["code"] == "job_not_found"
    assert "parentJobId" in error["message"]


# --- auto-fix ----------------------------------------------------------

def test_third_auto_fix_is_refused_with_the_limit(system):
    failed = system.wait_job(submit(system, prompt="Draw a blue square",
                                    code=REFUSED)["id"])
    assert failed["error"]["type"] == "validation"
    fixes = []
    for count in (1, 2):
        job = submit(system, autoFixJobId=failed["id"])
        assert job["isAutoFixJob"] is True
        assert job["originalFailedJobId"] == failed["id"]
        assert job["autoFixAttemptCount"] == count
        assert job["attemptNumber"] == 1
        assert job["prompt"] == "Draw a blue square"
        assert job["quality"] == "low"
        fixes.append(system.wait_job(job["id"]))
    # The offline generator repairs by writing the scene from the prompt.
    assert fixes[0]["status"] == "done", fixes[0]["error"]
    assert "Square" in fixes[0]["output"]["code"]
    # The second repair wrote the same code: its video is reused.
    assert fixes[1]["status"] == "done", fixes[1]["error"]
    assert renders_of(system, fixes[1]["id"]) == 0
    again = poll(system, failed["id"])
    assert again["actions"]["canAutoFix"] is False
    assert again["actions"]["autoFixesLeft"] == 0
    error = submit(system, want_status=409, autoFixJobId=failed["id"])
    assert error["code"] == "auto_fix_limit_reached"
    assert "already auto-fixed 2 times" in error["message"]
    assert "limit is 2" in error["message"]
    # A retry starts a new attempt with its own auto-fixes.
    retry = submit(system, parentJobId=failed["id"])
    assert retry["attemptNumber"] == 2 and retry["autoFixAttemptCount"] == 0
    system.wait_job(retry["id"])
    # The chain: attempt 1, its two auto-fixes, then attempt 2 (which
    # rendered the refused code again).
    chain = poll(system, fixes[0]["id"])["chain"]
    assert [(c["id"], c["attemptNumber"], c["autoFixAttemptCount"],
             c["status"]) for c in chain] == [
        (failed["id"], 1, 0, "failed"), (fixes[0]["id"], 1, 1, "done"),
        (fixes[1]["id"], 1, 2, "done"), (retry["id"], 2, 0, "failed")]


def test_auto_fix_of_a_runtime_error_without_prompt_says_why(system):
    failed = system.wait_job(submit(system, code=RAISES)["id"])
    assert failed["status"] == "failed"
    assert failed["error"]["type"] == "runtime_error", failed["error"]
    assert "ZeroDivisionError" in failed["error"]["message"]
    assert failed["actions"]["canAutoFix"] is True
    fix = system.wait_job(submit(system, autoFixJobId=failed["id"])["id"])
    assert fix["status"] == "failed"
    assert fix["error"]["type"] == "unsupported_prompt"
    assert "cannot repair code" in fix["error"]["message"]
    assert "LLM" in fix["error"]["message"]


def test_auto_fix_only_after_validation_or_runtime_errors(system):
    unsupported = system.wait_job(submit(
        system, prompt="Write me a poem about the sea")["id"])
    assert unsupported["error"]["type"] == "unsupported_prompt"
    assert unsupported["actions"]["canAutoFix"] is False
    assert unsupported["actions"]["canRetry"] is True
    error = submit(system, want_status=409, autoFixJobId=unsupported["id"])
    assert error["code"] == "auto_fix_not_applicable"
    assert '"unsupported_prompt"' in error["message"]
    done = system.wait_job(submit(system, code=VALID)["id"])
    error = submit(system, want_status=409, autoFixJobId=done["id"])
    assert error["code"] == "job_not_failed"


# --- caches and edits --------------------------------------------------

def test_same_prompt_twice_is_a_cache_hit_never_rendered(system):
    first = system.wait_job(submit(system, prompt="Draw a green triangle")
                            ["id"])
    assert first["status"] == "done", first["error"]
    hit = submit(system, want_status=200,
                 prompt="  draw a GREEN   triangle ")
    assert hit["status"] == "done" and hit["progress"] == 100
    assert hit["isCacheHit"] is True
    assert hit["cachedFromJobId"] == first["id"]
    assert hit["id"] != first["id"]
    assert hit["output"]["code"] == first["output"]["code"]
    assert hit["output"]["videoUrl"] == f"/api/jobs/{hit['id']}/video"
    _, _, a = system.request("GET", first["output"]["videoUrl"])
    status, _, b = system.request("GET", hit["output"]["videoUrl"])
    assert status == 200 and a == b
    assert poll(system, hit["id"])["isCacheHit"] is True
    # The agent never saw the hit; the prompt was rendered once.
    time.sleep(1)
    assert agent_lines(system, hit["id"]) == []
    assert renders_of(system, first["id"]) == 1
    # Another quality is another video.
    other = submit(system, prompt="Draw a green triangle", quality="medium")
    assert other["status"] == "queued" and other["isCacheHit"] is False
    system.wait_job(other["id"])


def test_retry_bypasses_the_prompt_cache(system):
    first = system.wait_job(submit(system, prompt="Draw a yellow star")
                            ["id"])
    assert first["status"] == "done", first["error"]
    retry = submit(system, parentJobId=first["id"])
    assert retry["status"] == "queued"
    assert retry["attemptNumber"] == 2 and retry["codeSource"] == "generated"
    done = system.wait_job(retry["id"])
    # Same prompt, same generated code: the video is reused, not rendered.
    assert done["status"] == "done", done["error"]
    assert done["isCacheHit"] is True
    assert renders_of(system, retry["id"]) == 0


def test_edit_and_rerender_a_previous_result(system):
    parent = system.wait_job(submit(system, prompt="Draw a purple circle")
                             ["id"])
    assert parent["status"] == "done", parent["error"]
    edit = submit(system, parentJobId=parent["id"], code=EDITED)
    assert edit["parentJobId"] == parent["id"]
    assert edit["attemptNumber"] == 2
    assert edit["codeSource"] == "user"
    assert edit["prompt"] == "Draw a purple circle"
    done = system.wait_job(edit["id"])
    assert done["status"] == "done", done["error"]
    assert done["output"]["code"] == EDITED
    assert renders_of(system, edit["id"]) == 1
    assert done["actions"]["retriesLeft"] == 1


# --- the agent's own stuck check ---------------------------------------

def test_agent_fails_a_stuck_job_that_nobody_polls(system):
    """A job held by another, still-renewing worker, long past the
    rendering limit, is failed by the agent alone: the test reads the
    database and never polls the job through the API."""
    job_id = "e" * 32
    now = int(time.time() * 1000)
    db = os.path.join(system.data_dir, "jobs.db")
    con = sqlite3.connect(db, timeout=10)
    con.execute(
        "INSERT INTO jobs (id, status, prompt, style_preset, quality, "
        "created_at, updated_at, queued_at, code_started_at, "
        "render_started_at, lease_owner, lease_expires, chain_id) VALUES "
        "(?, 'rendering', 'Draw a circle', 'Classic', 'low', ?, ?, ?, ?, ?, "
        "'hung-agent/0', ?, ?)",
        (job_id, now, now, now - 400000, now - 400000, now - 300000,
         now + 3600000, job_id))
    con.commit()
    deadline = time.time() + 20
    row = None
    while time.time() < deadline:
        row = con.execute("SELECT status, error_type, error_stage FROM jobs "
                          "WHERE id = ?", (job_id,)).fetchone()
        if row[0] == "failed":
            break
        time.sleep(0.5)
    con.close()
    assert row == ("failed", "timeout", "rendering")
    assert any("timed out while rendering (held by hung-agent/0)" in line
               for line in agent_lines(system, job_id))
