# expect: forbidden-name
from manim import *

class S(Scene):
    def construct(self):
        __import__("os").system("id")
        self.wait()
