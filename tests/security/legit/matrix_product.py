# Matrices, brackets and a product.
from manim import *


class MatrixProduct(Scene):
    def construct(self):
        a = Matrix([[1, 2], [3, 4]])
        b = IntegerMatrix([[0, 1], [1, 0]])
        c = Matrix([[2, 1], [4, 3]])
        times = MathTex(r"\times")
        eq = MathTex("=")
        row = VGroup(a, times, b, eq, c).arrange(RIGHT)
        self.play(FadeIn(row))
        self.play(a.get_rows()[0].animate.set_color(YELLOW))
