# expect: latex-primitive
from manim import *

class T(Scene):
    def construct(self):
        self.play(Write(MathTex(r"\input{/etc/passwd}")))
