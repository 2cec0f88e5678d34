"""The job API of mod_mathmotion against a real httpd.

The fixture starts Debian's httpd in the foreground on a free loopback port
with a throwaway configuration: the module, the drop-in conf/mathmotion.conf,
SQLite through mod_dbd, a media folder, a short queued timeout, and a fake
render agent listening on the agent socket (it records the lines the module
sends and answers "ok"). No real agent runs, so jobs stay queued unless a
test moves them in the database itself.
"""

import hashlib
import http.client
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import socket
import socketserver
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULE = Path(os.environ.get("MM_MODULE", ROOT / "build" / "mod_mathmotion.so"))
MODULES = Path("/usr/lib/apache2/modules")
HTTPD = shutil.which("apache2") or shutil.which("httpd")
HTTPD_USER = "www-data"
AS_ROOT = os.geteuid() == 0
STYLES = ["3Blue1Brown", "Classic", "Minimalist", "Dark"]
ZERO_ID = "0" * 32

CONFIG = """\
ServerRoot "/etc/apache2"
ServerName localhost
Listen 127.0.0.1:{port}
PidFile "{tmp}/run/httpd.pid"
DefaultRuntimeDir "{tmp}/run"
Mutex file:{tmp}/run default
ErrorLog "{tmp}/logs/error.log"
LogLevel warn mathmotion:debug
{user}
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule mime_module {modules}/mod_mime.so
LoadModule dir_module {modules}/mod_dir.so
LoadModule dbd_module {modules}/mod_dbd.so
LoadModule socache_shmcb_module {modules}/mod_socache_shmcb.so
TypesConfig /etc/mime.types
DocumentRoot "{tmp}/htdocs"

DBDriver sqlite3
DBDParams "{tmp}/data/jobs.db"
DBDInitSQL "PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL"

LoadModule mathmotion_module {module}
Include "{conf}"
MathMotionMediaDir "{tmp}/media"
MathMotionAgentSocket "{tmp}/agent/agent.sock"
MathMotionQueuedTimeout 1
# Far above the submissions of these tests (test_ops.py pins the limit).
MathMotionRateLimit 1000 300
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakeAgent(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
    """Records each line written to the agent socket and answers "ok"."""

    daemon_threads = True

    def __init__(self, path):
        self.lines = []

        class Handler(socketserver.StreamRequestHandler):
            def handle(inner):
                line = inner.rfile.readline().decode().rstrip("\n")
                self.lines.append(line)
                inner.wfile.write(b"ok\n")

        super().__init__(path, Handler)


class Api:
    """The running httpd, its files, and small HTTP and SQL helpers."""

    def __init__(self, tmp, port, agent):
        self.tmp = Path(tmp)
        self.port = port
        self.agent = agent

    def request(self, method, path, body=None, headers=None, chunked=False):
        """Sends one request on a new connection: (status, headers, body)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            if chunked:
                conn.request(method, path, body=iter([body]),
                             headers=headers or {}, encode_chunked=True)
            else:
                conn.request(method, path, body=body, headers=headers or {})
            res = conn.getresponse()
            return res.status, res.headers, res.read()
        finally:
            conn.close()

    def json(self, method, path, body=None, **kw):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        status, headers, data = self.request(method, path, body, **kw)
        return status, headers, json.loads(data) if data else None

    def submit(self, prompt="Draw a circle", **extra):
        status, headers, body = self.json("POST", "/api/jobs/submit",
                                          dict(prompt=prompt, **extra))
        assert status == 202, body
        return body["job"]

    def sql(self, script):
        """Runs SQL on the job database as the user httpd runs as."""
        cmd = ["python3", "-c",
               "import sqlite3, sys\n"
               "db = sqlite3.connect(sys.argv[1], timeout=5)\n"
               "db.executescript(sys.argv[2])\n"
               "db.commit()\n",
               str(self.tmp / "data" / "jobs.db"), script]
        if AS_ROOT:
            cmd = ["runuser", "-u", HTTPD_USER, "--"] + cmd
        subprocess.run(cmd, check=True)

    def insert_job(self, status, **columns):
        """Inserts a job row directly; returns its id."""
        now = int(time.time() * 1000)
        row = dict(id=secrets.token_hex(16), status=status, prompt="p",
                   style_preset="Dark", quality="low", created_at=now,
                   updated_at=now, queued_at=now)
        row.update(columns)
        values = ", ".join(
            str(v) if isinstance(v, int) else "'" + str(v) + "'"
            for v in row.values())
        self.sql(f"INSERT INTO jobs ({', '.join(row)}) VALUES ({values});")
        return row["id"]

    def error_log(self):
        return (self.tmp / "logs" / "error.log").read_text(errors="replace")


def make_video(path):
    """A real 1-second MP4 if ffmpeg is there, else bytes standing in."""
    if shutil.which("ffmpeg"):
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
             "testsrc=duration=1:size=320x240:rate=10", "-pix_fmt",
             "yuv420p", str(path)], check=True)
    else:
        path.write_bytes(os.urandom(5000))


def prepare_dirs(tmp):
    for name in ("run", "logs", "data", "media", "htdocs", "agent"):
        (tmp / name).mkdir()
    os.chmod(tmp, 0o755)
    if AS_ROOT:
        user = pwd.getpwnam(HTTPD_USER)
        os.chown(tmp / "data", user.pw_uid, user.pw_gid)


def wait_for_port(proc, port, log):
    deadline = time.time() + 20
    while time.time() < deadline:
        if proc.poll() is not None:
            pytest.fail("httpd exited:\n" + log.read_text(errors="replace"))
        try:
            with socket.create_connection(("127.0.0.1", port), 0.2):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("httpd did not listen:\n" + log.read_text(errors="replace"))


def stop(proc):
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def api():
    if not HTTPD or not MODULE.exists():
        pytest.fail(f"needs apache2 and {MODULE} "
                    "(make build/mod_mathmotion.so)")
    tmp = Path(tempfile.mkdtemp(prefix="mm-api-", dir="/tmp"))
    prepare_dirs(tmp)
    agent = FakeAgent(str(tmp / "agent" / "agent.sock"))
    os.chmod(tmp / "agent" / "agent.sock", 0o666)
    threading.Thread(target=agent.serve_forever, daemon=True).start()
    port = free_port()
    conf = tmp / "httpd.conf"
    conf.write_text(CONFIG.format(
        port=port, tmp=tmp, modules=MODULES, module=MODULE,
        conf=ROOT / "conf" / "mathmotion.conf",
        user=f"User {HTTPD_USER}\nGroup {HTTPD_USER}" if AS_ROOT else ""))
    out = open(tmp / "logs" / "stdout.log", "w")
    proc = subprocess.Popen([HTTPD, "-f", str(conf), "-DFOREGROUND"],
                            stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        wait_for_port(proc, port, tmp / "logs" / "stdout.log")
        server = Api(tmp, port, agent)
        # The first request creates the schema the tests write into.
        assert server.json("GET", f"/api/jobs/{ZERO_ID}")[0] == 404
        yield server
    finally:
        stop(proc)
        out.close()
        agent.shutdown()
        agent.server_close()
    log = (tmp / "logs" / "error.log").read_text(errors="replace")
    assert "exit signal" not in log, log
    shutil.rmtree(tmp, ignore_errors=True)


def assert_json_error(status, headers, body, want_status, want_code):
    assert status == want_status, body
    assert headers["Content-Type"] == "application/json"
    doc = json.loads(body)  # the whole body: no HTML page appended
    assert set(doc) == {"error"}
    assert doc["error"]["code"] == want_code, doc
    assert doc["error"]["message"]
    return doc["error"]["message"]


def set_agent_alive(api, alive):
    """A fresh heartbeat makes an agent alive; none makes it gone."""
    now = int(time.time() * 1000)
    api.sql("DELETE FROM agents;" + (
        f"INSERT INTO agents (id, heartbeat_at, workers) "
        f"VALUES ('test-agent', {now}, 1);" if alive else ""))


# --- submit and poll ---------------------------------------------------

def test_submit_answers_202_with_location_and_queued_job(api):
    status, headers, body = api.json(
        "POST", "/api/jobs/submit", {"prompt": "  Draw a circle \n"},
        headers={"Content-Type": "application/json"})
    assert status == 202, body
    assert headers["Content-Type"] == "application/json"
    job = body["job"]
    assert re.fullmatch(r"[0-9a-f]{32}", job["id"])
    assert headers["Location"] == f"/api/jobs/{job['id']}"
    assert job["status"] == "queued"
    assert job["prompt"] == "Draw a circle"
    assert job["stylePreset"] == "3Blue1Brown"
    assert job["quality"] == "medium"
    assert job["output"] is None and job["error"] is None


def test_submit_wakes_the_agent(api):
    job = api.submit(stylePreset="Dark", quality="high")
    assert job["stylePreset"] == "Dark" and job["quality"] == "high"
    deadline = time.time() + 2
    while "wake" not in api.agent.lines and time.time() < deadline:
        time.sleep(0.05)
    assert "wake" in api.agent.lines


def test_poll_returns_the_queued_job_with_its_queue_position(api):
    set_agent_alive(api, True)
    job = api.submit("Plot y = x^2")
    status, headers, body = api.json("GET", f"/api/jobs/{job['id']}")
    assert status == 200
    assert body["job"]["id"] == job["id"]
    assert body["job"]["status"] == "queued"
    assert isinstance(body["job"]["queuePosition"], int)
    assert body["job"]["queuePosition"] >= 0
    # Polling again with the ETag costs a 304 and no body.
    status, _, data = api.request(
        "GET", f"/api/jobs/{job['id']}",
        headers={"If-None-Match": headers["ETag"]})
    assert status == 304 and data == b""


def test_queued_job_waits_while_an_agent_is_alive(api):
    set_agent_alive(api, True)
    job = api.submit()
    time.sleep(1.5)  # past MathMotionQueuedTimeout 1
    _, _, body = api.json("GET", f"/api/jobs/{job['id']}")
    assert body["job"]["status"] == "queued"


def test_queued_job_times_out_when_no_agent_is_alive(api):
    set_agent_alive(api, False)
    job = api.submit()
    time.sleep(1.5)
    status, _, body = api.json("GET", f"/api/jobs/{job['id']}")
    assert status == 200
    failed = body["job"]
    assert failed["status"] == "failed"
    assert failed["error"]["type"] == "timeout"
    assert failed["error"]["stage"] == "code_generation"
    assert "1 second" in failed["error"]["message"]
    assert "queuePosition" not in failed


def test_stuck_render_is_failed_and_cancelled_in_the_agent(api):
    started = int(time.time() * 1000) - 200000  # past the 150 s default
    job_id = api.insert_job("rendering", code_started_at=started - 1000,
                            render_started_at=started,
                            lease_owner="test-agent/1")
    _, _, body = api.json("GET", f"/api/jobs/{job_id}")
    job = body["job"]
    assert job["status"] == "failed"
    assert job["error"]["type"] == "timeout"
    assert job["error"]["stage"] == "rendering"
    assert job["error"]["message"].startswith(
        "Rendering took longer than 150 seconds")
    deadline = time.time() + 2
    while f"cancel {job_id}" not in api.agent.lines and time.time() < deadline:
        time.sleep(0.05)
    assert f"cancel {job_id}" in api.agent.lines


# --- bad requests ------------------------------------------------------

def deep(levels):
    return ("[" * levels + "]" * levels).encode()


BAD_SUBMITS = [
    # (name, body bytes, status, code, text the message must contain)
    ("malformed JSON", b'{"prompt": "x",}', 400, "invalid_json",
     "line 1, column"),
    ("empty body", b"", 400, "invalid_json", "empty"),
    ("array body", b'["Draw a circle"]', 400, "invalid_body", "object"),
    ("string body", b'"Draw a circle"', 400, "invalid_body", "object"),
    ("prompt not a string", b'{"prompt": 42}', 400, "invalid_field",
     '"prompt"'),
    ("stylePreset not a string", b'{"prompt": "x", "stylePreset": 1}', 400,
     "invalid_field", '"stylePreset"'),
    ("quality not a string", b'{"prompt": "x", "quality": true}', 400,
     "invalid_field", '"quality"'),
    ("code not a string", b'{"prompt": "x", "code": {}}', 400,
     "invalid_field", '"code"'),
    ("missing prompt", b'{"stylePreset": "Dark"}', 400, "missing_prompt",
     "prompt"),
    ("null prompt", b'{"prompt": null}', 400, "missing_prompt", "prompt"),
    ("empty prompt", b'{"prompt": ""}', 400, "missing_prompt", "prompt"),
    ("whitespace prompt", b'{"prompt": " \\n\\t "}', 400, "missing_prompt",
     "prompt"),
    ("prompt too long", json.dumps({"prompt": "\u00e9" * 2001}).encode(),
     400, "prompt_too_long", "2000"),
    ("invalid UTF-8", b'{"prompt": "\xff\xfe circle"}', 400, "invalid_utf8",
     "UTF-8"),
    ("unknown style", b'{"prompt": "x", "stylePreset": "Neon"}', 400,
     "invalid_style", ", ".join(STYLES)),
    ("unknown quality", b'{"prompt": "x", "quality": "ultra"}', 400,
     "invalid_quality", "low, medium, high"),
    ("nested 9 deep", b'{"prompt": "x", "a": ' + deep(8) + b"}", 400,
     "invalid_json", "8 levels"),
    ("nested 5000 deep", deep(5000), 400, "invalid_json", "depth"),
    ("duplicate key", b'{"prompt": "x", "prompt": "y"}', 400,
     "invalid_json", "duplicate"),
    ("NUL escape", b'{"prompt": "a\\u0000b"}', 400, "invalid_json", "NUL"),
    ("retry of no job", b'{"parentJobId": "' + ZERO_ID.encode() + b'"}',
     404, "job_not_found", "parentJobId"),
    ("auto-fix of a malformed id", b'{"autoFixJobId": "../abc"}', 404,
     "job_not_found", "autoFixJobId"),
    ("retry and auto-fix", b'{"parentJobId": "' + ZERO_ID.encode() +
     b'", "autoFixJobId": "' + ZERO_ID.encode() + b'"}', 400,
     "conflicting_fields", "not both"),
    ("auto-fix with code", b'{"autoFixJobId": "' + ZERO_ID.encode() +
     b'", "code": "x = 1"}', 400, "conflicting_fields", "parentJobId"),
    ("blank code", b'{"code": "  \\n "}', 400, "missing_code", '"code"'),
    ("code too large", json.dumps({"code": "#" * 20001}).encode(), 413,
     "code_too_large", "20000 bytes"),
    ("parentJobId not a string", b'{"parentJobId": 7}', 400,
     "invalid_field", '"parentJobId"'),
]


@pytest.mark.parametrize("name,body,status,code,text", BAD_SUBMITS,
                         ids=[case[0] for case in BAD_SUBMITS])
def test_bad_submit_answers_a_json_error(api, name, body, status, code,
                                         text):
    got = api.request("POST", "/api/jobs/submit", body,
                      headers={"Content-Type": "application/json"})
    assert text in assert_json_error(*got, status, code)


def test_code_is_queued_without_a_prompt(api):
    code = "from manim import *\n\nclass S(Scene):\n    pass\n"
    status, _, body = api.json("POST", "/api/jobs/submit", {"code": code})
    assert status == 202, body
    job = body["job"]
    assert job["status"] == "queued" and job["prompt"] == ""
    assert job["codeSource"] == "user"
    assert job["output"]["code"] == code
    # The code is hostile input: never written to the server's log.
    assert "class S(Scene)" not in api.error_log()


def test_retry_of_a_job_still_running_is_409(api):
    job = api.submit("Draw a hexagon")
    got = api.request("POST", "/api/jobs/submit",
                      json.dumps({"parentJobId": job["id"]}).encode())
    assert "still queued" in assert_json_error(*got, 409, "job_not_final")


def test_poll_tells_which_actions_are_left(api):
    job_id = api.insert_job("failed", error_type="validation",
                            code="import os", attempt_number=2,
                            auto_fix_count=1)
    _, _, body = api.json("GET", f"/api/jobs/{job_id}")
    assert body["job"]["actions"] == {"canRetry": True, "retriesLeft": 1,
                                      "canAutoFix": True, "autoFixesLeft": 1}
    assert "chainId" not in body["job"] and "chain_id" not in body["job"]


def test_longest_allowed_prompt_and_nesting_are_accepted(api):
    job = api.submit("\u00e9" * 2000)
    assert len(job["prompt"]) == 2000
    body = b'{"prompt": "x", "a": ' + deep(7) + b"}"
    assert api.request("POST", "/api/jobs/submit", body)[0] == 202


def test_body_over_the_limit_is_refused_by_content_length(api):
    body = json.dumps({"prompt": "x", "pad": "a" * 70000}).encode()
    got = api.request("POST", "/api/jobs/submit", body)
    assert "65536 bytes" in assert_json_error(*got, 413, "body_too_large")


def test_chunked_body_over_the_limit_is_refused_while_reading(api):
    body = json.dumps({"prompt": "x", "pad": "a" * 70000}).encode()
    got = api.request("POST", "/api/jobs/submit", body, chunked=True)
    assert_json_error(*got, 413, "body_too_large")


def test_chunked_body_within_the_limit_is_accepted(api):
    status, _, body = api.request("POST", "/api/jobs/submit",
                                  b'{"prompt": "Draw a chunked circle"}',
                                  chunked=True)
    assert status == 202, body


def test_server_still_accepts_a_good_submit_after_bad_requests(api):
    job = api.submit("Show the tangent line to y = x^2 at x = 1")
    assert job["status"] == "queued"


# --- methods and paths -------------------------------------------------

@pytest.mark.parametrize("method,path,allow", [
    ("GET", "/api/jobs/submit", "POST"),
    ("PUT", "/api/jobs/submit", "POST"),
    ("POST", f"/api/jobs/{ZERO_ID}", "GET, HEAD"),
    ("DELETE", f"/api/jobs/{ZERO_ID}/video", "GET, HEAD"),
])
def test_wrong_method_answers_405_with_allow(api, method, path, allow):
    status, headers, body = api.request(method, path)
    assert_json_error(status, headers, body, 405, "method_not_allowed")
    assert headers["Allow"] == allow


@pytest.mark.parametrize("path", [
    "/api", "/api/", "/api/jobs", "/api/jobs/", "/api/nothing",
    f"/api/jobs/{ZERO_ID}/", f"/api/jobs/{ZERO_ID}/video/extra",
    f"/api/jobs/{ZERO_ID}/code",
])
def test_unknown_path_answers_404_json(api, path):
    assert_json_error(*api.request("GET", path), 404, "not_found")


@pytest.mark.parametrize("job_id", [
    ZERO_ID,                         # well formed, but no such job
    "ABCDEF" + "0" * 26,             # upper case
    "0" * 31, "0" * 33, "submitx",
    "..%5C..%5Cetc%5Cpasswd",        # backslashes reach the module
    "..%2e%2e..",                    # decodes to one segment of dots
])
@pytest.mark.parametrize("suffix", ["", "/video"])
def test_unknown_or_malformed_job_id_answers_404_json(api, job_id, suffix):
    got = api.request("GET", f"/api/jobs/{job_id}{suffix}")
    assert_json_error(*got, 404, "job_not_found")


@pytest.mark.parametrize("path", [
    "/api/jobs/../../etc/passwd",
    "/api/jobs/../../etc/passwd/video",
    "/api/jobs/..%2F..%2Fetc%2Fpasswd/video",
])
def test_path_traversal_never_reaches_a_file(api, path):
    # httpd normalises ".." or refuses "%2F" before any module runs.
    status, _, body = api.request("GET", path)
    assert status == 404
    assert b"root:" not in body


# --- video -------------------------------------------------------------

@pytest.fixture(scope="module")
def video(api):
    """A done job whose MP4 is in the media folder: (job id, bytes)."""
    path = api.tmp / "video.mp4"
    make_video(path)
    data = path.read_bytes()
    video_hash = hashlib.sha256(data).hexdigest()
    shutil.copy(path, api.tmp / "media" / f"{video_hash}.mp4")
    os.chmod(api.tmp / "media" / f"{video_hash}.mp4", 0o644)
    job_id = api.insert_job("done", video_hash=video_hash, progress=100,
                            code="from manim import *",
                            explanation="A circle.")
    return job_id, data


def test_done_job_links_its_video(api, video):
    job_id, _ = video
    _, _, body = api.json("GET", f"/api/jobs/{job_id}")
    assert body["job"]["output"]["videoUrl"] == f"/api/jobs/{job_id}/video"


def test_video_is_served_whole(api, video):
    job_id, data = video
    status, headers, body = api.request("GET", f"/api/jobs/{job_id}/video")
    assert status == 200
    assert body == data
    assert headers["Content-Type"] == "video/mp4"
    assert int(headers["Content-Length"]) == len(data)
    assert headers["Content-Disposition"] == (
        f'inline; filename="mathmotion-{job_id}.mp4"')
    assert headers["ETag"] and headers["Last-Modified"]
    assert headers["Accept-Ranges"] == "bytes"


def test_video_download_is_an_attachment(api, video):
    job_id, _ = video
    _, headers, _ = api.request("GET", f"/api/jobs/{job_id}/video?download=1")
    assert headers["Content-Disposition"].startswith("attachment;")


def test_video_range_answers_206(api, video):
    job_id, data = video
    status, headers, body = api.request("GET", f"/api/jobs/{job_id}/video",
                                        headers={"Range": "bytes=0-99"})
    assert status == 206
    assert len(body) == 100 and body == data[:100]
    assert headers["Content-Range"] == f"bytes 0-99/{len(data)}"


def test_video_revalidation_answers_304(api, video):
    job_id, _ = video
    _, headers, _ = api.request("GET", f"/api/jobs/{job_id}/video")
    status, _, body = api.request("GET", f"/api/jobs/{job_id}/video",
                                  headers={"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""


def test_video_head_has_length_but_no_body(api, video):
    job_id, data = video
    status, headers, body = api.request("HEAD", f"/api/jobs/{job_id}/video")
    assert status == 200 and body == b""
    assert int(headers["Content-Length"]) == len(data)


def test_video_of_a_queued_job_answers_409(api):
    job = api.submit()
    got = api.request("GET", f"/api/jobs/{job['id']}/video")
    assert "queued" in assert_json_error(*got, 409, "video_not_ready")


def test_video_missing_from_disk_answers_404(api):
    job_id = api.insert_job("done", video_hash="f" * 64)
    got = api.request("GET", f"/api/jobs/{job_id}/video")
    assert_json_error(*got, 404, "video_not_found")


# --- last --------------------------------------------------------------

def test_no_child_crashed(api):
    log = api.error_log()
    assert "exit signal" not in log, log
    assert "MM00061: job=" in log  # one line per event, with the job id
