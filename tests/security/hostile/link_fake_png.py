# expect: rejected import
# sandbox: runtime_error
# The frame replaced by a PNG signature and anything after it.
import atexit

from manim import *

OUT = "/work/media/images/scene/out.png"


def fake():
    with open(OUT, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + b"not an image at all " * 100)


atexit.register(fake)


class FakePng(Scene):
    def construct(self):
        self.add(Square())
        self.wait(0.1)
