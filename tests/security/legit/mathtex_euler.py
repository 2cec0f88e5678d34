# Euler's identity with a coloured part.
from manim import *


class Euler(Scene):
    def construct(self):
        eq = MathTex(r"e^{i\pi}", "+", "1", "=", "0", font_size=96)
        eq[0].set_color(YELLOW)
        box = SurroundingRectangle(eq, color=BLUE)
        self.play(Write(eq))
        self.play(Create(box))
