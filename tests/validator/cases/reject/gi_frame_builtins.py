# expect: introspection
from manim import *

class G(Scene):
    def construct(self):
        gen = (i for i in ())
        imp = gen.gi_frame.f_builtins["__import__"]
        imp("os").system("id")
        self.wait()
