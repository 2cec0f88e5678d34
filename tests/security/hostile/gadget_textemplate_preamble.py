# expect: rejected tex-template
# sandbox: runtime_error
# A template whose preamble reads a host file.
from manim import *


class Preamble(Scene):
    def construct(self):
        template = TexTemplate()
        template.add_to_preamble(r"\input{/etc/passwd}")
        self.add(Tex("x", tex_template=template))
        self.wait(0.1)
