# expect: contained resource_limit timeout
# sandbox: resource_limit timeout
# flags: --memory-mb 256 --wall-seconds 12
# Manim's own objects, a million of them.
from manim import *


class ManyMobjects(Scene):
    def construct(self):
        dots = VGroup(*[Dot([i % 13, i % 7, 0]) for i in range(1000000)])
        self.add(dots)
