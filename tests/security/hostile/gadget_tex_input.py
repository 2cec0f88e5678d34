# expect: rejected latex-primitive
# sandbox: runtime_error
# LaTeX's \input would typeset the canary file into the frame.
from manim import *


class TexInput(Scene):
    def construct(self):
        self.add(Tex(r"\input{@@CANARY_FILE@@}"))
        self.wait(0.1)
