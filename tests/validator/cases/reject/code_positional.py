# expect: host-file
from manim import *

class C(Scene):
    def construct(self):
        self.add(Code("/etc/passwd", language="text"))
        self.wait()
