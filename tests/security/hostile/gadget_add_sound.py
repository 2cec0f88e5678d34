# expect: rejected host-file
# sandbox: ok
# add_sound decodes a file by path.
from manim import *


class Sound(Scene):
    def construct(self):
        try:
            self.add_sound("@@CANARY_FILE@@")
            shown = "opened"
        except Exception as e:
            shown = type(e).__name__
        self.add(Text(shown, font_size=24))
        self.wait(0.1)
