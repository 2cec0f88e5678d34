# A grid of squares built in loops, coloured along a gradient.
from manim import *
import itertools


class Grid(Scene):
    def construct(self):
        colors = color_gradient([BLUE, GREEN, YELLOW], 25)
        squares = VGroup()
        for i, (row, col) in enumerate(itertools.product(range(5), range(5))):
            sq = Square(side_length=0.8, fill_opacity=0.8, fill_color=colors[i])
            sq.move_to([col - 2, row - 2, 0])
            squares.add(sq)
        self.play(LaggedStartMap(FadeIn, squares, lag_ratio=0.05))
        self.play(squares.animate.arrange_in_grid(rows=5, buff=0.05))
