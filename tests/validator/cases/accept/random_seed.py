from manim import *
import random


class RandomDots(Scene):
    def construct(self):
        random.seed(42)
        rng_colors = [RED, GREEN, BLUE, YELLOW, PURPLE]
        dots = VGroup()
        for _ in range(30):
            x = random.uniform(-6, 6)
            y = random.uniform(-3, 3)
            dots.add(Dot([x, y, 0], color=random.choice(rng_colors)))
        self.play(LaggedStartMap(FadeIn, dots, lag_ratio=0.05))
        self.wait()
