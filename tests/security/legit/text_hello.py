# A title and a subtitle, written then faded.
from manim import *


class HelloText(Scene):
    def construct(self):
        title = Text("Hello, MathMotion", font_size=56, color=BLUE)
        subtitle = Text("plain text, no LaTeX", font_size=30).next_to(title, DOWN)
        self.play(Write(title))
        self.play(FadeIn(subtitle, shift=UP))
        self.wait(0.5)
