# expect: string-format
from manim import *

class F(Scene):
    def construct(self):
        t = "{s.renderer}".format_map({"s": self})
        self.add(Text(t))
        self.wait()
