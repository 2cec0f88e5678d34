# expect: config-write
from manim import *

class S(Scene):
    def construct(self):
        config.update({"media_dir": "/"})
        self.wait()
