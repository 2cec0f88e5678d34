# expect: tex-template
from manim import *

class T(Scene):
    def construct(self):
        tpl = TexTemplate()
        tpl.add_to_preamble(r"\usepackage{verbatim}")
        self.add(Tex("hi", tex_template=tpl))
        self.wait()
