# Arrows, a double arrow, a curved arrow and a dashed line.
from manim import *


class ArrowKinds(Scene):
    def construct(self):
        a = Arrow(LEFT * 3, RIGHT * 3, color=BLUE).shift(UP * 2)
        b = DoubleArrow(LEFT * 3, RIGHT * 3, color=GREEN)
        c = CurvedArrow(LEFT * 3 + DOWN * 2, RIGHT * 3 + DOWN * 2, color=RED)
        d = DashedLine(LEFT * 3, RIGHT * 3).shift(DOWN * 3)
        self.play(GrowArrow(a), Create(b), Create(c), Create(d))
