# expect: dynamic-attribute
from manim import *

class S(Scene):
    def construct(self):
        setattr(config, "media_dir", "/")
        self.wait()
