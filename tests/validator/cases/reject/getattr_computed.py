# expect: dynamic-attribute
from manim import *

class G(Scene):
    def construct(self):
        name = "ev" + "al"
        f = getattr(self, name)
        self.wait()
