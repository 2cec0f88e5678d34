# A syntax-highlighted listing from a string.
from manim import *

SOURCE = """def square(x):
    return x * x

print(square(4))
"""


class Listing(Scene):
    def construct(self):
        listing = Code(code_string=SOURCE, language="python", background="window")
        self.play(FadeIn(listing))
