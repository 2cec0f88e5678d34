"""MathMotion benchmarks, each with a same-run reference:

- poll throughput: GET /api/jobs/{id} (module + SQLite through mod_dbd)
  against a static file from the same httpd (wrk, 2 threads, 32 conns);
- submit latency: POST /api/jobs/submit, median and p95 over sequential
  requests, against the same static GET;
- render pipeline: a prompt from submit to done through the agent
  (generator, sandboxed validator, bubblewrap, Manim, storage) against
  running the same Manim code directly, unsandboxed;
- memory: resident size of the agent and of an httpd child, idle and
  after the renders.
"""

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests",
                                "integration"))
from mathmotion_system import System  # noqa: E402

VENV = os.environ.get("MM_VENV", "/opt/mathmotion/venv")
PROMPT = "Plot y = sin(x) from -pi to pi"


def wrk(url, seconds=5):
    out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", url],
                         capture_output=True, text=True, check=True).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def timed(fn, n):
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        return int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))


def pids_of(pattern):
    out = subprocess.run(["pgrep", "-f", pattern], capture_output=True,
                         text=True).stdout.split()
    return [int(p) for p in out]


def direct_render(code):
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "scene.py")
        with open(path, "w") as f:
            f.write(code)
        t = time.perf_counter()
        subprocess.run([f"{VENV}/bin/python", "-m", "manim", "--hide-splash",
                        "render", "-ql", "--silent", "--disable_caching",
                        "--media_dir", os.path.join(d, "media"), path,
                        "MathMotionScene"], check=True, capture_output=True,
                       cwd=d)
        return time.perf_counter() - t


def row(name, value, unit, ref=None, ref_value=None):
    line = f"{name:<34} {value:>10.1f} {unit:<8}"
    if ref is not None:
        line += f" vs {ref} {ref_value:.1f} {unit}: ratio {value / ref_value:.2f}"
    print(line, flush=True)


def main():
    conf = "MathMotionRateLimit off"  # the submit latency makes 100 of them
    with System(extra_conf=conf, asan=False) as s:
        agent = pids_of(f"render-agent --data-dir {s.data_dir}")[0]
        children = [p for p in pids_of(f"apache2 -f {s.data_dir}")
                    if os.stat(f"/proc/{p}").st_uid != 0]
        idle_agent, idle_child = rss_kb(agent), rss_kb(children[0])

        job = s.submit(PROMPT, quality="low")
        t = time.perf_counter()
        done = s.wait_job(job["id"])
        pipeline = time.perf_counter() - t
        assert done["status"] == "done", done["error"]
        direct = direct_render(done["output"]["code"])

        static = wrk(s.base + "/style.css")
        poll = wrk(s.base + f"/api/jobs/{job['id']}")
        static_ms = timed(lambda: s.request("GET", "/style.css"), 200)
        submit_ms = timed(lambda: s.submit("bench: not a maths prompt",
                                           quality="low"), 100)

        print(f"MathMotion benchmarks ({os.cpu_count()} cores)")
        row("poll throughput", poll, "req/s", "static file", static)
        row("submit latency, median", submit_ms[0], "ms",
            "static GET", static_ms[0])
        row("submit latency, p95", submit_ms[1], "ms",
            "static GET", static_ms[1])
        row("prompt to video (480p15)", pipeline, "s",
            "direct manim", direct)
        row("agent RSS idle", idle_agent / 1024, "MiB")
        row("agent RSS after renders", rss_kb(agent) / 1024, "MiB")
        row("httpd child RSS idle", idle_child / 1024, "MiB")
        row("httpd child RSS after load", rss_kb(children[0]) / 1024, "MiB")


if __name__ == "__main__":
    main()
