# A VGroup subclass with its own constructor and method.
from manim import *


class Flower(VGroup):
    def __init__(self, petals: int = 6, radius: float = 1.0, **kwargs):
        super().__init__(**kwargs)
        for k in range(petals):
            petal = Ellipse(width=radius, height=radius / 3, color=PINK, fill_opacity=0.7)
            petal.shift(RIGHT * radius / 2).rotate(k * TAU / petals, about_point=ORIGIN)
            self.add(petal)
        self.add(Dot(color=YELLOW, radius=radius / 6))

    def bloom(self):
        return self.animate.scale(1.5).rotate(PI / 6)


class Garden(Scene):
    def construct(self):
        flowers = VGroup(*[Flower(petals=n) for n in (5, 6, 8)]).arrange(RIGHT, buff=1)
        self.play(FadeIn(flowers))
        self.play(flowers[1].bloom())
