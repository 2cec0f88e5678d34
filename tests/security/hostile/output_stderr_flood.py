# expect: rejected import
# sandbox: ok
# 200 MB on stderr, where Manim's progress is parsed.
import sys

from manim import *


class ErrFlood(Scene):
    def construct(self):
        line = "Animation 0: " + "%" * 990 + "\r"
        for _ in range(200000):
            sys.stderr.write(line)
        self.add(Text("flooded", font_size=24))
        self.wait(0.1)
