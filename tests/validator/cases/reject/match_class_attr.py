# expect: underscore
from manim import *

class S(Scene):
    def construct(self):
        match print:
            case object(__self__=b):
                pass
        self.wait()
