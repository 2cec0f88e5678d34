# expect: host-file
from manim import *

class I(Scene):
    def construct(self):
        self.add(ImageMobject("/etc/passwd"))
        self.wait()
