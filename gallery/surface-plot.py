# The surface z = sin(x) cos(y) over the square [-3, 3] x [-3, 3], coloured
# by height, while the camera circles around it: hills where sin x and
# cos y have the same sign, valleys where they differ.
from manim import *
import numpy as np


class SurfacePlot(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes(x_range=[-3, 3, 1], y_range=[-3, 3, 1],
                          z_range=[-1.5, 1.5, 1], x_length=6, y_length=6,
                          z_length=3)
        surface = Surface(
            lambda u, v: axes.c2p(u, v, np.sin(u) * np.cos(v)),
            u_range=[-3, 3], v_range=[-3, 3], resolution=(24, 24),
        )
        surface.set_style(fill_opacity=0.85, stroke_width=0.5)
        surface.set_fill_by_value(axes=axes,
                                  colorscale=[(BLUE, -1), (TEAL, 0),
                                              (YELLOW, 1)], axis=2)
        title = MathTex(r"z = \sin x \cos y").to_corner(UL, buff=0.5)

        self.set_camera_orientation(phi=65 * DEGREES, theta=-50 * DEGREES,
                                    zoom=0.9)
        self.add_fixed_in_frame_mobjects(title)
        self.play(Create(axes), Write(title), run_time=1)
        self.play(Create(surface), run_time=2)
        self.begin_ambient_camera_rotation(rate=0.35)
        self.wait(4)
        self.stop_ambient_camera_rotation()
        self.move_camera(phi=45 * DEGREES, run_time=1.5)
