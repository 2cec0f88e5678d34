# Succession, AnimationGroup and LaggedStart composed.
from manim import *


class Composed(Scene):
    def construct(self):
        shapes = VGroup(Circle(), Square(), Triangle()).arrange(RIGHT, buff=1)
        self.play(Succession(*[Create(s) for s in shapes]))
        self.play(AnimationGroup(*[s.animate.set_fill(BLUE, 0.5) for s in shapes]))
        self.play(LaggedStart(*[Rotate(s, PI) for s in shapes], lag_ratio=0.25))
