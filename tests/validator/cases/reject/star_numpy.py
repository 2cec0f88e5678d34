# expect: import
from manim import *
from numpy import *

class S(Scene):
    def construct(self):
        self.wait()
