# A helix as a 3D parametric curve with a fixed-in-frame title.
from manim import *
import numpy as np


class Helix(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes()
        helix = ParametricFunction(
            lambda t: np.array([np.cos(t), np.sin(t), t / 4]),
            t_range=[-2 * PI, 2 * PI], color=YELLOW)
        title = Text("helix", font_size=36).to_corner(UL)
        self.add_fixed_in_frame_mobjects(title)
        self.set_camera_orientation(phi=75 * DEGREES, theta=30 * DEGREES)
        self.play(Create(axes), Create(helix), run_time=2)
