# expect: latex-primitive
from manim import *

class T(Scene):
    def construct(self):
        name = "\\newcommand{\\x}{inp" + "ut}"
        self.play(Write(Tex(name + r"\begin{\x}{/etc/hostname}")))
