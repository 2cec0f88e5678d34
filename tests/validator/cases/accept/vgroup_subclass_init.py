from manim import *


class DotRow(VGroup):
    """A helper mobject with its own constructor."""

    def __init__(self, n=5, color=WHITE, **kwargs):
        super().__init__(**kwargs)
        for i in range(n):
            self.add(Dot(color=color).shift(i * RIGHT))
        self.center()


class RowScene(Scene):
    def construct(self):
        row = DotRow(n=6, color=GREEN)
        other = DotRow(3).next_to(row, DOWN)
        self.play(LaggedStartMap(FadeIn, row, lag_ratio=0.2))
        self.play(FadeIn(other))
        self.wait()
