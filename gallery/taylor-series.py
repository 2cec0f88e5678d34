# Taylor polynomials of sin x around 0: x, x - x^3/3!, x - x^3/3! + x^5/5!,
# ... Each extra term makes the polynomial hug the sine curve over a wider
# interval around 0.
from manim import *
import math
import numpy as np

Y_MAX = 2.4  # polynomials are drawn only while they stay inside the axes


def taylor(degree):
    """The Taylor polynomial of sin of the given (odd) degree, as a function."""
    def poly(x):
        return sum((-1) ** k * x ** (2 * k + 1) / math.factorial(2 * k + 1)
                   for k in range(degree // 2 + 1))
    return poly


def visible_half_width(poly):
    """The largest x (up to 7) such that |poly| stays below Y_MAX on [0, x];
    the polynomials are odd, so the same holds on [-x, 0]."""
    x = 0.0
    while x < 7 and abs(poly(x + 0.01)) < Y_MAX:
        x += 0.01
    return x


class TaylorSeries(Scene):
    def construct(self):
        axes = Axes(x_range=[-7, 7, 1], y_range=[-2.5, 2.5, 1],
                    x_length=13, y_length=5).shift(DOWN * 0.8)
        pi_ticks = VGroup(*(MathTex(tex).scale(0.6).next_to(
            axes.c2p(x, 0), DOWN, buff=0.15)
            for x, tex in ((-2 * PI, r"-2\pi"), (-PI, r"-\pi"), (PI, r"\pi"),
                           (2 * PI, r"2\pi"))))
        sine = axes.plot(np.sin, x_range=[-7, 7], color=BLUE, stroke_width=5)
        sine_label = MathTex(r"\sin x", color=BLUE).next_to(
            axes.c2p(-7, 1), UP + RIGHT * 0.5, buff=0.1)

        terms = [r"x", r"- \frac{x^3}{3!}", r"+ \frac{x^5}{5!}",
                 r"- \frac{x^7}{7!}", r"+ \frac{x^9}{9!}"]

        def formula(count):
            return MathTex(r"\sin x \approx", *terms[:count]).to_edge(UP,
                                                                      buff=0.4)

        def approximation(count):
            poly = taylor(2 * count - 1)
            half = visible_half_width(poly)
            return axes.plot(poly, x_range=[-half, half], color=YELLOW)

        self.play(Create(axes), Write(pi_ticks), run_time=1)
        self.play(Create(sine), Write(sine_label), run_time=1)
        curve, text = approximation(1), formula(1)
        self.play(Create(curve), Write(text), run_time=1)
        for count in range(2, len(terms) + 1):
            target = formula(count)
            self.play(Transform(curve, approximation(count)),
                      TransformMatchingTex(text, target), run_time=1.2)
            text = target
            self.wait(0.2)
        self.wait(0.6)
