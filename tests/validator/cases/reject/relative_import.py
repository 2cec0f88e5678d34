# expect: import
from manim import *
from . import helpers

class S(Scene):
    def construct(self):
        self.wait()
