# expect: underscore
from manim import *

class G(Scene):
    def construct(self):
        c = getattr(Square(), "__class__")
        self.wait()
