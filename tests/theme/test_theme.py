"""The render-time theme (render-agent/theme/mm_theme.py) through the
agent's one-shot mode: one scene written in Manim's named colours, on the
default background, rendered in each style preset. The frames' pixels
show each preset's background, its ink for white text, its palette for
the named colours, and its stroke weight.
"""

import json
import os
import subprocess
import sys
import tempfile

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "prompts"))
import suite  # noqa: E402

SCENE = """from manim import *


class Probe(Scene):
    def construct(self):
        self.camera.background_color = "#0f1117"
        self.add(Square(side_length=2, color=WHITE, fill_opacity=1)
                 .shift(LEFT * 4))
        self.add(Square(side_length=2, color=BLUE, fill_opacity=1))
        self.add(Line(LEFT * 6, RIGHT * 6, color=YELLOW, stroke_width=16)
                 .shift(DOWN * 3))
        self.add(Square(side_length=2, color="#123456", fill_opacity=1)
                 .shift(RIGHT * 4))
        # A backing in the configured (the preset's) background colour.
        self.add(BackgroundRectangle(Square(side_length=1.5).shift(UP * 2.5),
                                     fill_opacity=1, buff=0))
"""

# Reads the frame with the Manim venv's Pillow: the pixels at the corner
# (background), in the white, blue and custom squares, and the height of
# the yellow line in pixels.
PROBE = """
import json, sys
from PIL import Image
im = Image.open(sys.argv[1]).convert("RGB")
w, h = im.size
def at(x, y):
    return "#%02x%02x%02x" % im.getpixel((int(x * w), int(y * h)))
col = int(w / 2)
line_y = int(h * (0.5 + 3 / 8))
rows = [y for y in range(line_y - 20, line_y + 20)
        if at(0.5, y / h) != at(0.02, 0.02)]
print(json.dumps({"backing": at(0.5, 0.5 - 2.5 / 8), "background": at(0.02, 0.02), "white": at(0.5 - 4 / 14.2, 0.5),
                  "blue": at(0.5, 0.5), "custom": at(0.5 + 4 / 14.2, 0.5),
                  "yellow": at(0.5, line_y / h), "line_px": len(rows)}))
"""

EXPECTED = {
    # background, white ->, BLUE ->, YELLOW ->
    "3Blue1Brown": ("#0f1117", "#ffffff", "#58c4dd", "#f7d96f"),
    "Classic": ("#fdfdf8", "#111111", "#1f4e9c", "#b7950b"),
    "Minimalist": ("#f4f4f4", "#2b2b2b", "#3d5a80", "#e07a5f"),
    "Dark": ("#000000", "#e0e0e0", "#4cc9f0", "#f9f871"),
}


def close(a, b, tol=6):
    pa = [int(a[i:i + 2], 16) for i in (1, 3, 5)]
    pb = [int(b[i:i + 2], 16) for i in (1, 3, 5)]
    return all(abs(x - y) <= tol for x, y in zip(pa, pb))


@pytest.fixture(scope="module")
def frames():
    if not suite.have_manim():
        pytest.skip("no Manim venv")
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o755)
        for style in EXPECTED:
            ok, png = suite.render(SCENE, os.path.join(tmp, style), style)
            assert ok, png
            probe = subprocess.run([suite.VENV_PYTHON, "-c", PROBE, png],
                                   capture_output=True, text=True,
                                   check=True)
            out[style] = json.loads(probe.stdout)
    return out


@pytest.mark.parametrize("style", list(EXPECTED))
def test_style_paints_background_ink_and_palette(frames, style):
    got = frames[style]
    background, ink, blue, yellow = EXPECTED[style]
    assert close(got["background"], background), got
    assert close(got["white"], ink), got
    assert close(got["blue"], blue), got
    assert close(got["yellow"], yellow), got
    assert close(got["backing"], background), got
    # A colour that is not one of Manim's names is left as it is.
    assert close(got["custom"], "#123456"), got


def test_stroke_weight_follows_the_preset(frames):
    px = {s: frames[s]["line_px"] for s in EXPECTED}
    assert px["Minimalist"] < px["Classic"] <= px["3Blue1Brown"] < px["Dark"], px
