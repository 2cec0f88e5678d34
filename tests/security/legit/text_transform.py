# Morphing one word into another by shared letters.
from manim import *


class WordMorph(Scene):
    def construct(self):
        a = Text("listen", font_size=72)
        b = Text("silent", font_size=72)
        self.add(a)
        self.play(TransformMatchingShapes(a, b), run_time=1.5)
        self.wait(0.3)
