# A random walk from numpy's seeded generator.
from manim import *
import numpy as np


class RandomWalk(Scene):
    def construct(self):
        rng = np.random.default_rng(42)
        steps = rng.normal(0, 0.3, size=(80, 2))
        path = np.cumsum(steps, axis=0)
        points = [np.array([x, y, 0]) for x, y in path]
        walk = VMobject(color=ORANGE).set_points_as_corners(points)
        self.play(Create(walk), run_time=2)
