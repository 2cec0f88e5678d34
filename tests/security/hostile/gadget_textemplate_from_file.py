# expect: rejected tex-template
# sandbox: ok runtime_error
# A template read from a host file.
from manim import *


class FromFile(Scene):
    def construct(self):
        template = TexTemplate.from_file("@@CANARY_FILE@@")
        self.add(Text(template.body[:40], font_size=20))
        self.wait(0.1)
