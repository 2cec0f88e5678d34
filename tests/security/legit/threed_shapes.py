# Solids side by side, with an ambient camera rotation.
from manim import *


class Solids(ThreeDScene):
    def construct(self):
        self.set_camera_orientation(phi=65 * DEGREES, theta=30 * DEGREES)
        solids = VGroup(Sphere(radius=0.8), Cube(side_length=1.4, fill_color=RED),
                        Prism(dimensions=[1, 2, 1]), Cone(base_radius=0.7, height=1.5))
        solids.arrange(RIGHT, buff=0.6)
        self.play(FadeIn(solids))
        self.begin_ambient_camera_rotation(rate=0.3)
        self.wait(1)
        self.stop_ambient_camera_rotation()
