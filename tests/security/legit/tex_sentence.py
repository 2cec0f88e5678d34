# A Tex sentence with inline mathematics and a bulleted list.
from manim import *


class TexSentence(Scene):
    def construct(self):
        sentence = Tex(r"The area of a circle is $A = \pi r^2$.")
        items = BulletedList("radius $r$", "diameter $2r$", "circumference $2\\pi r$")
        VGroup(sentence, items).arrange(DOWN, buff=0.6)
        self.play(Write(sentence))
        self.play(FadeIn(items))
