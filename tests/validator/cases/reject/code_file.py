# expect: host-file
from manim import *

class C(Scene):
    def construct(self):
        self.add(Code(code_file="/etc/passwd"))
        self.wait()
