# expect: forbidden-name
from manim import *

class S(Scene):
    def construct(self):
        text = open("/etc/passwd").read()
        self.add(Text(text[:30]))
        self.wait()
