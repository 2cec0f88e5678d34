"""Harness of the security suite: canaries planted on the host, scene cases
read from hostile/ and legit/, the agent's one-shot mode run on them, and
the checks that the host came out of each run unchanged.

A run is `render-agent --render FILE` (the ASan build), which validates and
renders exactly as a job is validated and rendered, and prints one JSON
object. The canaries:
  * a secret in the agent's own environment (MM_CANARY_ENV);
  * a secret file in /var/tmp (0644, readable by anyone on the host) and
    one in /root;
  * an SQLite file in the agent's data folder holding a secret;
  * a TCP and a UDP listener on 127.0.0.1 and an abstract Unix socket,
    which count every connection or datagram;
  * a sentinel process running as the sandbox's own user (nobody) on the
    host, which no scene may signal.
Hostile scenes name these through placeholders (@@CANARY_FILE@@, ...), as
an attacker who knows the host would.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import json
import os
import re
import secrets
import shutil
import socket
import sqlite3
import stat
import subprocess
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
AGENT = ROOT / "build" / "asan" / "render-agent"
VENV = Path(os.environ.get("MM_VENV", "/opt/mathmotion/venv"))
VALIDATOR = ROOT / "render-agent" / "validator" / "mm_validate.py"
SANDBOX_UID = 65534
SENTINEL_NAME = "mm-canary-sentinel"  # argv[0] of every session's sentinel
CGROUP_ROOT = Path("/sys/fs/cgroup")
# Flags of every run unless a case's header says otherwise.
DEFAULT_FLAGS = ["--quality", "low", "--wall-seconds", "40"]
OUTCOMES = {"ok", "runtime_error", "timeout", "resource_limit"}
# Kinds of hostile case, by file-name prefix.
KINDS = {
    "bypass": "validator bypass tricks",
    "gadget": "Manim/LaTeX file-read and command gadgets",
    "secret": "reading secrets (environment, /proc, agent files, canaries)",
    "net": "network access",
    "bomb": "fork, memory, CPU and disk bombs",
    "output": "output-size bombs",
    "escape": "writing outside the job folder, leaving the sandbox",
    "link": "links and fakes in the output",
    "signal": "signalling other processes",
}


# ------------------------------------------------------------------ cases

@dataclasses.dataclass(frozen=True)
class Case:
    """A scene file with its expectations (hostile) or none (legit)."""
    path: Path
    expect: tuple = ()      # ("rejected", rule) or ("contained", *outcomes)
    sandbox: tuple = ()     # outcomes allowed with --no-validate
    flags: tuple = ()       # extra agent flags for both runs
    video: bool = False     # render a video instead of the last frame

    @property
    def name(self):
        return self.path.stem

    @property
    def kind(self):
        return self.name.split("_")[0]

    @property
    def seconds(self):
        """Expected cost, to start the longest runs first."""
        wall = self.wall
        return wall if "timeout" in self.sandbox + self.expect else 2

    @property
    def wall(self):
        """The wall clock of its runs (the last --wall-seconds wins)."""
        flags = list(DEFAULT_FLAGS) + list(self.flags)
        at = max(i for i, f in enumerate(flags) if f == "--wall-seconds")
        return int(flags[at + 1])


def read_hostile(path: Path) -> Case:
    """Parses the header of a hostile case:
        # expect: rejected <rule>  |  # expect: contained <outcome>...
        # sandbox: <outcome>...     (with --no-validate)
        # flags: <agent flags>      (optional)
        # output: video             (optional; default the last frame)
    """
    head = {}
    for line in path.read_bytes().decode("latin-1").splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*(expect|sandbox|flags|output):\s*(.*)$", line)
        if m:
            head[m.group(1)] = m.group(2).split()
    expect = tuple(head.get("expect", ()))
    sandbox = tuple(head.get("sandbox", ()))
    assert expect and expect[0] in ("rejected", "contained"), path
    assert len(expect) == 2 or expect[0] == "contained", path
    assert expect[0] == "rejected" or set(expect[1:]) <= OUTCOMES, path
    assert sandbox and set(sandbox) <= OUTCOMES, path
    return Case(path, expect, sandbox, tuple(head.get("flags", ())),
                head.get("output") == ["video"])


def hostile_cases():
    return [read_hostile(p) for p in sorted((HERE / "hostile").glob("*.py"))]


def legit_cases():
    return [Case(p) for p in sorted((HERE / "legit").glob("*.py"))]


@dataclasses.dataclass(frozen=True)
class Job:
    """One run of the agent: a case, with or without the validator."""
    case: Case
    validate: bool

    def __str__(self):
        return f"{self.case.name}-{'validated' if self.validate else 'raw'}"


# --------------------------------------------------------------- canaries

class Listener:
    """Counts whatever reaches a TCP port, a UDP port and an abstract Unix
    socket on the host's loopback."""

    def __init__(self, abstract_name: str):
        self.tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.tcp.bind(("127.0.0.1", 0))
        self.tcp.listen(16)
        self.port = self.tcp.getsockname()[1]
        self.udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udp.bind(("127.0.0.1", self.port))
        self.unix = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.unix.bind("\0" + abstract_name)
        self.unix.listen(16)
        self.events: list[str] = []
        self.lock = threading.Lock()
        for sock, what in ((self.tcp, "tcp"), (self.unix, "unix")):
            threading.Thread(target=self._accept, args=(sock, what),
                             daemon=True).start()
        threading.Thread(target=self._recv, daemon=True).start()

    def _record(self, what):
        with self.lock:
            self.events.append(f"{what} at {time.time():.1f}")

    def _accept(self, sock, what):
        while True:
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            self._record(what)
            conn.close()

    def _recv(self):
        while True:
            try:
                self.udp.recvfrom(65536)
            except OSError:
                return
            self._record("udp")

    def count(self):
        with self.lock:
            return len(self.events)

    def close(self):
        for s in (self.tcp, self.udp, self.unix):
            s.close()


class Canaries:
    """Secrets and tripwires on the host; rotate() gives them new values."""

    def __init__(self):
        self.tag = secrets.token_hex(4)
        self.base = Path(tempfile.mkdtemp(prefix=f"mm-security-{self.tag}-",
                                          dir="/tmp"))
        os.chmod(self.base, 0o755)  # the sandbox user passes to job folders
        self.data_dir = self.base / "data"
        self.data_dir.mkdir()
        self.scenes = self.base / "scenes"
        self.scenes.mkdir()
        self.file = Path(f"/var/tmp/mm-canary-{self.tag}")
        self.root_file = Path(f"/root/mm-canary-{self.tag}")
        self.db = self.data_dir / "jobs.db"
        self.marker = f"mm-hostile-{self.tag}"
        self.listener = Listener(f"mm-canary-{self.tag}")
        self.sentinel = subprocess.Popen(
            [SENTINEL_NAME, "86400"], executable="/bin/sleep",
            user=SANDBOX_UID, group=SANDBOX_UID, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL)
        self.all_values: set[str] = set()
        self.rotate()
        self.nobody_before = set(nobody_pids()) - {self.sentinel.pid}

    def rotate(self):
        """New secret values everywhere (for the second render of a scene
        that succeeded: its frame must not change)."""
        self.env_value = "MMCANARY" + secrets.token_hex(12)
        self.file_value = "MMCANARY" + secrets.token_hex(12)
        self.root_value = "MMCANARY" + secrets.token_hex(12)
        self.db_value = "MMCANARY" + secrets.token_hex(12)
        self.all_values |= {self.env_value, self.file_value, self.root_value,
                            self.db_value}
        self.file.write_text(self.file_value + "\n")
        os.chmod(self.file, 0o644)
        self.root_file.write_text(self.root_value + "\n")
        os.chmod(self.root_file, 0o600)
        with sqlite3.connect(self.db) as db:
            db.execute("create table if not exists secrets (value text)")
            db.execute("delete from secrets")
            db.execute("insert into secrets values (?)", (self.db_value,))
        db.close()
        self.files_state = self._files_state()

    def _files_state(self):
        return {p: (p.read_bytes(), p.stat().st_mode, p.stat().st_mtime_ns)
                for p in (self.file, self.root_file, self.db)}

    def placeholders(self, case_name):
        return {
            "@@CANARY_FILE@@": str(self.file),
            "@@CANARY_ROOT_FILE@@": str(self.root_file),
            "@@DATA_DIR@@": str(self.data_dir),
            "@@DB_PATH@@": str(self.db),
            "@@PORT@@": str(self.listener.port),
            "@@ABSTRACT@@": f"mm-canary-{self.tag}",
            "@@SENTINEL_PID@@": str(self.sentinel.pid),
            "@@MARKER@@": f"{self.marker}-{case_name}",
            "@@VENV@@": str(VENV),
        }

    def close(self):
        self.sentinel.kill()
        self.sentinel.wait()
        self.listener.close()
        for p in (self.file, self.root_file):
            p.unlink(missing_ok=True)
        shutil.rmtree(self.base, ignore_errors=True)


# ----------------------------------------------------------- host checks

def nobody_pids():
    """Processes of the sandbox user."""
    pids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if d.stat().st_uid == SANDBOX_UID:
                    pids.append(int(d.name))
            except OSError:
                pass
    return pids


def process_cgroup(pid):
    try:
        return Path(f"/proc/{pid}/cgroup").read_text()
    except OSError:
        return ""


def is_sentinel(pid):
    """A sentinel of this or another test session running at the same
    time (the suite may run in several trees at once)."""
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().startswith(
            SENTINEL_NAME.encode() + b"\0")
    except OSError:
        return False


def marker_paths(canaries: Canaries):
    """Places a scene might manage to write to, searched for its marker."""
    site = sorted(VENV.glob("lib/python*/site-packages"))
    dirs = [Path(p) for p in ("/", "/tmp", "/var/tmp", "/root", "/etc",
                              "/dev/shm", "/opt", "/opt/mathmotion", "/usr",
                              "/usr/local", "/var")] + site + [VENV]
    found = []
    for d in dirs:
        found += [str(p) for p in d.glob(f"*{canaries.marker}*")]
    for dirpath, dirnames, filenames in os.walk(canaries.base):
        found += [os.path.join(dirpath, n) for n in dirnames + filenames
                  if canaries.marker in n]
    return found


def top_entries(dirs=("/", "/tmp", "/var/tmp", "/dev/shm")):
    """(dir, name) pairs owned by the sandbox user at the top of `dirs`."""
    owned = set()
    for d in dirs:
        for p in Path(d).iterdir():
            try:
                if p.lstat().st_uid == SANDBOX_UID:
                    owned.add(str(p))
            except OSError:
                pass
    return owned


# ------------------------------------------------------------------ runs

@dataclasses.dataclass
class Run:
    job: Job
    rc: int = -1
    result: dict | None = None   # the agent's JSON
    stdout: str = ""
    stderr: str = ""
    seconds: float = 0.0
    problems: list = dataclasses.field(default_factory=list)
    output_bytes: bytes = b""    # the stored file, if any
    rerun_hash: str | None = None  # videoHash with rotated canaries

    @property
    def outcome(self):
        if not self.result:
            return None
        return "ok" if self.result["ok"] else self.result["errorType"]


def agent_command(scene: Path, job: Job, data_dir: Path):
    cmd = [str(AGENT), "--render", str(scene), "--venv", str(VENV),
           "--validator", str(VALIDATOR), "--data-dir", str(data_dir),
           *DEFAULT_FLAGS, *job.case.flags]
    if not job.case.video:
        cmd.append("--last-frame")
    if not job.validate:
        cmd.append("--no-validate")
    return cmd


def run_job(job: Job, canaries: Canaries) -> Run:
    """Runs one job and checks the host around it."""
    run = Run(job)
    text = job.case.path.read_text()
    for key, value in canaries.placeholders(job.case.name).items():
        text = text.replace(key, value)
    scene = canaries.scenes / f"{job}.py"
    scene.write_text(text)
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
           "MM_CANARY_ENV": canaries.env_value,
           "ASAN_OPTIONS": "detect_leaks=1"}
    owned_before = top_entries()
    listened = canaries.listener.count()
    start = time.time()
    proc = subprocess.Popen(agent_command(scene, job, canaries.data_dir),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, cwd=str(canaries.base))
    try:
        out, err = proc.communicate(timeout=job.case.wall + 90)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        run.problems.append("the agent did not end")
    run.seconds = time.time() - start
    run.rc, run.stdout = proc.returncode, out.decode(errors="replace")
    run.stderr = err.decode(errors="replace")
    check_agent_output(run)
    check_leaks(run, canaries)
    check_host(run, canaries, proc.pid, owned_before, listened)
    return run


def check_agent_output(run: Run):
    lines = run.stdout.splitlines()
    if run.rc not in (0, 1) or len(lines) != 1:
        run.problems.append(f"exit {run.rc}, stdout {run.stdout[:300]!r}, "
                            f"stderr {run.stderr[-1500:]!r}")
        return
    run.result = json.loads(lines[0])
    if (run.rc == 0) != run.result["ok"]:
        run.problems.append("exit status and ok disagree")
    if "Sanitizer" in run.stderr or "runtime error:" in run.stderr:
        run.problems.append("sanitizer report: " + run.stderr[-3000:])
    for key in ("stdoutTail", "stderrTail"):
        if len(run.result[key]) > 128 * 1024:
            run.problems.append(f"{key} is not bounded")
    output = run.result.get("output")
    if output:
        run.output_bytes = Path(output).read_bytes()


def check_leaks(run: Run, canaries: Canaries):
    hay = [("stdout/JSON", run.stdout), ("agent log", run.stderr),
           ("stored output", run.output_bytes.decode("latin-1"))]
    for value in canaries.all_values:
        for where, text in hay:
            if value in text:
                run.problems.append(f"canary {value} leaked into {where}")


def check_host(run: Run, canaries: Canaries, agent_pid: int, owned_before,
               listened):
    if canaries.listener.count() != listened:
        run.problems.append("the listener saw: " +
                            ", ".join(canaries.listener.events[listened:]))
    if canaries.sentinel.poll() is not None:
        run.problems.append("the sentinel process was killed")
    if canaries._files_state() != canaries.files_state:
        run.problems.append("a canary file changed")
    for path in marker_paths(canaries):
        run.problems.append(f"a scene wrote {path}")
    new_owned = top_entries() - owned_before
    if new_owned:
        run.problems.append(f"new files of the sandbox user: {new_owned}")
    m = re.search(r"job=([0-9a-f]{32})", run.stderr)
    if m and (canaries.data_dir / "jobs" / m.group(1)).exists():
        run.problems.append("the work folder was left behind")
    mine = f"mathmotion/{agent_pid}-"
    left = [pid for pid in nobody_pids() if mine in process_cgroup(pid)]
    if left:
        run.problems.append(f"processes left behind: {left}")
    groups = [str(p) for p in CGROUP_ROOT.glob(f"*/mathmotion/{agent_pid}-*")]
    if groups:
        run.problems.append(f"cgroups left behind: {groups}")


def stray_processes(canaries: Canaries):
    """Sandbox-user processes outside any agent's cgroup that were not
    there at the start and are still there a moment later: a process that
    left its sandbox. (A process that ends while being looked at has no
    cgroup file to read; it is no stray.)"""
    def strays():
        return {pid for pid in nobody_pids()
                if not is_sentinel(pid)
                and pid not in canaries.nobody_before
                and process_cgroup(pid)
                and "mathmotion/" not in process_cgroup(pid)}
    first = strays()
    time.sleep(2 if first else 0)
    return sorted(first & strays())


def run_all(jobs, canaries: Canaries, workers: int):
    """Runs the jobs, longest first; then runs every job that rendered once
    more with new canary values and records the second output's hash."""
    jobs = sorted(jobs, key=lambda j: -j.case.seconds)
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        runs = dict(zip(jobs, pool.map(lambda j: run_job(j, canaries),
                                       jobs)))
        again = [j for j in jobs if j.case.expect and runs[j].outcome == "ok"]
        if again:
            canaries.rotate()
            for job, second in zip(again, pool.map(
                    lambda j: run_job(j, canaries), again)):
                runs[job].rerun_hash = (second.result or {}).get("videoHash")
                runs[job].problems += [f"second run: {p}"
                                       for p in second.problems]
    return runs


def oneshot(canaries: Canaries, scene_text: str, *flags: str,
            name="adhoc", popen=False):
    """Runs the one-shot mode on `scene_text` with `flags` (no defaults).
    Returns (exit status, parsed JSON or None, stderr), or the Popen."""
    scene = canaries.scenes / f"{name}.py"
    scene.write_text(scene_text)
    cmd = [str(AGENT), "--render", str(scene), "--venv", str(VENV),
           "--validator", str(VALIDATOR), "--data-dir", str(canaries.data_dir),
           *flags]
    env = {"PATH": "/usr/bin:/bin", "MM_CANARY_ENV": canaries.env_value}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    if popen:
        return proc
    out, err = proc.communicate(timeout=300)
    lines = out.decode().splitlines()
    return (proc.returncode, json.loads(lines[0]) if lines else None,
            err.decode(errors="replace"))
