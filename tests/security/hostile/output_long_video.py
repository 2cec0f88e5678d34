# expect: contained timeout
# sandbox: timeout
# output: video
# flags: --wall-seconds 5
# A wait of a day: frames until the wall clock ends it.
from manim import *


class Forever(Scene):
    def construct(self):
        self.add(Circle())
        self.wait(86400)
