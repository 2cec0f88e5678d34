# The quadratic formula and the graph agree: for x^2 - x - 2 = 0 the
# formula gives x = (1 ± 3)/2, i.e. x = 2 and x = -1, exactly where the
# parabola y = x^2 - x - 2 crosses the x-axis.
from manim import *


class QuadraticFormula(Scene):
    def construct(self):
        axes = Axes(
            x_range=[-3, 4, 1], y_range=[-3, 5, 1],
            x_length=6, y_length=6,
            axis_config={"include_numbers": True},
        ).to_edge(LEFT, buff=0.5)
        parabola = axes.plot(lambda x: x ** 2 - x - 2, x_range=[-2, 3],
                             color=BLUE)
        # The label sits below the x-axis, where the graph leaves room.
        label = MathTex("y = x^2 - x - 2", color=BLUE).scale(0.8).move_to(
            axes.c2p(2.7, -1.9))

        formula = MathTex(r"x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}")
        coefficients = MathTex(r"a = 1,\; b = -1,\; c = -2")
        substituted = MathTex(r"x = \frac{1 \pm \sqrt{1 + 8}}{2}"
                              r" = \frac{1 \pm 3}{2}")
        roots = MathTex(r"x = 2 \quad \text{or} \quad x = -1", color=YELLOW)
        panel = VGroup(formula, coefficients, substituted, roots).arrange(
            DOWN, buff=0.5).to_edge(RIGHT, buff=0.5)

        root_dots = VGroup(Dot(axes.c2p(2, 0), color=YELLOW),
                           Dot(axes.c2p(-1, 0), color=YELLOW))
        vertex = Dot(axes.c2p(0.5, -2.25), color=GREEN)
        axis_of_symmetry = DashedLine(axes.c2p(0.5, -3), axes.c2p(0.5, 5),
                                      color=GREEN)

        self.play(Create(axes), run_time=1)
        self.play(Create(parabola), Write(label), run_time=1.2)
        self.play(Write(formula), run_time=1)
        self.play(FadeIn(coefficients, shift=UP * 0.3), run_time=0.8)
        self.play(Write(substituted), run_time=1.2)
        self.play(Write(roots), run_time=0.8)
        self.play(LaggedStart(*(GrowFromCenter(d) for d in root_dots),
                              lag_ratio=0.4),
                  Flash(root_dots[0], color=YELLOW), run_time=1)
        self.play(Create(axis_of_symmetry), FadeIn(vertex), run_time=0.8)
        self.wait(0.6)
