# expect: module-access
from manim import *
import typing

class S(Scene):
    def construct(self):
        typing.sys.modules["os"].system("id")
        self.wait()
