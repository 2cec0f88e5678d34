# A VMobject subclass that builds its points, and a Square subclass.
from manim import *
import numpy as np


class Star(VMobject):
    def __init__(self, n=5, outer=2.0, inner=0.8, **kwargs):
        super().__init__(**kwargs)
        points = []
        for k in range(2 * n):
            r = outer if k % 2 == 0 else inner
            angle = PI / 2 + k * PI / n
            points.append(np.array([r * np.cos(angle), r * np.sin(angle), 0]))
        self.set_points_as_corners([*points, points[0]])


class LabelledSquare(Square):
    def __init__(self, text, **kwargs):
        super().__init__(**kwargs)
        self.add(Text(text, font_size=24).move_to(self))


class Shapes(Scene):
    def construct(self):
        star = Star(color=YELLOW, fill_opacity=0.5).shift(LEFT * 3)
        box = LabelledSquare("box", color=BLUE).shift(RIGHT * 3)
        self.play(Create(star), Create(box))
        self.play(Rotate(star, PI / 5))
