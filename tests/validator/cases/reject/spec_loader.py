# expect: forbidden-name
from manim import *

class L(Scene):
    def construct(self):
        data = __spec__.loader.get_data("/etc/passwd")
        self.wait()
