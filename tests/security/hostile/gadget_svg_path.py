# expect: rejected host-file
# sandbox: ok
# SVGMobject parses a file by path.
from manim import *


class SvgPath(Scene):
    def construct(self):
        try:
            self.add(SVGMobject("@@CANARY_FILE@@"))
            shown = "opened"
        except Exception as e:
            shown = type(e).__name__
        self.add(Text(shown, font_size=24))
        self.wait(0.1)
