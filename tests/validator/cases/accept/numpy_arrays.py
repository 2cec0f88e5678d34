from manim import *
import numpy as np


class NumpyPoints(Scene):
    def construct(self):
        rng = np.random.default_rng(7)
        ts = np.linspace(0, 2 * np.pi, 40)
        points = np.column_stack([2 * np.cos(ts), np.sin(3 * ts), np.zeros_like(ts)])
        noise = rng.normal(0, 0.05, size=points.shape)
        curve = VMobject(color=TEAL).set_points_smoothly(points + noise)
        matrix = np.array([[0, -1, 0], [1, 0, 0], [0, 0, 1]])
        rotated = curve.copy().apply_matrix(matrix).set_color(PINK)
        mean = np.mean(points, axis=0)
        self.play(Create(curve))
        self.play(TransformFromCopy(curve, rotated))
        self.play(FadeIn(Dot(mean)))
        self.wait()
