# A number plane, a vector on it and a linear map applied.
from manim import *


class PlaneMap(Scene):
    def construct(self):
        plane = NumberPlane()
        vector = Arrow(ORIGIN, [2, 1, 0], buff=0, color=YELLOW)
        self.add(plane, vector)
        self.play(ApplyMatrix([[1, 1], [0, 1]], VGroup(plane, vector)), run_time=2)
