# expect: config-write
from manim import *

class S(Scene):
    def construct(self):
        del config.frame_rate
        self.wait()
