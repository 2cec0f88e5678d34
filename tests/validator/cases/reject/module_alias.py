# expect: module-access
from manim import *
import typing

t = typing

class S(Scene):
    def construct(self):
        self.wait()
