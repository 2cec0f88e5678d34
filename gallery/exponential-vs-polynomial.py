# Exponential growth beats polynomial growth: 2^x and x^2 cross at x = 2
# and x = 4, and x^2 is ahead in between. Zooming out shows what happens
# next: by x = 10, 2^x = 1024 while x^2 = 100.
from manim import *
import numpy as np


class ExponentialVsPolynomial(Scene):
    def construct(self):
        def view(x_max, y_max, y_step):
            axes = Axes(x_range=[0, x_max, 1], y_range=[0, y_max, y_step],
                        x_length=8, y_length=5.6,
                        axis_config={"include_numbers": True,
                                     "font_size": 28}).to_edge(LEFT, buff=0.7)
            axes.shift(DOWN * 0.4)
            # Each curve stops where it leaves the top of the axes.
            exp = axes.plot(lambda x: 2 ** x,
                            x_range=[0, min(x_max, np.log2(y_max))],
                            color=YELLOW)
            poly = axes.plot(lambda x: x ** 2,
                             x_range=[0, min(x_max, np.sqrt(y_max))],
                             color=BLUE)
            return VGroup(axes, exp, poly)

        near = view(5, 30, 5)
        far = view(10, 1100, 200)
        legend = VGroup(MathTex("y = 2^x", color=YELLOW),
                        MathTex("y = x^2", color=BLUE))
        crossing_text = MathTex(r"2^x = x^2 \text{ at } x = 2,\ 4",
                                color=GREEN).scale(0.8)
        moral = MathTex(r"\lim_{x\to\infty} \frac{x^k}{2^x} = 0")
        panel = VGroup(legend[0], legend[1], crossing_text, moral).arrange(
            DOWN, aligned_edge=LEFT, buff=0.4).to_corner(UR, buff=0.5)
        crossings = VGroup(*(Dot(near[0].c2p(x, x ** 2), color=GREEN)
                             for x in (2, 4)))
        far_dots = VGroup(Dot(far[0].c2p(10, 1024), color=YELLOW),
                          Dot(far[0].c2p(10, 100), color=BLUE))
        far_text = VGroup(MathTex("2^{10} = 1024", color=YELLOW),
                          MathTex("10^2 = 100", color=BLUE)).scale(0.8)
        far_text[0].next_to(far_dots[0], LEFT, buff=0.2)
        far_text[1].next_to(far_dots[1], UP, buff=0.2)

        self.play(Create(near[0]), run_time=1)
        self.play(Create(near[1]), Create(near[2]), Write(legend), run_time=1.5)
        self.play(FadeIn(crossings, scale=2), Write(crossing_text), run_time=1)
        self.wait(0.3)
        self.play(FadeOut(crossings), ReplacementTransform(near, far),
                  run_time=2)
        self.play(FadeIn(far_dots), Write(far_text), run_time=1)
        self.play(Write(moral), run_time=1)
        self.wait(0.5)
