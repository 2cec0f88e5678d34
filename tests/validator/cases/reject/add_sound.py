# expect: host-file
from manim import *

class S(Scene):
    def construct(self):
        self.add_sound("/dev/urandom")
        self.wait()
