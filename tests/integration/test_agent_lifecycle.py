"""The agent never loses a job and never leaves one running: jobs of a dead
worker are taken up again, a job timed out by a poll has its sandbox
killed, and several jobs render side by side."""

import os
import sqlite3
import subprocess
import time

from mathmotion_system import System


def sandboxes_running(job_id):
    """The bwrap processes rendering `job_id` (its work folder is bound
    into the sandbox, so its id is on bwrap's command line). Other tests
    may run sandboxes of their own at the same time."""
    out = subprocess.run(["pgrep", "-f", f"bwrap --unshare-all.*{job_id}"],
                         capture_output=True, text=True)
    return [p for p in out.stdout.split() if p]


def insert_orphan(db_path, job_id):
    """A job that a worker which no longer exists was rendering."""
    now = int(time.time() * 1000)
    con = sqlite3.connect(db_path, timeout=10)
    con.execute(
        "INSERT INTO jobs (id, status, prompt, style_preset, quality, "
        "created_at, updated_at, queued_at, code_started_at, "
        "render_started_at, lease_owner, lease_expires) VALUES "
        "(?, 'rendering', 'Draw a green hexagon', 'Classic', 'low', ?, ?, ?, "
        "?, ?, 'gone-agent/0', ?)",
        (job_id, now, now, now, now, now, now - 1000))
    con.commit()
    con.close()


def test_job_of_a_dead_worker_is_rendered_again():
    with System() as system:
        job_id = "d" * 32
        insert_orphan(os.path.join(system.data_dir, "jobs.db"), job_id)
        done = system.wait_job(job_id, timeout=60)
        assert done["status"] == "done", done["error"]
        assert "RegularPolygon" in done["output"]["code"] or \
            "Polygon" in done["output"]["code"]


def test_poll_timeout_kills_the_sandbox():
    conf = "MathMotionRenderingTimeout 1"
    with System(extra_conf=conf) as system:
        job = system.submit("Plot y = x^3 - 3x from -2 to 2", quality="high")
        done = system.wait_job(job["id"], timeout=60)
        assert done["status"] == "failed"
        assert done["error"]["type"] == "timeout"
        assert "longer than" in done["error"]["message"]
        # The agent hears "cancel", kills the render, and says so.
        deadline = time.time() + 10
        while time.time() < deadline and \
                "cancelled" not in system.read_log("agent.log"):
            time.sleep(0.2)
        assert "cancelled" in system.read_log("agent.log")
        assert sandboxes_running(job["id"]) == []
        # The agent goes on serving: a later job reaches an end too (done,
        # or failed by the same one-second limit if its render is slower).
        later = system.submit("Draw a blue circle", quality="low")
        assert system.wait_job(later["id"])["status"] in ("done", "failed")
    assert sandboxes_running(job["id"]) == []


def test_jobs_render_side_by_side():
    with System(agent_args="--workers 2") as system:
        jobs = [system.submit(p, quality="low") for p in
                ("Draw a red square and rotate it",
                 "Show the quadratic formula",
                 "Plot y = cos(x)")]
        for job in jobs:
            done = system.wait_job(job["id"])
            assert done["status"] == "done", done["error"]
        videos = {system.wait_job(j["id"])["output"]["videoUrl"]
                  for j in jobs}
        assert len(videos) == 3


def test_stop_mid_render_requeues_and_a_restart_finishes(tmp_path):
    data_dir = str(tmp_path / "data")
    os.chmod(tmp_path, 0o755)
    with System(data_dir=data_dir) as first:
        job = first.submit("Plot y = x^2 and y = 2x from -3 to 3",
                           quality="high")
        deadline = time.time() + 60
        while time.time() < deadline:
            _, _, body = first.json("GET", f"/api/jobs/{job['id']}")
            if body["job"]["status"] == "rendering":
                break
            time.sleep(0.05)
        assert body["job"]["status"] == "rendering"
    # Stopped mid-render: the job is back in the queue, not lost.
    con = sqlite3.connect(os.path.join(data_dir, "jobs.db"))
    status, = con.execute("SELECT status FROM jobs WHERE id = ?",
                          (job["id"],)).fetchone()
    con.close()
    assert status in ("queued", "done")
    assert sandboxes_running(job["id"]) == []
    with System(data_dir=data_dir) as second:
        done = second.wait_job(job["id"])
        assert done["status"] == "done", done["error"]


def test_make_stop_stops_everything():
    with System() as system:
        env = dict(system.env)
        out = subprocess.run(["bash", "scripts/stop.sh"], env=env,
                             cwd=os.path.dirname(os.path.dirname(
                                 os.path.dirname(__file__))) or ".",
                             capture_output=True, text=True, timeout=30)
        assert out.returncode == 0, out.stderr
        system.proc.wait(10)
        assert not system.running()
        assert not os.path.exists(os.path.join(system.data_dir, "agent.sock"))
