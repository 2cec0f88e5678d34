# expect: typst
from manim import *

class S(Scene):
    def construct(self):
        self.add(Typst('#read("/etc/passwd")'))
        self.wait()
