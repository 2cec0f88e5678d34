# expect: contained timeout
# sandbox: timeout
# flags: --wall-seconds 4
# An endless loop in valid Manim code.
from manim import *


class Spin(Scene):
    def construct(self):
        n = 0
        while True:
            n += 1
