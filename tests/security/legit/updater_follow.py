# A label that follows a moving square.
from manim import *


class FollowLabel(Scene):
    def construct(self):
        square = Square(color=GREEN)
        label = Text("square", font_size=28)
        label.add_updater(lambda m: m.next_to(square, UP))
        self.add(square, label)
        self.play(square.animate.shift(RIGHT * 3).rotate(PI / 4))
        self.play(square.animate.shift(LEFT * 5).scale(0.5))
