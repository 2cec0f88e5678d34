# A bar chart whose values change.
from manim import *


class Bars(Scene):
    def construct(self):
        chart = BarChart(values=[3, 5, 2, 6], bar_names=["a", "b", "c", "d"],
                         y_range=[0, 8, 2], y_length=5, x_length=8)
        labels = chart.get_bar_labels(font_size=28)
        self.play(Create(chart), Write(labels))
        self.play(chart.animate.change_bar_values([5, 2, 6, 3]))
