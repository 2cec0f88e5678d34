# expect: latex-primitive
from manim import *

class T(Scene):
    def construct(self):
        self.play(Write(Tex(r"\makeatletter\@@input /etc/passwd ")))
