# expect: interactive
from manim import *

class S(Scene):
    def construct(self):
        self.interactive_embed()
