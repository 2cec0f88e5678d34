# expect: size-limit
# args: --max-bytes 200
from manim import *

class S(Scene):
    def construct(self):
        # This file is larger than the --max-bytes limit given above, so the
        # validator must refuse it before parsing it.
        self.play(Create(Circle()))
        self.wait()
