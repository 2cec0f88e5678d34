# expect: string-format
from manim import *

class F(Scene):
    def construct(self):
        leak = "{0.__init__.__globals__[os].environ}".format(self)
        self.add(Text(leak))
        self.wait()
