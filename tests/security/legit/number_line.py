# A number line with a pointer that moves to a fraction.
from manim import *


class NumberLinePointer(Scene):
    def construct(self):
        line = NumberLine(x_range=[0, 2, 0.25], length=10, include_numbers=True,
                          decimal_number_config={"num_decimal_places": 2})
        pointer = Vector(DOWN).next_to(line.n2p(0), UP)
        self.play(Create(line), GrowArrow(pointer))
        self.play(pointer.animate.next_to(line.n2p(1.75), UP))
