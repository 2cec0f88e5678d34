# Multiplying complex numbers rotates and scales: w = 1 + i has modulus
# sqrt 2 and argument 45 degrees, so z * w is z turned by 45 degrees and
# stretched by sqrt 2. For z = 2 + i this lands exactly on 1 + 3i.
from manim import *
import numpy as np

Z = complex(2, 1)
W = complex(1, 1)


class ComplexMultiplication(Scene):
    def construct(self):
        plane = ComplexPlane(x_range=[-2, 4, 1], y_range=[-1, 4, 1],
                             x_length=6 * 1.3, y_length=5 * 1.3,
                             background_line_style={"stroke_opacity": 0.4})
        plane.add_coordinates()
        plane.to_edge(LEFT, buff=0.4)
        origin = plane.n2p(0)

        z_vec = Arrow(origin, plane.n2p(Z), buff=0, color=BLUE)
        w_vec = Arrow(origin, plane.n2p(W), buff=0, color=GREEN)
        z_lab = MathTex("z = 2 + i", color=BLUE).scale(0.8).next_to(
            plane.n2p(Z), RIGHT, buff=0.1).shift(DOWN * 0.3)
        # Left of the imaginary axis, clear of the arrows and the arc.
        w_lab = MathTex("w = 1 + i", color=GREEN).scale(0.8).next_to(
            plane.n2p(complex(0, 0.6)), LEFT, buff=0.25)

        # s runs from 0 to 1: z is rotated by s * 45 degrees and scaled by
        # |w|^s, so at s = 1 the arrow is z * w.
        s = ValueTracker(0.0)

        def product(t):
            return Z * abs(W) ** t * np.exp(1j * np.angle(W) * t)

        moving = always_redraw(lambda: Arrow(
            origin, plane.n2p(product(s.get_value())), buff=0, color=YELLOW))
        swept = always_redraw(lambda: Arc(
            radius=1.0, start_angle=np.angle(Z),
            angle=np.angle(W) * s.get_value() + 0.001, arc_center=origin,
            color=YELLOW))
        zw_lab = MathTex("zw = 1 + 3i", color=YELLOW).scale(0.8).next_to(
            plane.n2p(Z * W), RIGHT, buff=0.1).shift(UP * 0.3)

        panel = VGroup(
            MathTex(r"w = 1 + i = \sqrt{2}\,e^{i\pi/4}", color=GREEN),
            MathTex(r"|zw| = |z|\,|w| = \sqrt{5}\cdot\sqrt{2} = \sqrt{10}"),
            MathTex(r"\arg(zw) = \arg z + \arg w"),
            MathTex(r"(2 + i)(1 + i) = 1 + 3i", color=YELLOW),
        ).scale(0.75).arrange(DOWN, aligned_edge=LEFT, buff=0.4).to_edge(
            RIGHT, buff=0.3)

        self.play(Create(plane), run_time=1)
        self.play(GrowArrow(z_vec), Write(z_lab), run_time=0.8)
        self.play(GrowArrow(w_vec), Write(w_lab), Write(panel[0]), run_time=1)
        self.add(swept, moving)
        self.play(s.animate.set_value(1), run_time=2.5)
        self.play(Write(zw_lab), Write(panel[1]), run_time=1)
        self.play(Write(panel[2]), Write(panel[3]), run_time=1.2)
        self.wait(0.5)
