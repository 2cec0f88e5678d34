# expect: underscore
from manim import *

class S(Scene):
    def construct(self):
        cls = Square().get___class__()
        self.wait()
