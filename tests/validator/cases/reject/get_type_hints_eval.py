# expect: forbidden-name
from manim import *
import typing

def f(x: "__import__('os').system('id')"):
    return x

class S(Scene):
    def construct(self):
        typing.get_type_hints(f)
        self.wait()
