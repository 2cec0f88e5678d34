# expect: contained ok
# sandbox: ok
# Valid code printing 200 MB: the agent keeps a bounded tail.
from manim import *


class Flood(Scene):
    def construct(self):
        line = "A" * 999
        for _ in range(200000):
            print(line)
        self.add(Text("flooded", font_size=24))
        self.wait(0.1)
