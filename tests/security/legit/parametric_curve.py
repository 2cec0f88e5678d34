# A Lissajous figure as a parametric function, traced by a dot.
from manim import *
import numpy as np


class Lissajous(Scene):
    def construct(self):
        curve = ParametricFunction(
            lambda t: np.array([3 * np.sin(3 * t), 2 * np.sin(2 * t), 0]),
            t_range=[0, 2 * PI], color=TEAL)
        dot = Dot(color=YELLOW).move_to(curve.get_start())
        trace = TracedPath(dot.get_center, stroke_color=YELLOW)
        self.add(trace)
        self.play(Create(curve), MoveAlongPath(dot, curve), run_time=3)
