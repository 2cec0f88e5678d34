# expect: underscore
from manim import *

class S(Scene):
    def construct(self):
        self._secret = 1
        self.wait()
