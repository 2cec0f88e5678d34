"""The gallery and the style presets through the real httpd and agent:
GET /api/styles, GET /api/gallery with its per-style state, the posters
the agent renders while idle (GET /api/gallery/{id}/poster), a gallery
example submitted by galleryId (rendered once, then answered from the
render cache), a retry of it, and the errors.

A two-example gallery written here keeps the renders short; the real
gallery's 22 examples are rendered in every style by tests/gallery.
"""

import json
import os
import shutil
import tempfile
import time

import pytest

from mathmotion_system import System

STYLES = ["3Blue1Brown", "Classic", "Minimalist", "Dark"]

DOT = """from manim import *


class BlueDot(Scene):
    def construct(self):
        dot = Dot(color=BLUE).scale(3)
        label = Text("a dot").next_to(dot, DOWN)
        self.play(FadeIn(dot), run_time=0.5)
        self.add(label)
        self.wait(0.2)
"""

SQUARE = """from manim import *


class YellowSquare(Scene):
    def construct(self):
        square = Square(color=YELLOW)
        self.play(Create(square), run_time=0.5)
        self.wait(0.2)
"""


def write_gallery(folder, examples=None):
    os.makedirs(folder, exist_ok=True)
    os.chmod(folder, 0o755)
    with open(os.path.join(folder, "dot.py"), "w") as f:
        f.write(DOT)
    with open(os.path.join(folder, "square.py"), "w") as f:
        f.write(SQUARE)
    doc = {
        "categories": [{"id": "geometry", "name": "Geometry"},
                       {"id": "shapes", "name": "Shapes"}],
        "examples": examples if examples is not None else [
            {"id": "blue-dot", "title": "A blue dot", "category": "shapes",
             "prompt": "Show a big blue dot",
             "description": "One dot, drawn large.",
             "explanation": "A dot is a filled circle; here it is large.",
             "file": "dot.py", "scene": "BlueDot"},
            {"id": "yellow-square", "title": "A yellow square",
             "category": "geometry", "prompt": "Draw a yellow square",
             "description": "A square traced edge by edge.",
             "explanation": "Four equal sides and four right angles.",
             "file": "square.py", "scene": "YellowSquare"},
        ]}
    with open(os.path.join(folder, "gallery.json"), "w") as f:
        json.dump(doc, f)
    return folder


@pytest.fixture(scope="module")
def system():
    folder = write_gallery(tempfile.mkdtemp(prefix="mm-gallery-", dir="/tmp"))
    os.chmod(folder, 0o755)
    with System(gallery=folder) as s:
        yield s
    shutil.rmtree(folder, ignore_errors=True)


def gallery(system):
    status, _, body = system.json("GET", "/api/gallery")
    assert status == 200, body
    return body


def wait_posters(system, timeout=180):
    deadline = time.time() + timeout
    while time.time() < deadline:
        body = gallery(system)
        urls = [ex["styles"][s]["posterUrl"] for ex in body["examples"]
                for s in STYLES]
        if all(urls):
            return body
        time.sleep(1)
    raise AssertionError("posters not rendered: %s\n%s" %
                         (json.dumps(body), system.read_log("agent.log")))


def test_styles_lists_four_distinct_presets(system):
    status, _, body = system.json("GET", "/api/styles")
    assert status == 200
    assert body["default"] == "3Blue1Brown"
    names = [s["name"] for s in body["styles"]]
    assert names == STYLES
    for key in ("background", "font", "strokeScale"):
        assert len({str(s[key]) for s in body["styles"]}) == 4, key
    for s in body["styles"]:
        assert s["description"] and len(s["colors"]) == 10
        assert all(c.startswith("#") and len(c) == 7 for c in s["colors"])


def test_gallery_lists_examples_with_state_per_style(system):
    body = gallery(system)
    assert body["version"] and body["quality"] == "medium"
    assert [c["id"] for c in body["categories"]] == ["geometry", "shapes"]
    ids = [ex["id"] for ex in body["examples"]]
    assert ids == ["blue-dot", "yellow-square"]
    ex = body["examples"][0]
    assert ex["title"] == "A blue dot" and ex["prompt"] == \
        "Show a big blue dot" and ex["description"]
    assert "code" not in ex  # the list stays small; the job has the code
    assert set(ex["styles"]) == set(STYLES)
    for state in ex["styles"].values():
        assert set(state) == {"cached", "jobId", "posterUrl"}


def test_agent_renders_every_poster_while_idle(system):
    body = wait_posters(system)
    seen = {}
    for ex in body["examples"]:
        for style in STYLES:
            url = ex["styles"][style]["posterUrl"]
            assert url.startswith(f"/api/gallery/{ex['id']}/poster?style=")
            status, headers, png = system.request("GET", url)
            assert status == 200
            assert headers["Content-Type"] == "image/png"
            assert png.startswith(b"\x89PNG\r\n\x1a\n")
            seen[(ex["id"], style)] = png
            etag = headers["ETag"]
            status, _, _ = system.request("GET", url,
                                          headers={"If-None-Match": etag})
            assert status == 304
    # The theme makes every style's poster look different.
    for ex_id in ("blue-dot", "yellow-square"):
        assert len({seen[(ex_id, s)] for s in STYLES}) == 4


def test_gallery_example_renders_once_then_from_cache(system):
    status, _, body = system.json(
        "POST", "/api/jobs/submit",
        {"galleryId": "yellow-square", "stylePreset": "Classic",
         "quality": "medium"})
    assert status == 202, body
    job = body["job"]
    assert job["prompt"] == "Draw a yellow square"
    assert job["codeSource"] == "gallery"
    assert job["galleryId"] == "yellow-square"
    first = system.wait_job(job["id"])
    assert first["status"] == "done", first
    assert first["output"]["explanation"] == \
        "Four equal sides and four right angles."
    assert "class YellowSquare(Scene)" in first["output"]["code"]

    ex = gallery(system)["examples"][1]
    assert ex["styles"]["Classic"]["cached"] is True
    assert ex["styles"]["Classic"]["jobId"] == first["id"]
    assert ex["styles"]["Dark"]["cached"] is False

    status, _, body = system.json(
        "POST", "/api/jobs/submit",
        {"galleryId": "yellow-square", "stylePreset": "Classic",
         "quality": "medium"})
    assert status == 200, body
    again = body["job"]
    assert again["status"] == "done" and again["isCacheHit"] is True
    assert again["cachedFromJobId"] == first["id"]
    assert again["id"] != first["id"]
    assert again["galleryId"] == "yellow-square"
    status, headers, video = system.request(
        "GET", f"/api/jobs/{again['id']}/video")
    assert status == 200 and headers["Content-Type"] == "video/mp4"
    assert len(video) > 1000

    # A retry renders the example's code again (it is not regenerated).
    status, _, body = system.json("POST", "/api/jobs/submit",
                                  {"parentJobId": first["id"]})
    assert status == 202, body
    retry = system.wait_job(body["job"]["id"])
    assert retry["status"] == "done" and retry["codeSource"] == "gallery"
    assert retry["output"]["code"] == first["output"]["code"]
    assert retry["output"]["explanation"] == first["output"]["explanation"]
    assert retry["galleryId"] == "yellow-square"


@pytest.mark.parametrize("body, status, code", [
    ({"galleryId": "no-such-example"}, 404, "gallery_example_not_found"),
    ({"galleryId": "blue-dot", "code": "x = 1"}, 400, "conflicting_fields"),
    ({"galleryId": 7}, 400, "invalid_field"),
    ({"galleryId": "blue-dot", "stylePreset": "Neon"}, 400, "invalid_style"),
])
def test_gallery_submit_errors(system, body, status, code):
    got, _, answer = system.json("POST", "/api/jobs/submit", body)
    assert got == status, answer
    assert answer["error"]["code"] == code
    assert answer["error"]["message"]


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/api/gallery/no-such/poster", 404, "gallery_example_not_found"),
    ("GET", "/api/gallery/blue-dot/poster?style=Neon", 400, "invalid_style"),
    ("GET", "/api/gallery/blue-dot/other", 404, "not_found"),
    ("POST", "/api/gallery", 405, "method_not_allowed"),
    ("POST", "/api/styles", 405, "method_not_allowed"),
    ("POST", "/api/gallery/blue-dot/poster", 405, "method_not_allowed"),
])
def test_gallery_route_errors(system, method, path, status, code):
    got, _, body = system.json(method, path, {} if method == "POST" else None)
    assert got == status, body
    assert body["error"]["code"] == code


def test_without_a_gallery_the_list_is_empty():
    with System() as s:
        status, _, body = s.json("GET", "/api/gallery")
        assert status == 200
        assert body["examples"] == [] and body["categories"] == []
        status, _, body = s.json("POST", "/api/jobs/submit",
                                 {"galleryId": "blue-dot"})
        assert status == 404
        assert body["error"]["code"] == "gallery_example_not_found"


@pytest.mark.parametrize("examples, problem", [
    ([{"id": "Bad Id", "title": "t", "category": "shapes", "prompt": "p",
       "description": "d", "explanation": "e", "file": "dot.py",
       "scene": "BlueDot"}], "the id must be"),
    ([{"id": "x", "title": "t", "category": "nope", "prompt": "p",
       "description": "d", "explanation": "e", "file": "dot.py",
       "scene": "BlueDot"}], "unknown category"),
    ([{"id": "x", "title": "t", "category": "shapes", "prompt": "p",
       "description": "d", "explanation": "e", "file": "../dot.py",
       "scene": "BlueDot"}], "the id must be"),
    ([{"id": "x", "title": "t", "category": "shapes"}], "lacks one of"),
])
def test_a_broken_gallery_stops_httpd_with_the_problem_named(examples,
                                                              problem):
    folder = write_gallery(tempfile.mkdtemp(prefix="mm-gallery-", dir="/tmp"),
                           examples)
    try:
        with pytest.raises(RuntimeError) as err:
            with System(gallery=folder, asan=False):
                pass
        assert "MathMotionGallery" in str(err.value)
        assert problem in str(err.value)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_the_real_gallery_loads():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    with System(gallery=os.path.join(root, "gallery"), asan=False) as s:
        status, _, body = s.json("GET", "/api/gallery")
        assert status == 200
        assert len(body["examples"]) == 22
        categories = {c["id"] for c in body["categories"]}
        assert {ex["category"] for ex in body["examples"]} == categories
