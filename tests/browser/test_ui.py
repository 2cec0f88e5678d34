"""The web UI in a real browser against the real system: submitting a
prompt, the gallery, a failed job and its auto-fix, the rate limit,
hostile text, and deep links. Screenshots go to test-output/screenshots/."""

import json
import os
import shutil
import tempfile
import time

import pytest

from browser_harness import SUITE_CONF, System, run_scenario

# Refused by the safety check on two lines (tests/integration/test_job_api.py
# makes jobs fail the same way); the builtin provider's auto-fix writes the
# scene anew from the prompt.
REFUSED = """from manim import *
import os


class Broken(Scene):
    def construct(self):
        os.system("true")
        self.add(Circle())
"""
REFUSED_FINDINGS = [[2, "import"], [7, "module-access"]]

HOSTILE_PROMPT = ('<img src=x onerror=alert(1)></script><script>alert(2)'
                  '</script> & "quotes"')
HOSTILE_CODE = '''from manim import *
# <img src=x onerror=alert(1)> </pre></code><script>alert(2)</script>


class Hostile(Scene):
    def construct(self):
        label = Text("</script><script>alert(3)</script>", font_size=20)
        self.add(label)
        self.wait(0.2)
'''


def submit(system, **fields):
    fields.setdefault("quality", "low")
    status, _, body = system.json("POST", "/api/jobs/submit", fields)
    assert status in (200, 202), body
    return body["job"]


def test_a_prompt_from_the_home_page_plays_with_its_code(system):
    run_scenario("submit", system)


# A small gallery of our own keeps the poster renders short (the real one
# has 22 examples in four styles): two categories, one scene per example.
GALLERY_SCENE = """from manim import *


class {name}(Scene):
    def construct(self):
        shape = {shape}(color={color})
        self.play(Create(shape), run_time=0.5)
        self.wait(0.2)
"""
GALLERY = [
    ("blue-circle", "A blue circle", "shapes", "Circle", "BLUE"),
    ("red-square", "A red square", "shapes", "Square", "RED"),
    ("green-triangle", "A green triangle", "geometry", "Triangle", "GREEN"),
]


def write_gallery(folder):
    examples = []
    for ident, title, category, shape, color in GALLERY:
        name = shape + "Scene"
        with open(os.path.join(folder, f"{ident}.py"), "w") as f:
            f.write(GALLERY_SCENE.format(name=name, shape=shape, color=color))
        examples.append({
            "id": ident, "title": title, "category": category,
            "prompt": f"Draw {title.lower()}",
            "description": f"{title}, drawn edge by edge.",
            "explanation": f"{title} is drawn with Create.",
            "file": f"{ident}.py", "scene": name})
    with open(os.path.join(folder, "gallery.json"), "w") as f:
        json.dump({"categories": [{"id": "shapes", "name": "Shapes"},
                                  {"id": "geometry", "name": "Geometry"}],
                   "examples": examples}, f)


def wait_default_posters(system, timeout=90):
    """Waits (bounded) for the posters of the default style, so that the
    screenshots show them; the scenario checks whatever state it finds."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        _, _, body = system.json("GET", "/api/gallery")
        if all(e["styles"]["3Blue1Brown"]["posterUrl"]
               for e in body["examples"]):
            return
        time.sleep(1)


def test_a_gallery_example_opens_its_result():
    folder = tempfile.mkdtemp(prefix="mm-ui-gallery-", dir="/tmp")
    os.chmod(folder, 0o755)
    write_gallery(folder)
    try:
        with System(gallery=folder, extra_conf=SUITE_CONF) as system:
            status, _, _ = system.request("GET", "/api/gallery")
            if status == 404:
                pytest.skip("GET /api/gallery answers 404 on this build")
            wait_default_posters(system)
            run_scenario("gallery", system)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_refused_job_shows_its_findings_and_auto_fixes(system):
    job = submit(system, prompt="Draw a blue circle", code=REFUSED)
    failed = system.wait_job(job["id"])
    assert failed["error"]["type"] == "validation", failed
    run_scenario("failure", system, jobId=job["id"],
                 findings=REFUSED_FINDINGS)


def test_edits_render_and_the_limits_disable_their_buttons(system):
    done = system.wait_job(submit(system, prompt="Draw a blue circle",
                                  stylePreset="Classic")["id"])
    first = system.wait_job(submit(system, prompt="Draw a blue circle",
                                   code=REFUSED)["id"])
    last = first
    for _ in range(2):  # attempts 2 and 3 of the chain
        last = system.wait_job(submit(system, parentJobId=last["id"])["id"])
    assert last["attemptNumber"] == 3 and not last["actions"]["canRetry"]
    for _ in range(2):
        system.wait_job(submit(system, autoFixJobId=first["id"])["id"])
    run_scenario("edit-and-limits", system, doneJobId=done["id"],
                 lastAttemptId=last["id"], fixedTwiceId=first["id"])


def test_the_quota_and_the_refusal_are_shown():
    with System(extra_conf="MathMotionRateLimit 2 300") as limited:
        run_scenario("rate-limit", limited)


def test_markup_in_prompts_and_code_stays_text(system):
    job = submit(system, code=HOSTILE_CODE)
    system.wait_job(job["id"])
    run_scenario("hostile", system, prompt=HOSTILE_PROMPT,
                 codeJobId=job["id"], code=HOSTILE_CODE)


def test_views_load_and_reload_from_their_own_address(system):
    job = system.wait_job(submit(system, prompt="Draw a red square")["id"])
    run_scenario("deep-link", system, jobId=job["id"], prompt=job["prompt"])
