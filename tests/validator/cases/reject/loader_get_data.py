# expect: forbidden-name
from manim import *

class L(Scene):
    def construct(self):
        data = __loader__.get_data("/etc/passwd")
        self.add(Text(data.decode()[:40]))
        self.wait()
