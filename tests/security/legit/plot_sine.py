# Axes with a sine curve, its label and a moving dot.
from manim import *
import numpy as np


class SinePlot(Scene):
    def construct(self):
        axes = Axes(x_range=[-PI, PI, PI / 2], y_range=[-1.5, 1.5, 0.5],
                    x_length=10, y_length=5, tips=False)
        graph = axes.plot(np.sin, color=YELLOW)
        label = axes.get_graph_label(graph, label="\\sin(x)")
        dot = Dot(axes.i2gp(-PI, graph), color=RED)
        self.play(Create(axes), Create(graph), Write(label))
        self.play(MoveAlongPath(dot, graph), run_time=2)
