# expect: underscore
from manim import *

class Row(VGroup):
    def __init__(self, **kwargs):
        VGroup.__init__(self, **kwargs)

class S(Scene):
    def construct(self):
        self.add(Row())
        self.wait()
