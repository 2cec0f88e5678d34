# expect: rejected latex-primitive
# sandbox: runtime_error
# A relative path up and out of TeX's folder (paranoid openin refuses ..).
from manim import *


class TexInputRelative(Scene):
    def construct(self):
        self.add(Tex(r"\input{../../../../../..@@CANARY_FILE@@}"))
        self.wait(0.1)
