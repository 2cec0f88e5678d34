# Transforms between shapes, ReplacementTransform and FadeTransform.
from manim import *


class ShapeTransforms(Scene):
    def construct(self):
        c = Circle(color=RED, fill_opacity=0.5)
        s = Square(color=BLUE, fill_opacity=0.5)
        t = RegularPolygon(n=6, color=GREEN)
        self.play(Create(c))
        self.play(Transform(c, s))
        self.play(ReplacementTransform(c, t))
        self.play(FadeTransform(t, Star(color=YELLOW)))
