# expect: syntax
from manim import *

class S(Scene):
    def construct(self)
        self.wait()
