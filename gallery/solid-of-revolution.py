# A solid of revolution: turning the curve y = sqrt(x), 0 <= x <= 4, about
# the x-axis sweeps out a paraboloid. Each cross-section is a disc of
# radius sqrt(x), so the volume is pi times the integral of x from 0 to 4,
# which is 8 pi.
from manim import *
import numpy as np


class SolidOfRevolution(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes(x_range=[0, 5, 1], y_range=[-2.5, 2.5, 1],
                          z_range=[-2.5, 2.5, 1], x_length=6, y_length=5,
                          z_length=5).shift(RIGHT * 2.2)
        curve = ParametricFunction(
            lambda t: axes.c2p(t, np.sqrt(t), 0), t_range=[0, 4],
            color=YELLOW, stroke_width=6)
        solid = Surface(
            lambda u, v: axes.c2p(u, np.sqrt(u) * np.cos(v),
                                  np.sqrt(u) * np.sin(v)),
            # u starts just above 0: faces of zero size at the tip break the
            # 3D shading.
            u_range=[0.02, 4], v_range=[0, TAU], resolution=(12, 24),
            checkerboard_colors=[BLUE_D, BLUE_E], fill_opacity=0.6,
            stroke_width=0.5)
        # One disc cross-section at x = 2 (radius sqrt 2).
        disc = Circle(radius=np.sqrt(2) * axes.y_axis.unit_size, color=GREEN,
                      fill_opacity=0.5).rotate(PI / 2, axis=UP).move_to(
            axes.c2p(2, 0, 0))

        labels = VGroup(
            MathTex(r"y = \sqrt{x}", color=YELLOW),
            MathTex(r"V = \pi\int_0^4 (\sqrt{x})^2\,dx = 8\pi"),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.4).scale(0.8).to_corner(
            UL, buff=0.4)

        self.set_camera_orientation(phi=70 * DEGREES, theta=-60 * DEGREES,
                                    zoom=0.9)
        self.add_fixed_in_frame_mobjects(labels)
        self.remove(labels)
        self.play(Create(axes), run_time=1)
        self.play(Create(curve), Write(labels[0]), run_time=1)
        # Sweep the curve once around the x-axis while the solid appears.
        self.play(Rotate(curve.copy(), TAU, axis=RIGHT,
                         about_point=axes.c2p(0, 0, 0)),
                  FadeIn(solid), run_time=2.5)
        self.play(FadeIn(disc), Write(labels[1]), run_time=1)
        self.move_camera(theta=-110 * DEGREES, run_time=2)
        self.wait(0.5)
