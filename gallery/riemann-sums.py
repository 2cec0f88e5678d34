# Left Riemann sums for the integral of x^2 from 0 to 2: as the rectangles
# get thinner (n = 4, 8, 20, 40) the sum of their areas approaches the
# exact area 8/3.
from manim import *


def left_sum(n):
    """The left Riemann sum of x^2 on [0, 2] with n rectangles."""
    dx = 2 / n
    return sum((k * dx) ** 2 * dx for k in range(n))


class RiemannSums(Scene):
    def construct(self):
        axes = Axes(
            x_range=[0, 2.5, 0.5], y_range=[0, 5, 1],
            x_length=6.5, y_length=5.5,
            axis_config={"include_numbers": True},
        ).to_edge(LEFT, buff=0.6).shift(DOWN * 0.3)
        curve = axes.plot(lambda x: x ** 2, x_range=[0, 2.2], color=BLUE)
        label = MathTex("y = x^2", color=BLUE).next_to(
            axes.c2p(2.2, 4.84), RIGHT, buff=0.15)

        counts = [4, 8, 20, 40]

        def rectangles(n):
            return axes.get_riemann_rectangles(
                curve, x_range=[0, 2], dx=2 / n, input_sample_type="left",
                color=[TEAL, GREEN], fill_opacity=0.7, stroke_width=1)

        def readout(n):
            return MathTex(
                rf"n = {n}", r"\quad S_n \approx " + f"{left_sum(n):.3f}"
            ).to_corner(UR, buff=0.7)

        exact = MathTex(
            r"\int_0^2 x^2\,dx = \frac{8}{3} \approx 2.667", color=YELLOW
        ).next_to(readout(4), DOWN, buff=0.6).align_to(readout(4), RIGHT)

        self.play(Create(axes), Create(curve), Write(label), run_time=1.5)
        rects = rectangles(counts[0])
        text = readout(counts[0])
        self.play(Create(rects), Write(text), run_time=1.2)
        for n in counts[1:]:
            self.play(Transform(rects, rectangles(n)),
                      Transform(text, readout(n)), run_time=1.2)
            self.wait(0.2)
        self.play(Write(exact), run_time=1.2)
        self.wait(0.6)
