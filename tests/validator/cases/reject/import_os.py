# expect: import
import os
from manim import *

class S(Scene):
    def construct(self):
        os.system("id")
        self.wait()
