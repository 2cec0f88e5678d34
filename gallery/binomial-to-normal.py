# The binomial distribution looks like a bell curve: the probabilities of
# k heads in 10 fair coin flips, C(10, k) / 2^10, are drawn as bars and
# the normal curve with the same mean 5 and variance 2.5 lies right on top.
from manim import *
import math
import numpy as np

N = 10
MEAN = N / 2
SD = math.sqrt(N / 4)


class BinomialToNormal(Scene):
    def construct(self):
        axes = Axes(x_range=[-0.5, N + 0.5, 1], y_range=[0, 0.3, 0.05],
                    x_length=9, y_length=5.5, tips=False,
                    y_axis_config={"include_numbers": True,
                                   "decimal_number_config":
                                       {"num_decimal_places": 2},
                                   "font_size": 24},
                    ).to_edge(LEFT, buff=0.8).shift(DOWN * 0.3)
        k_labels = VGroup(*(MathTex(str(k)).scale(0.6).next_to(
            axes.c2p(k, 0), DOWN, buff=0.15) for k in range(N + 1)))

        bars = VGroup()
        for k in range(N + 1):
            p = math.comb(N, k) / 2 ** N
            bars.add(Polygon(axes.c2p(k - 0.45, 0), axes.c2p(k + 0.45, 0),
                             axes.c2p(k + 0.45, p), axes.c2p(k - 0.45, p),
                             color=BLUE, fill_opacity=0.7, stroke_width=1.5))
        normal = axes.plot(
            lambda x: math.exp(-((x - MEAN) / SD) ** 2 / 2)
            / (SD * math.sqrt(TAU)),
            x_range=[-0.5, N + 0.5], color=YELLOW, stroke_width=5)

        panel = VGroup(
            Text("10 coin flips").scale(0.55),
            MathTex(r"P(k) = \binom{10}{k}\frac{1}{2^{10}}", color=BLUE),
            MathTex(r"\mu = 5,\ \sigma^2 = 2.5", color=YELLOW),
        ).scale(0.8).arrange(DOWN, aligned_edge=LEFT, buff=0.4).to_corner(
            UR, buff=0.5)

        self.play(Create(axes), Write(k_labels), run_time=1)
        self.play(Write(panel[0]), Write(panel[1]), run_time=1)
        self.play(LaggedStart(*(GrowFromEdge(b, DOWN) for b in bars),
                              lag_ratio=0.12), run_time=2.5)
        self.play(Create(normal), Write(panel[2]), run_time=1.5)
        self.play(Indicate(bars[5], color=YELLOW), run_time=0.8)
        self.wait(0.5)
