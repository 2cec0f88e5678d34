# expect: config-write
from manim import *

class S(Scene):
    def construct(self):
        config["output_file"] = "/tmp/x"
        self.wait()
