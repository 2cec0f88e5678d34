# Random dots, reproducible through a seed.
from manim import *
import random


class RandomDots(Scene):
    def construct(self):
        random.seed(7)
        dots = VGroup(*[
            Dot([random.uniform(-6, 6), random.uniform(-3, 3), 0],
                color=random.choice([RED, GREEN, BLUE, YELLOW]))
            for _ in range(60)])
        self.play(FadeIn(dots, lag_ratio=0.02))
