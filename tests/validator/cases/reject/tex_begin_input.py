# expect: latex-primitive
from manim import *

# \begin{X} runs \X, so this environment is \input in disguise.
class T(Scene):
    def construct(self):
        self.play(Write(Tex(r"\begin{input}{/etc/hostname}\end{input}")))
