# Braces with labels around a line segment.
from manim import *


class Braces(Scene):
    def construct(self):
        line = Line(LEFT * 3, RIGHT * 3)
        brace = Brace(line, DOWN)
        label = brace.get_tex("a + b")
        upper = BraceLabel(line, r"\ell", brace_direction=UP)
        self.play(Create(line))
        self.play(GrowFromCenter(brace), Write(label), FadeIn(upper))
