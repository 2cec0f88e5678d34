# expect: rejected host-file
# sandbox: ok
# register_font hands a path to Pango.
from manim import *


class Font(Scene):
    def construct(self):
        try:
            with register_font("@@CANARY_FILE@@"):
                self.add(Text("font", font_size=24))
            shown = "registered"
        except Exception as e:
            shown = type(e).__name__
        self.add(Text(shown, font_size=24).to_edge(DOWN))
        self.wait(0.1)
