"""The `openai` code provider against a scripted fake OpenAI-compatible
server (tests/fake_llm/server.py): answers in every shape, failures of
every kind, the feedback loops (validator findings, render errors), and
the API key kept out of jobs, logs and child processes."""

import glob
import os
import sys
import time

import pytest

from mathmotion_system import System

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "fake_llm"))
from server import FakeLLM  # noqa: E402

KEY = "sk-test-7f3a9c1e5b2d4f60a8c7e9b1d3f5a7c9"
TIMEOUT = 3  # --llm-timeout


def scene(name, body="self.play(Create(Circle(color=BLUE)), run_time=0.3)"):
    return ("from manim import *\n\n\n"
            f"class {name}(Scene):\n"
            "    def construct(self):\n"
            f"        {body}\n")


REFUSED = "import os\n" + scene("Refused")
BROKEN = scene("Broken", "self.play(Create(Square()), run_time=0.2)\n"
               "        values = [1, 2]\n"
               "        self.add(Circle(radius=values[5]))")


@pytest.fixture(scope="module")
def llm():
    with FakeLLM([], key=KEY) as fake:
        yield fake


@pytest.fixture(scope="module")
def system(llm):
    s = System(agent_args=f"--llm-base-url {llm.url} --llm-timeout {TIMEOUT}"
               " --llm-model fake/model --auto-repairs 1",
               extra_conf="MathMotionRateLimit 1000 300")
    s.env["LLM_API_KEY"] = KEY
    with s:
        yield s


JOB_IDS = []  # every job of this module, for the key check


def run(system, llm, prompt, *steps):
    """Plays `steps`, submits `prompt`, returns (job, requests made)."""
    before = len(llm.requests)
    llm.add(*steps)
    job = system.submit(prompt, quality="low")
    JOB_IDS.append(job["id"])
    done = system.wait_job(job["id"])
    return done, llm.requests[before:]


def user_message(request):
    return request["body"]["messages"][-1]["content"]


def test_success_sends_a_chat_completion(system, llm):
    code = scene("LlmSuccess")
    done, reqs = run(system, llm, "draw a blue circle (llm 1)",
                     {"code": code, "explanation": "A blue circle."})
    assert done["status"] == "done", done["error"]
    assert done["output"]["code"] == code.strip()
    assert done["output"]["explanation"] == "A blue circle."
    assert len(reqs) == 1
    r = reqs[0]
    assert r["path"] == "/v1/chat/completions"
    assert r["auth_ok"], "the key was not sent as a Bearer token"
    assert r["headers"].get("X-Title") == "MathMotion"
    assert r["headers"].get("HTTP-Referer")
    body = r["body"]
    assert body["model"] == "fake/model" and body["stream"] is False
    system_prompt = body["messages"][0]["content"]
    assert body["messages"][0]["role"] == "system"
    assert "0.21.0" in system_prompt and "TexTemplate" in system_prompt
    assert "draw a blue circle (llm 1)" in user_message(r)


def test_fenced_code_with_prose(system, llm):
    code = scene("LlmFenced")
    done, reqs = run(system, llm, "draw a circle (llm fenced)",
                     {"code": code, "format": "fenced",
                      "explanation": "Here is a circle being drawn."})
    assert done["status"] == "done", done["error"]
    assert done["output"]["code"] == code.strip()
    assert "Here is a circle being drawn." in done["output"]["explanation"]
    assert "```" not in done["output"]["explanation"]


def test_refused_code_is_regenerated_once(system, llm):
    good = scene("LlmRegenerated")
    done, reqs = run(system, llm, "draw a circle (llm refused)",
                     {"code": REFUSED}, {"code": good})
    assert done["status"] == "done", done["error"]
    assert done["output"]["code"] == good.strip()
    assert len(reqs) == 2
    repair = user_message(reqs[1])
    assert "import os" in repair  # the failed code went back
    assert "os" in repair.split("What went wrong", 1)[1]  # with findings


def test_refused_twice_fails_as_validation_with_attempts(system, llm):
    done, reqs = run(system, llm, "draw a circle (llm refused twice)",
                     {"code": REFUSED}, {"code": REFUSED})
    assert done["status"] == "failed"
    assert done["error"]["type"] == "validation"
    assert len(reqs) == 2
    assert "Attempt 1" in done["error"]["logs"]


def test_render_error_is_repaired_automatically(system, llm):
    good = scene("LlmRepaired")
    done, reqs = run(system, llm, "draw a circle (llm render error)",
                     {"code": BROKEN}, {"code": good})
    assert done["status"] == "done", done["error"]
    assert done["output"]["code"] == good.strip()
    assert len(reqs) == 2
    assert "IndexError" in user_message(reqs[1])
    assert "values[5]" in user_message(reqs[1])


def test_render_error_after_the_repairs_fails_with_attempts(system, llm):
    done, reqs = run(system, llm, "draw a circle (llm render error twice)",
                     {"code": BROKEN}, {"code": BROKEN.replace("Broken",
                                                               "Broken2")})
    assert done["status"] == "failed"
    assert done["error"]["type"] == "runtime_error"
    assert len(reqs) == 2  # --auto-repairs 1
    logs = done["error"]["logs"]
    assert "Attempt 1: the render failed." in logs
    assert "Attempt 2 (the last) failed with:" in logs
    assert "IndexError" in logs
    assert "Broken2" in done["output"]["code"]


def test_failed_repair_keeps_the_render_error(system, llm):
    done, reqs = run(system, llm, "draw a circle (llm repair refused)",
                     {"code": BROKEN.replace("Broken", "Broken3")},
                     {"status": 403, "message": "Flagged."})
    assert done["status"] == "failed"
    assert done["error"]["type"] == "runtime_error"
    assert len(reqs) == 2
    logs = done["error"]["logs"]
    assert "The repair of attempt 1 failed (api_error)" in logs
    assert "Attempt 1 (the last) failed with:" in logs


def test_rate_limit_honours_retry_after(system, llm):
    code = scene("LlmRateLimited")
    done, reqs = run(system, llm, "draw a circle (llm 429)",
                     {"status": 429, "retry_after": "1"}, {"code": code})
    assert done["status"] == "done", done["error"]
    assert len(reqs) == 2
    gap = reqs[1]["time"] - reqs[0]["time"]
    assert 0.9 <= gap < TIMEOUT, gap


def test_bad_key_is_a_clear_api_error_without_retry(system, llm):
    done, reqs = run(system, llm, "draw a circle (llm 401)",
                     {"status": 401, "message": "User not found."})
    assert done["status"] == "failed"
    assert done["error"]["type"] == "api_error"
    assert done["error"]["stage"] == "code_generation"
    assert "refused the API key" in done["error"]["message"]
    assert len(reqs) == 1


def test_error_inside_a_200_and_malformed_json(system, llm):
    done, _ = run(system, llm, "draw a circle (llm error in 200)",
                  {"error_in_200": "Upstream model overloaded"})
    assert done["error"]["type"] == "api_error"
    assert "Upstream model overloaded" in done["error"]["message"]
    done, _ = run(system, llm, "draw a circle (llm malformed)",
                  {"malformed": True})
    assert done["error"]["type"] == "api_error"
    assert "not valid JSON" in done["error"]["message"]
    done, _ = run(system, llm, "draw a circle (llm truncated)",
                  {"code": scene("Cut"), "finish_reason": "length"})
    assert done["error"]["type"] == "api_error"
    assert "cut off" in done["error"]["message"]


def test_hang_times_out_within_the_deadline(system, llm):
    start = time.time()
    done, reqs = run(system, llm, "draw a circle (llm hang)",
                     {"hang": TIMEOUT + 5})
    assert done["status"] == "failed"
    assert done["error"]["type"] == "timeout"
    assert len(reqs) == 1
    assert time.time() - start < TIMEOUT + 3


def agent_pids(system):
    pids = []
    for path in glob.glob("/proc/[0-9]*/cmdline"):
        try:
            with open(path, "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        if argv and argv[0].endswith(b"render-agent") and \
                system.data_dir.encode() in argv:
            pids.append(path.split("/")[2])
    return pids


def test_key_is_in_no_job_log_or_environment(system, llm):
    done, _ = run(system, llm, "draw a circle (llm key check)",
                  {"code": scene("LlmKeyCheck")})
    assert done["status"] == "done", done["error"]
    assert len(JOB_IDS) > 1
    for job_id in JOB_IDS:
        status, _, one = system.request("GET", f"/api/jobs/{job_id}")
        assert status == 200 and KEY not in one.decode()
    texts = [system.read_log()]
    for path in glob.glob(os.path.join(system.data_dir, "logs", "*")):
        with open(path, errors="replace") as f:
            texts.append(f.read())
    assert len(texts) > 1 and all(KEY not in t for t in texts)
    assert "code provider: openai" in system.read_log("agent.log")
    pids = agent_pids(system)
    assert pids, "the agent process was not found"
    for pid in pids:
        with open(f"/proc/{pid}/environ", "rb") as f:
            assert KEY.encode() not in f.read()
    # No child of run.sh but the agent got the key either (httpd).
    for path in glob.glob("/proc/[0-9]*/cmdline"):
        try:
            with open(path, "rb") as f:
                if b"apache2" not in f.read():
                    continue
            with open(path.replace("cmdline", "environ"), "rb") as f:
                assert KEY.encode() not in f.read()
        except OSError:
            pass
