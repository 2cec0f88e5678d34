# expect: contained runtime_error
# sandbox: runtime_error
# Unbounded recursion.
from manim import *


def down(n):
    return down(n + 1) + 1


class Deep(Scene):
    def construct(self):
        self.add(Text(str(down(0))))
