# expect: forbidden-name
from manim import *

class S(Scene):
    def construct(self):
        exec("import os; os.system('id')")
        self.wait()
