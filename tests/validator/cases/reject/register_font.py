# expect: host-file
from manim import *

class S(Scene):
    def construct(self):
        with register_font("/tmp/evil.ttf"):
            self.add(Text("x", font="Evil"))
        self.wait()
