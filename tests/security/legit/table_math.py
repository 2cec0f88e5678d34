# MathTable and IntegerTable side by side.
from manim import *


class MathTables(Scene):
    def construct(self):
        squares = MathTable([["x", "x^2"], [1, 1], [2, 4], [3, 9]],
                            include_outer_lines=True).scale(0.6)
        ints = IntegerTable([[1, 2], [3, 4]], row_labels=[MathTex("a"), MathTex("b")]).scale(0.6)
        VGroup(squares, ints).arrange(RIGHT, buff=1)
        self.play(FadeIn(squares), FadeIn(ints))
        self.play(squares.get_entries((3, 2)).animate.set_color(RED))
