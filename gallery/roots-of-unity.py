# The sixth roots of unity: the solutions of z^6 = 1 are the powers of
# omega = e^{2 pi i / 6}. Multiplying by omega turns the plane by 60
# degrees, so six turns bring 1 back to itself and the roots form a
# regular hexagon on the unit circle.
from manim import *
import numpy as np

N = 6


class RootsOfUnity(Scene):
    def construct(self):
        plane = ComplexPlane(x_range=[-1.5, 1.5, 0.5], y_range=[-1.5, 1.5, 0.5],
                             x_length=6.6, y_length=6.6).to_edge(LEFT, buff=1)
        plane.add_coordinates(-1, 1, complex(0, 1), complex(0, -1))
        circle = Circle(radius=plane.x_axis.unit_size, color=BLUE).move_to(
            plane.n2p(0))
        roots = [np.exp(2j * PI * k / N) for k in range(N)]
        points = [plane.n2p(r) for r in roots]

        dots = VGroup(*(Dot(p, color=YELLOW, radius=0.1) for p in points))
        labels = VGroup(*(
            MathTex(r"1" if k == 0 else rf"\omega^{k}" if k > 1 else r"\omega",
                    color=YELLOW).scale(0.8).move_to(
                plane.n2p(1.28 * roots[k]))
            for k in range(N)))
        hexagon = Polygon(*points, color=YELLOW, stroke_width=3)
        arrow = Arrow(plane.n2p(0), points[0], buff=0, color=WHITE)

        panel = VGroup(
            MathTex(r"z^6 = 1"),
            MathTex(r"\omega = e^{2\pi i/6} = \tfrac12 + \tfrac{\sqrt3}{2}i"),
            MathTex(r"1 + \omega + \omega^2 + \dots + \omega^5 = 0"),
        ).scale(0.8).arrange(DOWN, aligned_edge=LEFT, buff=0.5).to_edge(
            RIGHT, buff=0.5)

        self.play(Create(plane), Create(circle), run_time=1)
        self.play(Write(panel[0]), Write(panel[1]), run_time=1)
        self.play(GrowArrow(arrow), FadeIn(dots[0]), Write(labels[0]),
                  run_time=0.6)
        for k in range(1, N):
            # One multiplication by omega: a turn of 60 degrees.
            self.play(Rotate(arrow, TAU / N, about_point=plane.n2p(0)),
                      run_time=0.6)
            self.play(FadeIn(dots[k], scale=2), Write(labels[k]),
                      run_time=0.35)
        self.play(Rotate(arrow, TAU / N, about_point=plane.n2p(0)),
                  run_time=0.6)
        self.play(Create(hexagon), Write(panel[2]), run_time=1.2)
        self.wait(0.5)
