# A rose curve in polar coordinates.
from manim import *
import numpy as np


class Rose(Scene):
    def construct(self):
        plane = PolarPlane(radius_max=3, size=6)
        rose = plane.plot_polar_graph(lambda theta: 2.5 * np.sin(4 * theta),
                                      [0, 2 * PI], color=PINK)
        self.play(Create(plane))
        self.play(Create(rose), run_time=2)
