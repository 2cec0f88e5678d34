# expect: numpy-io
from manim import *

class N(Scene):
    def construct(self):
        rows = rate_functions.np.genfromtxt("/etc/passwd", dtype=str)
        self.wait()
