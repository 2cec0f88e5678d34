# expect: rejected latex-primitive
# sandbox: runtime_error
# The backslash built at run time with chr(92), reading /proc.
from manim import *


class TexChr(Scene):
    def construct(self):
        self.add(MathTex(chr(92) + "input{/proc/self/environ}"))
        self.wait(0.1)
