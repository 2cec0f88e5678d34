# The derivative as a limit: the secant line through (1, f(1)) and
# (1 + h, f(1 + h)) for f(x) = x^2 / 2 has slope 1 + h/2. As h shrinks to 0
# the secant turns into the tangent line of slope f'(1) = 1.
from manim import *


def f(x):
    return x ** 2 / 2


class SecantToTangent(Scene):
    def construct(self):
        axes = Axes(
            x_range=[-1, 4, 1], y_range=[-1, 5, 1],
            x_length=6.5, y_length=6,
            axis_config={"include_numbers": True},
        ).to_edge(LEFT, buff=0.6)
        curve = axes.plot(f, x_range=[-1, 3.15], color=BLUE)
        curve_label = MathTex(r"f(x) = \tfrac{1}{2}x^2", color=BLUE).next_to(
            axes.c2p(3.1, 4.8), LEFT, buff=0.2)

        h = ValueTracker(2.0)

        def slope():
            return (f(1 + h.get_value()) - f(1)) / h.get_value()

        def secant():
            m = slope()
            # Keep the line inside the axes' y range [-1, 5].
            low = max(-0.6, 1 + (-1 - f(1)) / m)
            high = min(3.4, 1 + (5 - f(1)) / m)
            return axes.plot(lambda x: f(1) + m * (x - 1),
                             x_range=[low, high], color=YELLOW)

        fixed = Dot(axes.c2p(1, f(1)), color=RED)
        moving = always_redraw(lambda: Dot(
            axes.c2p(1 + h.get_value(), f(1 + h.get_value())), color=GREEN))
        line = always_redraw(secant)

        quotient = MathTex(r"\frac{f(1+h) - f(1)}{h} = 1 + \frac{h}{2}")
        h_row = VGroup(MathTex("h ="), DecimalNumber(2.0, num_decimal_places=3))
        h_row.arrange(RIGHT)
        slope_row = VGroup(MathTex(r"\text{slope} ="),
                           DecimalNumber(slope(), num_decimal_places=3))
        slope_row.arrange(RIGHT)
        panel = VGroup(quotient, h_row, slope_row).arrange(
            DOWN, aligned_edge=LEFT, buff=0.4).to_edge(RIGHT, buff=0.6)
        h_row[1].add_updater(lambda d: d.set_value(h.get_value()))
        slope_row[1].add_updater(lambda d: d.set_value(slope()))
        limit = MathTex(r"f'(1) = \lim_{h \to 0} \left(1 + \frac{h}{2}\right) = 1",
                        color=YELLOW).next_to(panel, DOWN, buff=0.6)

        self.play(Create(axes), Create(curve), Write(curve_label), run_time=1.5)
        self.play(FadeIn(fixed), FadeIn(moving), Create(line), run_time=1)
        self.play(Write(panel), run_time=1.2)
        self.play(h.animate.set_value(0.01), run_time=4, rate_func=smooth)
        self.play(Write(limit), run_time=1.2)
        self.wait(0.6)
