# A triangle with its angles marked and a right-angle symbol.
from manim import *


class Angles(Scene):
    def construct(self):
        a, b, c = [-3, -2, 0], [3, -2, 0], [-3, 2, 0]
        tri = Polygon(a, b, c, color=WHITE)
        l1, l2 = Line(c, a), Line(a, b)
        right = RightAngle(l1, l2, length=0.4, quadrant=(-1, 1))
        angle = Angle(Line(b, a), Line(b, c), radius=0.8, color=YELLOW)
        label = MathTex(r"\theta").next_to(angle, LEFT, buff=0.1)
        self.play(Create(tri))
        self.play(Create(right), Create(angle), Write(label))
