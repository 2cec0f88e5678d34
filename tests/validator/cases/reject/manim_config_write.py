# expect: config-write
import manim
from manim import *

manim.config.tex_dir = "/tmp"

class S(Scene):
    def construct(self):
        self.wait()
