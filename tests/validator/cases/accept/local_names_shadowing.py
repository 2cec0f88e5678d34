# Variables and parameters that share names with modules `from manim import *`
# binds (scene, camera, color, animation) are ordinary local variables.
from manim import config, Scene, Circle, Square, VGroup, FadeIn, Create, RED, BLUE, RIGHT, UP
import numpy as np


def intro(scene, color=RED):
    animation = FadeIn(Circle(color=color))
    scene.play(animation)


class Shadowing(Scene):
    def construct(self):
        camera = self.camera
        camera.background_color = "#101020"
        intro(self, color=BLUE)
        squares = VGroup(*[Square(0.5).shift(k * RIGHT) for k in range(3)])
        if (n := len(squares)) > 2:
            squares.shift(n * 0.1 * UP)
        match n:
            case 3:
                squares.set_color(RED)
            case _:
                pass
        ratio = config.pixel_width / config.pixel_height
        np.random.seed(1)
        squares.shift(np.random.uniform(-0.1, 0.1) * RIGHT * ratio)
        self.play(Create(squares))
        self.wait()
