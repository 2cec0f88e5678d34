# expect: config-write
from manim import *

config.media_dir = "/"

class S(Scene):
    def construct(self):
        self.wait()
