# expect: forbidden-name
from manim import *

class U(Scene):
    def construct(self):
        ｅｖａｌ("__import__('os').system('id')")
        self.wait()
