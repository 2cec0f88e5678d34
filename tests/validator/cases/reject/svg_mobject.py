# expect: host-file
from manim import *

class S(Scene):
    def construct(self):
        self.add(SVGMobject("/etc/passwd"))
        self.wait()
