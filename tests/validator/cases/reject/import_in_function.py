# expect: import
from manim import *

class S(Scene):
    def construct(self):
        import subprocess
        subprocess.run(["id"])
        self.wait()
