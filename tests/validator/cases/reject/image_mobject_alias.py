# expect: host-file
from manim import *

Img = ImageMobject

class I(Scene):
    def construct(self):
        self.add(Img("/etc/passwd"))
        self.wait()
