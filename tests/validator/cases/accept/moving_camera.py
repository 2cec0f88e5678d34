from manim import *


class Zoom(MovingCameraScene):
    def construct(self):
        grid = NumberPlane()
        dot = Dot([2, 1, 0], color=RED)
        self.add(grid, dot)
        self.play(self.camera.frame.animate.scale(0.5).move_to(dot))
        self.play(self.camera.frame.animate.scale(2).move_to(ORIGIN))
        self.wait()
