# Zooming in with a MovingCameraScene.
from manim import *


class ZoomIn(MovingCameraScene):
    def construct(self):
        dots = VGroup(*[Dot([x, 0, 0]) for x in range(-4, 5)])
        target = dots[6]
        self.add(dots)
        self.play(self.camera.frame.animate.set(width=4).move_to(target))
        self.play(target.animate.set_color(RED).scale(2))
        self.play(self.camera.frame.animate.set(width=14).move_to(ORIGIN))
