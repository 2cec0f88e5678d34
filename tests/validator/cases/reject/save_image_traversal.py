# expect: host-file
from manim import *

class S(Scene):
    def construct(self):
        Square().save_image("../../../../tmp/owned")
        self.wait()
