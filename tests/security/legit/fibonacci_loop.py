# Module-level constants, a class attribute table and a while loop.
from manim import *

PALETTE = [RED, ORANGE, YELLOW, GREEN, BLUE, PURPLE]


class Fibonacci(Scene):
    limit = 6

    def construct(self):
        a, b = 1, 1
        squares = VGroup()
        k = 0
        while k < self.limit:
            squares.add(Square(side_length=a * 0.4, color=PALETTE[k % len(PALETTE)]))
            a, b = b, a + b
            k += 1
        squares.arrange(RIGHT, buff=0.2, aligned_edge=DOWN)
        self.play(LaggedStartMap(DrawBorderThenFill, squares))
