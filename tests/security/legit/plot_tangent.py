# A tangent line sliding along a curve, driven by a ValueTracker.
from manim import *


class SlidingTangent(Scene):
    def construct(self):
        axes = Axes(x_range=[-3, 3], y_range=[-1, 9])
        curve = axes.plot(lambda x: x ** 2, color=BLUE)
        x = ValueTracker(-2)
        tangent = always_redraw(
            lambda: TangentLine(curve, alpha=(x.get_value() + 3) / 6, length=4, color=YELLOW))
        dot = always_redraw(lambda: Dot(axes.c2p(x.get_value(), x.get_value() ** 2)))
        self.add(axes, curve, tangent, dot)
        self.play(x.animate.set_value(2), run_time=3)
