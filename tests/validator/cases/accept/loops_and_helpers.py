from manim import *


def make_bar(height, color):
    return Rectangle(width=0.5, height=height, color=color).set_fill(color, 0.7)


class Bars(Scene):
    def construct(self):
        values = [1, 3, 2, 4, 2.5]
        colors = [RED, ORANGE, YELLOW, GREEN, BLUE]
        bars = VGroup(*[make_bar(v, c) for v, c in zip(values, colors)])
        bars.arrange(RIGHT, aligned_edge=DOWN, buff=0.3)
        for bar in bars:
            self.play(GrowFromEdge(bar, DOWN), run_time=0.3)
        total = 0
        while total < 2:
            self.play(bars.animate.shift(0.2 * UP), run_time=0.2)
            total += 1
        for _ in range(2):
            self.wait(0.2)
