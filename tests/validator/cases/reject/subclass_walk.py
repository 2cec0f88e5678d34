# expect: underscore
from manim import *

class Walk(Scene):
    def construct(self):
        for cls in ().__class__.__base__.__subclasses__():
            if cls.__name__ == "_wrap_close":
                cls.__init__.__globals__["system"]("id")
        self.wait()
