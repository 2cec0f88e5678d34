# expect: host-file
from manim import *

class S(Scene):
    def construct(self):
        Square().color_using_background_image("/etc/hosts")
        self.wait()
