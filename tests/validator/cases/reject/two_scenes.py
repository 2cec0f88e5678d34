# expect: scene-class
from manim import *

class First(Scene):
    def construct(self):
        self.wait()

class Second(ThreeDScene):
    def construct(self):
        self.wait()
