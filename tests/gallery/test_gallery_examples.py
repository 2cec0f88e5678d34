"""The gallery (gallery/): gallery.json is well-formed and agrees with the
scene files, every example follows the gallery's code rules and passes the
validator, and every example renders its last frame in every style preset
through the agent's one-shot mode (sandbox and theme included), with
frames that differ between styles. One example is also rendered as a
video and checked with ffprobe.

The renders run as root (cgroups, like the security suite), two at a
time: every (example, style) render is submitted to one pool when the
first render test asks for it, and each test waits for its own."""

from __future__ import annotations

import ast
import concurrent.futures
import dataclasses
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
GALLERY = ROOT / "gallery"
AGENT = ROOT / "build" / "render-agent"
VENV = Path(os.environ.get("MM_VENV", "/opt/mathmotion/venv"))
VALIDATOR = ROOT / "render-agent" / "validator" / "mm_validate.py"
STYLES = ["3Blue1Brown", "Classic", "Minimalist", "Dark"]
WORKERS = int(os.environ.get("MM_GALLERY_WORKERS", "2"))
VIDEO_EXAMPLE = "linear-equation"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
SCENE_BASES = {"Scene", "ThreeDScene", "SpecialThreeDScene",
               "MovingCameraScene", "ZoomedScene", "VectorScene",
               "LinearTransformationScene"}

DOC = json.loads((GALLERY / "gallery.json").read_text(encoding="utf-8"))
EXAMPLES = DOC["examples"]
IDS = [e["id"] for e in EXAMPLES]
BY_ID = {e["id"]: e for e in EXAMPLES}


# ------------------------------------------------------- gallery.json

def test_top_level_shape():
    assert set(DOC) == {"categories", "examples"}
    for c in DOC["categories"]:
        assert set(c) == {"id", "name"}
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", c["id"]), c
        assert c["name"].strip()
    keys = {"id", "title", "category", "prompt", "description",
            "explanation", "file", "scene"}
    for e in EXAMPLES:
        assert set(e) == keys, e.get("id")
        assert all(isinstance(e[k], str) for k in keys), e["id"]


def test_twenty_two_examples_with_unique_ids():
    assert len(EXAMPLES) == 22
    assert len(set(IDS)) == len(IDS)
    assert len({e["scene"] for e in EXAMPLES}) == len(EXAMPLES)
    assert len({e["title"] for e in EXAMPLES}) == len(EXAMPLES)


def test_categories_defined_and_used():
    defined = [c["id"] for c in DOC["categories"]]
    assert len(set(defined)) == len(defined)
    used = {e["category"] for e in EXAMPLES}
    assert used == set(defined), (f"undefined: {used - set(defined)}, "
                                  f"unused: {set(defined) - used}")


def test_files_match_ids_and_exist():
    on_disk = {p.name for p in GALLERY.glob("*.py")}
    assert on_disk == {e["file"] for e in EXAMPLES}
    for e in EXAMPLES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]), e["id"]
        assert e["file"] == e["id"] + ".py"
        assert (GALLERY / e["file"]).is_file()
        assert re.fullmatch(r"[A-Z][A-Za-z0-9]*", e["scene"]), e["scene"]


LENGTHS = {"title": (8, 60), "prompt": (15, 200), "description": (40, 260),
           "explanation": (150, 900)}


@pytest.mark.parametrize("example_id", IDS)
def test_texts(example_id):
    e = BY_ID[example_id]
    for key, (low, high) in LENGTHS.items():
        text = e[key]
        assert text == text.strip() and low <= len(text) <= high, (
            f"{key} has {len(text)} characters, want {low}..{high}")
        assert not re.search(r"<[A-Za-z/!]|&[a-z]+;", text), f"HTML in {key}"
        assert "\n" not in text and "\t" not in text, key
    # Sentence ends: a full stop before a capital letter, and the last one.
    sentences = len(re.findall(r"[.!?]\s+[A-Z]", e["explanation"])) + 1
    assert 2 <= sentences <= 4, f"explanation has {sentences} sentences"


# ---------------------------------------------------------- the code

def scene_classes(tree):
    """Module-level classes that subclass a Scene class directly or through
    the file's own classes."""
    scenes, classes = [], {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            classes[node.name] = node
    def is_scene(node, seen=()):
        for base in node.bases:
            name = base.id if isinstance(base, ast.Name) else None
            if name in SCENE_BASES:
                return True
            if name in classes and name not in seen:
                if is_scene(classes[name], seen + (name,)):
                    return True
        return False
    for name, node in classes.items():
        if is_scene(node):
            scenes.append(name)
    return scenes


@pytest.mark.parametrize("example_id", IDS)
def test_code_rules(example_id):
    e = BY_ID[example_id]
    code = (GALLERY / e["file"]).read_text(encoding="utf-8")
    tree = ast.parse(code)
    assert scene_classes(tree) == [e["scene"]]
    assert code.startswith("# "), "a comment at the top says what it shows"
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if re.search(r"#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3})?\b", node.value):
                problems.append(f"hex colour {node.value!r}")
        if isinstance(node, ast.keyword) and node.arg == "font":
            problems.append("font= (the style chooses the font)")
        if isinstance(node, ast.keyword) and node.arg in (
                "background_color", "color") and isinstance(
                    node.value, (ast.Tuple, ast.List)) and all(
                        isinstance(x, ast.Constant) for x in node.value.elts):
            problems.append(f"{node.arg}= as a tuple of numbers")
        if isinstance(node, ast.Attribute) and node.attr in (
                "background_color", "background_opacity"):
            problems.append(f".{node.attr} (the style sets the background)")
        if isinstance(node, ast.Name) and node.id in (
                "rgb_to_color", "ManimColor", "rgba_to_color", "hex_to_rgb",
                "BLACK", "PURE_RED", "PURE_GREEN", "PURE_BLUE"):
            problems.append(f"{node.id} (use the named colours the theme "
                            f"remaps)")
        if isinstance(node, ast.Constant) and node.value == "background_color":
            problems.append("background_color")
    assert not problems, problems


def run_validator(path: Path) -> dict:
    """The validator as ra_validate runs it (the venv's Python, -I, the
    scene on stdin), without the sandbox."""
    proc = subprocess.run(
        [str(VENV / "bin" / "python3"), "-I", str(VALIDATOR)],
        input=path.read_bytes(), capture_output=True, timeout=60,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    return json.loads(proc.stdout)


@pytest.mark.parametrize("example_id", IDS)
def test_passes_the_validator(example_id):
    if not (VENV / "bin" / "python3").exists():
        pytest.skip(f"needs the Manim venv {VENV}")
    e = BY_ID[example_id]
    verdict = run_validator(GALLERY / e["file"])
    assert verdict["findings"] == [], verdict["findings"]
    assert verdict["ok"] and verdict["sceneClass"] == e["scene"]
    assert verdict["animationCount"] >= 3


# ----------------------------------------------------------- renders

@dataclasses.dataclass(frozen=True)
class Job:
    example: str
    style: str
    video: bool = False


@dataclasses.dataclass
class Render:
    job: Job
    rc: int
    result: dict | None
    stderr: str
    seconds: float
    output_bytes: bytes = b""


def agent_command(job: Job, data_dir: Path):
    cmd = [str(AGENT), "--render", str(GALLERY / BY_ID[job.example]["file"]),
           "--venv", str(VENV), "--validator", str(VALIDATOR),
           "--data-dir", str(data_dir), "--style", job.style,
           "--quality", "low", "--wall-seconds", "90"]
    if not job.video:
        cmd.append("--last-frame")
    return cmd


def render(job: Job, data_dir: Path) -> Render:
    start = time.time()
    proc = subprocess.run(agent_command(job, data_dir), capture_output=True,
                          timeout=240, cwd=str(data_dir.parent),
                          env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    lines = proc.stdout.decode(errors="replace").splitlines()
    result = json.loads(lines[0]) if len(lines) == 1 else None
    run = Render(job, proc.returncode, result,
                 proc.stderr.decode(errors="replace"), time.time() - start)
    if result and result.get("output"):
        run.output_bytes = Path(result["output"]).read_bytes()
    return run


class Renders:
    """All renders of the session in one pool of WORKERS threads."""

    def __init__(self, jobs):
        self.base = Path(tempfile.mkdtemp(prefix="mm-gallery-", dir="/tmp"))
        os.chmod(self.base, 0o755)  # the sandbox user passes to job folders
        self.data_dir = self.base / "data"
        self.data_dir.mkdir()
        self.pool = concurrent.futures.ThreadPoolExecutor(WORKERS)
        self.futures = {}
        self.start = time.time()
        # The video first: it is the longest single run.
        for job in sorted(jobs, key=lambda j: not j.video):
            self.futures[job] = self.pool.submit(render, job, self.data_dir)

    def get(self, job: Job) -> Render:
        if job not in self.futures:  # not selected up front
            self.futures[job] = self.pool.submit(render, job, self.data_dir)
        return self.futures[job].result()

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(self.base, ignore_errors=True)


FRAME_JOBS = [Job(i, s) for i in IDS for s in STYLES]
VIDEO_JOB = Job(VIDEO_EXAMPLE, "3Blue1Brown", video=True)


@pytest.fixture(scope="session")
def renders(request):
    if os.geteuid() != 0:
        pytest.skip("renders run as root (cgroups), like the security suite")
    if not AGENT.exists() or not VENV.exists():
        pytest.skip(f"needs {AGENT} (make build) and the Manim venv {VENV}")
    jobs = set()
    for item in request.session.items:
        params = getattr(item, "callspec", None)
        params = params.params if params else {}
        if "gallery_job" in params:
            jobs.add(params["gallery_job"])
        if "example_id" in params and item.originalname == \
                "test_styles_change_the_frame":
            jobs |= {Job(params["example_id"], "Classic"),
                     Job(params["example_id"], "Dark")}
        if item.name == "test_full_video_render":
            jobs.add(VIDEO_JOB)
    r = Renders(jobs)
    yield r
    r.close()
    # For the summary in conftest.py.
    request.config.mm_gallery_renders = (
        time.time() - r.start,
        sorted((f.result() for f in r.futures.values() if f.done()
                and not f.exception()), key=lambda x: -x.seconds))


def check_render(run: Render):
    assert run.result is not None, (f"exit {run.rc}, no JSON; stderr: "
                                    f"{run.stderr[-2000:]}")
    result = run.result
    assert result["findings"] == [], result["findings"]
    assert result["ok"] and run.rc == 0, (
        f"{result['errorType']}: {result['message']}\n"
        f"{result['stderrTail'][-3000:]}")
    assert result["sceneClass"] == BY_ID[run.job.example]["scene"]


@pytest.mark.parametrize("gallery_job", FRAME_JOBS,
                         ids=lambda j: f"{j.example}-{j.style}")
def test_last_frame_renders(gallery_job, renders):
    run = renders.get(gallery_job)
    check_render(run)
    assert run.result["output"].endswith(run.result["videoHash"] + ".png")
    assert run.output_bytes.startswith(PNG_MAGIC)
    assert len(run.output_bytes) > 2000


@pytest.mark.parametrize("example_id", IDS)
def test_styles_change_the_frame(example_id, renders):
    classic = renders.get(Job(example_id, "Classic"))
    dark = renders.get(Job(example_id, "Dark"))
    check_render(classic)
    check_render(dark)
    assert classic.result["videoHash"] != dark.result["videoHash"]
    assert classic.output_bytes != dark.output_bytes


def test_full_video_render(renders):
    if not shutil.which("ffprobe"):
        pytest.skip("needs ffprobe")
    run = renders.get(VIDEO_JOB)
    check_render(run)
    output = run.result["output"]
    assert output.endswith(run.result["videoHash"] + ".mp4")
    assert run.output_bytes[4:8] == b"ftyp"
    probe = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration",
         "-of", "default=noprint_wrappers=1:nokey=1", output],
        capture_output=True, text=True, timeout=60)
    assert probe.returncode == 0, probe.stderr
    duration = float(probe.stdout.strip())
    assert 0 < duration < 20, duration

