# expect: rejected import
# sandbox: runtime_error
# The frame replaced by a second name of another file (a hard link).
import atexit
import os

from manim import *

OUT = "/work/media/images/scene/out.png"


def swap():
    os.rename(OUT, "/work/real.png")
    os.link("/work/real.png", OUT)


atexit.register(swap)


class HardLink(Scene):
    def construct(self):
        self.add(Square())
        self.wait(0.1)
