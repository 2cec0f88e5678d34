# The area under a parabola between two bounds, and Riemann rectangles.
from manim import *


class AreaUnderCurve(Scene):
    def construct(self):
        axes = Axes(x_range=[0, 4, 1], y_range=[0, 10, 2], axis_config={"include_numbers": True})
        curve = axes.plot(lambda x: 0.5 * x ** 2 + 1, x_range=[0, 4], color=BLUE)
        area = axes.get_area(curve, x_range=[1, 3], color=GREEN, opacity=0.5)
        rects = axes.get_riemann_rectangles(curve, x_range=[1, 3], dx=0.25, fill_opacity=0.3)
        self.play(Create(axes), Create(curve))
        self.play(FadeIn(rects))
        self.play(ReplacementTransform(rects, area))
