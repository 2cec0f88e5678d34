# Arrows in space and a rotation of the camera by moving theta.
from manim import *


class SpaceVectors(ThreeDScene):
    def construct(self):
        axes = ThreeDAxes()
        v1 = Arrow3D(ORIGIN, [2, 1, 1], color=RED)
        v2 = Arrow3D(ORIGIN, [-1, 2, 1], color=GREEN)
        self.set_camera_orientation(phi=60 * DEGREES, theta=-60 * DEGREES)
        self.add(axes)
        self.play(Create(v1), Create(v2))
        self.move_camera(theta=20 * DEGREES, run_time=1.5)
