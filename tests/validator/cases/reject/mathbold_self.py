# expect: underscore
from manim import *

class U(Scene):
    def construct(self):
        b = print.__𝐬𝐞𝐥𝐟__
        self.wait()
