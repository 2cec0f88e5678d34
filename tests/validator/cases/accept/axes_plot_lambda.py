from manim import *
import numpy as np


class PlotSine(Scene):
    def construct(self):
        axes = Axes(x_range=[-PI, PI, 1], y_range=[-1.5, 1.5, 0.5],
                    x_length=10, y_length=5, tips=False)
        labels = axes.get_axis_labels(x_label="x", y_label="y")
        sine = axes.plot(lambda x: np.sin(x), color=BLUE)
        cosine = axes.plot(lambda x: np.cos(x), color=RED)
        area = axes.get_area(sine, x_range=[0, PI], color=BLUE, opacity=0.3)
        self.play(Create(axes), Write(labels))
        self.play(Create(sine), Create(cosine))
        self.play(FadeIn(area))
        self.wait()
