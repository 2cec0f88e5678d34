# expect: config-write
from manim import *

class S(Scene):
    def construct(self):
        with tempconfig({"preview_command": "sh"}):
            self.wait()
