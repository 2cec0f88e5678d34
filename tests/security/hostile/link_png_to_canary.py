# expect: rejected import
# sandbox: runtime_error
# The frame swapped for a link to the canary file's host path.
import atexit
import os

from manim import *

OUT = "/work/media/images/scene/out.png"


def swap():
    os.unlink(OUT)
    os.symlink("@@CANARY_FILE@@", OUT)


atexit.register(swap)


class LinkCanary(Scene):
    def construct(self):
        self.add(Square())
        self.wait(0.1)
