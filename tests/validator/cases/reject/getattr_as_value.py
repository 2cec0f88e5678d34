# expect: dynamic-attribute
from manim import *
import functools

class G(Scene):
    def construct(self):
        x = functools.reduce(getattr, ["gi_frame", "f_globals"], (i for i in ()))
        self.wait()
