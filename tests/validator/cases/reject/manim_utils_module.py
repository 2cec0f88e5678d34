# expect: module-access
from manim import *

class S(Scene):
    def construct(self):
        utils.file_ops.os.system("id")
        self.wait()
