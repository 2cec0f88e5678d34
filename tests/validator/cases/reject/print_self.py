# expect: underscore
from manim import *

class P(Scene):
    def construct(self):
        b = print.__self__
        b.open("/etc/passwd")
        self.wait()
