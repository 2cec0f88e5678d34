# Text, shapes and basic animations.
from manim import *


class TextAndShapes(Scene):
    def construct(self):
        title = Text("Hello, MathMotion", font_size=40).to_edge(UP)
        circle = Circle(radius=1.5, color=BLUE).set_fill(BLUE, opacity=0.3)
        square = Square(side_length=2, color=YELLOW)
        self.play(Write(title))
        self.play(Create(circle))
        self.play(Transform(circle, square))
        self.play(FadeOut(circle), title.animate.set_color(RED))
        self.wait(0.5)
