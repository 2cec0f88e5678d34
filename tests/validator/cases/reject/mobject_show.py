# expect: host-file
from manim import *

class S(Scene):
    def construct(self):
        Circle().show()
        self.wait()
