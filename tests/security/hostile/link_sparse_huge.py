# expect: rejected import
# sandbox: resource_limit
# The frame grown to 400 MB (sparse: no disk used) past the size limit.
import atexit
import os

from manim import *

OUT = "/work/media/images/scene/out.png"


atexit.register(lambda: os.truncate(OUT, 400 << 20))


class Sparse(Scene):
    def construct(self):
        self.add(Square())
        self.wait(0.1)
