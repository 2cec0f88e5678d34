from manim import *
import numpy as np


class Surface3D(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes(x_range=[-3, 3], y_range=[-3, 3], z_range=[-2, 2])
        surface = Surface(
            lambda u, v: axes.c2p(u, v, 0.5 * np.sin(u) * np.cos(v)),
            u_range=[-3, 3],
            v_range=[-3, 3],
            resolution=(16, 16),
        )
        surface.set_style(fill_opacity=0.8)
        surface.set_fill_by_checkerboard(BLUE_D, BLUE_E, opacity=0.8)
        self.set_camera_orientation(phi=65 * DEGREES, theta=-45 * DEGREES)
        self.add(axes)
        self.play(Create(surface))
        self.begin_ambient_camera_rotation(rate=0.2)
        self.wait()
