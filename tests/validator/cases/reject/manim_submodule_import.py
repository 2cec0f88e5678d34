# expect: import
from manim import *
from manim.utils.file_ops import os

class S(Scene):
    def construct(self):
        os.system("id")
        self.wait()
