"""The prompt suite of the offline generator and the tools to run it.

Shared by coverage.py (the report) and test_prompt_suite.py (pytest):

* load_suite() reads suite.tsv: one prompt per line,
  ``category<TAB>prompt<TAB>must-contain`` (the text the generated code
  must hold, compared byte for byte with the code; "#" starts a comment);
* build_driver() compiles gen_driver.c with the generator's sources into
  build/prompts/gen_driver (under AddressSanitizer and UBSan), again only
  when a source is newer than the binary;
* generate() runs the driver once for many prompts;
* validate() runs the project's validator, in the sandbox's own Python,
  on many scenes in one process;
* render() renders one scene's last frame with Manim (-ql -s).
"""

from __future__ import annotations

import glob
import json
import os
import subprocess
import tempfile
from dataclasses import dataclass

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SUITE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "suite.tsv")
DRIVER_SRC = os.path.join(ROOT, "tests", "prompts", "gen_driver.c")
DRIVER = os.path.join(ROOT, "build", "prompts", "gen_driver")
VALIDATOR = os.path.join(ROOT, "render-agent", "validator", "mm_validate.py")
VENV = os.environ.get("MM_VENV", "/opt/mathmotion/venv")
VENV_PYTHON = os.path.join(VENV, "bin", "python3")
AGENT = os.path.join(ROOT, "build", "render-agent")

# The generator's files: the dispatcher, the parser, and one planner and
# writer per topic (the agent's other files are not needed).
GENERATOR_GLOBS = ("ra_builtin.c", "ra_expr.c", "ra_prompt*.c", "ra_plan_*.c",
                   "ra_scene_*.c", "ra_shape_*.c", "ra_plot_*.c")
COMMON_SOURCES = ("common/mm_buf.c", "common/mm_style.c")


@dataclass
class Case:
    """One line of the suite."""
    category: str
    prompt: str
    must: str
    line: int


def load_suite(path: str = SUITE) -> list[Case]:
    """Returns the cases of the suite file, in order."""
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise ValueError(f"{path}:{n}: expected 3 tab-separated "
                                 f"fields, got {len(parts)}")
            cases.append(Case(parts[0], parts[1], parts[2], n))
    return cases


def _sources() -> list[str]:
    files = [os.path.join(ROOT, c) for c in COMMON_SOURCES]
    for pattern in GENERATOR_GLOBS:
        files += sorted(glob.glob(os.path.join(ROOT, "render-agent",
                                               pattern)))
    return files


def build_driver(cc: str = "cc") -> str:
    """Compiles the driver when needed; returns its path. Raises
    subprocess.CalledProcessError with the compiler's output on failure."""
    sources = _sources()
    headers = glob.glob(os.path.join(ROOT, "render-agent", "*.h")) + \
        glob.glob(os.path.join(ROOT, "common", "*.h"))
    newest = max(os.path.getmtime(p) for p in sources + headers +
                 [DRIVER_SRC])
    if os.path.exists(DRIVER) and os.path.getmtime(DRIVER) >= newest:
        return DRIVER
    os.makedirs(os.path.dirname(DRIVER), exist_ok=True)
    cmd = [cc, "-std=c11", "-D_GNU_SOURCE", "-Wall", "-Wextra", "-Werror",
           "-g", "-O1", "-fsanitize=address,undefined",
           "-fno-omit-frame-pointer", "-I" + os.path.join(ROOT, "common"),
           "-I" + os.path.join(ROOT, "render-agent"), DRIVER_SRC, *sources,
           "-ljansson", "-lm", "-o", DRIVER + ".tmp"]
    subprocess.run(cmd, check=True, capture_output=True, text=True)
    os.replace(DRIVER + ".tmp", DRIVER)
    return DRIVER


def generate(prompts: list[str]) -> list[dict]:
    """Runs the generator on every prompt; returns one answer per prompt:
    {"status", "code", "explanation", "animations", "message"}. Raises
    RuntimeError if the driver fails (a sanitizer report, for one)."""
    driver = build_driver()
    stdin = "".join(json.dumps(p) + "\n" for p in prompts)
    proc = subprocess.run([driver, "--batch"], input=stdin,
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise RuntimeError(f"gen_driver exited {proc.returncode}:\n"
                           f"{proc.stderr[-4000:]}")
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    if len(answers) != len(prompts):
        raise RuntimeError("gen_driver gave %d answers for %d prompts" %
                           (len(answers), len(prompts)))
    return answers


# Runs in the sandbox's Python: validates every file named on the command
# line with the project's validator and prints one JSON verdict per line.
_VALIDATE_MANY = """
import importlib.util, json, sys
spec = importlib.util.spec_from_file_location("mm_validate", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
for name in sys.argv[2:]:
    with open(name, "rb") as f:
        print(json.dumps(mod.validate(f.read())), flush=True)
"""


def validate(codes: list[str]) -> list[dict]:
    """Returns the validator's verdict for each scene source."""
    python = VENV_PYTHON if os.path.exists(VENV_PYTHON) else "python3"
    with tempfile.TemporaryDirectory() as tmp:
        names = []
        for i, code in enumerate(codes):
            names.append(os.path.join(tmp, f"scene_{i}.py"))
            with open(names[-1], "w", encoding="utf-8") as f:
                f.write(code)
        proc = subprocess.run([python, "-I", "-c", _VALIDATE_MANY, VALIDATOR,
                               *names], capture_output=True, text=True,
                              timeout=300, check=True)
    return [json.loads(line) for line in proc.stdout.splitlines()]


def have_manim() -> bool:
    """Whether the Manim venv is there to render with."""
    return os.path.exists(VENV_PYTHON)


def render(code: str, workdir: str, style: str = "3Blue1Brown",
           timeout: int = 180) -> tuple[bool, str]:
    """Renders the last frame of a scene at low quality in `style`, the
    way a job is rendered (the agent's one-shot mode: validator, theme,
    sandbox), with workdir as its data folder. Returns (ok, the PNG's path
    or the end of the log)."""
    os.makedirs(workdir, exist_ok=True)
    os.chmod(workdir, 0o755)
    scene = os.path.join(workdir, "scene.py")
    with open(scene, "w", encoding="utf-8") as f:
        f.write(code)
    data = os.path.join(workdir, "data")
    os.makedirs(data, exist_ok=True)
    os.chmod(data, 0o755)
    cmd = [AGENT, "--render", scene, "--venv", VENV, "--validator",
           VALIDATOR, "--data-dir", data, "--style", style, "--quality",
           "low", "--last-frame"]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return False, "timed out"
    try:
        result = json.loads(proc.stdout)
    except ValueError:
        return False, (proc.stdout + proc.stderr)[-3000:]
    if not result.get("ok"):
        return False, "%s: %s\n%s" % (result.get("errorType"),
                                      result.get("message"),
                                      (result.get("stderrTail") or "")[-2000:])
    return True, result["output"]
