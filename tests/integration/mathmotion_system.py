"""Starts the whole MathMotion system for a test: httpd with the module and
the render agent, through scripts/run.sh (the same path as `make run`), on
a free loopback port with its own data folder."""

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class System:
    """A running httpd + agent. Use as a context manager."""

    def __init__(self, extra_conf="", agent_args="", asan=True,
                 data_dir=None, gallery=""):
        self.port = free_port()
        self.tmp = tempfile.mkdtemp(prefix="mm-system-", dir="/tmp")
        os.chmod(self.tmp, 0o755)
        self.data_dir = data_dir or os.path.join(self.tmp, "data")
        self.htdocs = os.path.join(self.tmp, "htdocs")
        shutil.copytree(os.path.join(ROOT, "htdocs"), self.htdocs)
        agent = "build/asan/render-agent" if asan else "build/render-agent"
        self.env = dict(
            os.environ,
            PORT=str(self.port),
            DATA_DIR=self.data_dir,
            HTDOCS=self.htdocs,
            AGENT=os.path.join(ROOT, agent),
            AGENT_ARGS=agent_args,
            EXTRA_CONF=extra_conf,
            # Off unless asked for: posters rendered while idle would
            # compete with the renders other tests time.
            GALLERY=gallery,
            ASAN_OPTIONS="detect_leaks=1",
        )
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def __enter__(self):
        self.log = open(os.path.join(self.tmp, "run.log"), "w")
        self.proc = subprocess.Popen(
            ["bash", os.path.join(ROOT, "scripts/run.sh")],
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
            start_new_session=True)
        deadline = time.time() + 30
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("run.sh exited:\n" + self.read_log())
            try:
                with socket.create_connection(("127.0.0.1", self.port), 0.2):
                    pass
                if os.path.exists(os.path.join(self.data_dir, "agent.sock")):
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("system did not start:\n" + self.read_log())

    def __exit__(self, *exc):
        self.stop()
        agent_log = self.read_log("agent.log")
        shutil.rmtree(self.tmp, ignore_errors=True)
        # The agent runs under ASan/UBSan: any report fails the test.
        if exc[0] is None:
            assert "Sanitizer" not in agent_log and \
                "runtime error" not in agent_log, agent_log

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.log.close()

    def running(self):
        return self.proc.poll() is None

    def read_log(self, name="run.log"):
        path = os.path.join(self.tmp, name) if name == "run.log" else \
            os.path.join(self.data_dir, "logs", name)
        try:
            with open(path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def request(self, method, path, body=None, headers=None, raw=None):
        """Returns (status, headers, body bytes)."""
        data = raw if raw is not None else (
            json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.base + path, data=data,
                                     method=method, headers=headers or {})
        if data is not None and "Content-Type" not in (headers or {}):
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=30) as res:
                return res.status, res.headers, res.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def json(self, method, path, body=None, **kw):
        status, headers, data = self.request(method, path, body, **kw)
        return status, headers, json.loads(data) if data else None

    def submit(self, prompt, style="3Blue1Brown", **extra):
        status, _, body = self.json("POST", "/api/jobs/submit",
                                    dict(prompt=prompt, stylePreset=style,
                                         **extra))
        assert status == 202, body
        return body["job"]

    def wait_job(self, job_id, timeout=150, seen=None):
        """Polls until done/failed; records each status in `seen`."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            status, _, body = self.json("GET", f"/api/jobs/{job_id}")
            assert status == 200, body
            job = body["job"]
            if seen is not None and (not seen or seen[-1] != job["status"]):
                seen.append(job["status"])
            if job["status"] in ("done", "failed"):
                return job
            time.sleep(0.2)
        raise AssertionError(f"job {job_id} did not finish: {job}\n"
                             + self.read_log("agent.log"))
