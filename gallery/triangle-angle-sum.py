# The angles of a triangle add up to 180 degrees: draw the line through
# the top vertex parallel to the base. Alternate angles copy the two base
# angles to the top, where the three angles fill a straight line.
from manim import *
import numpy as np


def direction(p, q):
    return np.arctan2(q[1] - p[1], q[0] - p[0])


class TriangleAngleSum(Scene):
    def construct(self):
        a = np.array([-3.5, -2.0, 0.0])
        b = np.array([2.5, -2.0, 0.0])
        c = np.array([-1.0, 1.6, 0.0])
        triangle = Polygon(a, b, c, color=WHITE, stroke_width=4)

        # Each angle as a filled sector: (vertex, start direction, size).
        alpha = direction(a, c) - direction(a, b)
        beta = direction(b, a) - direction(b, c)
        gamma = direction(c, b) % TAU - direction(c, a) % TAU
        radius = 0.7

        def sector(vertex, start, size, color):
            return Sector(radius=radius, angle=size, start_angle=start,
                          arc_center=vertex, color=color, fill_opacity=0.75)

        s_alpha = sector(a, direction(a, b), alpha, BLUE)
        s_beta = sector(b, direction(b, c), beta, GREEN)
        s_gamma = sector(c, direction(c, a) % TAU, gamma, RED)
        greek = VGroup(
            MathTex(r"\alpha").move_to(a + 1.0 * np.array(
                [np.cos(alpha / 2), np.sin(alpha / 2), 0])),
            MathTex(r"\beta").move_to(b + 1.0 * np.array(
                [np.cos(PI - beta / 2), np.sin(PI - beta / 2), 0])),
            MathTex(r"\gamma").move_to(c + 1.0 * np.array(
                [np.cos(direction(c, a) + gamma / 2),
                 np.sin(direction(c, a) + gamma / 2), 0])),
        )

        parallel = DashedLine(c + LEFT * 3.5, c + RIGHT * 3.5, color=GREY_B)
        # At c: alpha sits between the leftward ray and ray c->a, beta
        # between ray c->b and the rightward ray (alternate angles).
        alpha_top = sector(c, PI, alpha, BLUE)
        beta_top = sector(c, direction(c, b) % TAU, beta, GREEN)

        total = MathTex(r"\alpha", "+", r"\beta", "+", r"\gamma", "=",
                        r"180^\circ").to_edge(UP, buff=0.4)
        total[0].set_color(BLUE)
        total[2].set_color(GREEN)
        total[4].set_color(RED)

        self.play(Create(triangle), run_time=1)
        self.play(LaggedStart(FadeIn(s_alpha), FadeIn(s_beta), FadeIn(s_gamma),
                              lag_ratio=0.3),
                  Write(greek), run_time=1.5)
        self.play(Create(parallel), run_time=1)
        self.play(TransformFromCopy(s_alpha, alpha_top), run_time=1.2)
        self.play(TransformFromCopy(s_beta, beta_top), run_time=1.2)
        self.play(Write(total), run_time=1)
        self.play(Indicate(VGroup(alpha_top, s_gamma, beta_top), scale_factor=1.1),
                  run_time=1)
        self.wait(0.5)
