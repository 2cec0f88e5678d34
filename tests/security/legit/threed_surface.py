# A surface z = sin(x) cos(y) on 3D axes with camera moves.
from manim import *
import numpy as np


class WaveSurface(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes(x_range=[-3, 3], y_range=[-3, 3], z_range=[-2, 2])
        surface = Surface(
            lambda u, v: axes.c2p(u, v, np.sin(u) * np.cos(v)),
            u_range=[-3, 3], v_range=[-3, 3], resolution=(16, 16))
        surface.set_fill_by_checkerboard(BLUE_D, BLUE_E, opacity=0.8)
        self.set_camera_orientation(phi=70 * DEGREES, theta=-45 * DEGREES)
        self.play(Create(axes), Create(surface))
        self.move_camera(phi=50 * DEGREES, theta=30 * DEGREES, run_time=2)
