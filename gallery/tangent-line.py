# The tangent line to y = x^2 at x = 1. The derivative f'(x) = 2x gives
# the slope f'(1) = 2, so the tangent through (1, 1) is y = 2x - 1; a slope
# triangle shows "run 1, rise 2".
from manim import *


class TangentLine(Scene):
    def construct(self):
        axes = Axes(
            x_range=[-1, 3, 1], y_range=[-1, 5, 1],
            x_length=6, y_length=6,
            axis_config={"include_numbers": True},
        ).to_edge(LEFT, buff=0.6)
        parabola = axes.plot(lambda x: x ** 2, x_range=[-1, 2.2], color=BLUE)
        parabola_label = MathTex("y = x^2", color=BLUE).next_to(
            axes.c2p(2.2, 4.84), RIGHT, buff=0.15)

        # The point of tangency and the tangent line y = 2x - 1.
        point = Dot(axes.c2p(1, 1), color=YELLOW)
        tangent = axes.plot(lambda x: 2 * x - 1, x_range=[0, 2.5], color=YELLOW)

        # Slope triangle: one unit to the right, two units up.
        run = Line(axes.c2p(1, 1), axes.c2p(2, 1), color=GREEN)
        rise = Line(axes.c2p(2, 1), axes.c2p(2, 3), color=RED)
        run_label = MathTex("1", color=GREEN).next_to(run, DOWN, buff=0.1)
        rise_label = MathTex("2", color=RED).next_to(rise, RIGHT, buff=0.1)

        steps = VGroup(
            MathTex(r"f(x) = x^2"),
            MathTex(r"f'(x) = 2x"),
            MathTex(r"f'(1) = 2"),
            MathTex(r"y - 1 = 2(x - 1)"),
            MathTex(r"y = 2x - 1", color=YELLOW),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.35).to_edge(RIGHT, buff=0.8)

        self.play(Create(axes), run_time=1)
        self.play(Create(parabola), Write(parabola_label), run_time=1)
        self.play(FadeIn(point, scale=2), Write(steps[0]), run_time=0.8)
        self.play(Write(steps[1]), Write(steps[2]), run_time=1)
        self.play(Create(tangent), Write(steps[3]), run_time=1.2)
        self.play(Create(run), Create(rise), Write(run_label),
                  Write(rise_label), run_time=1)
        self.play(Write(steps[4]), run_time=0.8)
        self.play(Indicate(point, color=YELLOW), run_time=0.8)
        self.wait(0.5)
