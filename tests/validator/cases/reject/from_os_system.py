# expect: import
from os import system
from manim import *

class S(Scene):
    def construct(self):
        system("id")
        self.wait()
