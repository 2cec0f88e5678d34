# Weights, slants, per-substring colours and a gradient.
from manim import *


class TextStyles(Scene):
    def construct(self):
        bold = Text("Bold", weight=BOLD)
        italic = Text("Italic", slant=ITALIC)
        coloured = Text("red and blue", t2c={"red": RED, "blue": BLUE})
        gradient = Text("gradient", gradient=(YELLOW, GREEN))
        group = VGroup(bold, italic, coloured, gradient).arrange(DOWN, buff=0.4)
        self.play(LaggedStart(*[FadeIn(t) for t in group], lag_ratio=0.3))
