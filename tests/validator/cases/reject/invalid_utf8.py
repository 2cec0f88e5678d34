# expect: encoding
from manim import *

class S(Scene):
    def construct(self):
        self.add(Text("café"))
        self.wait()
