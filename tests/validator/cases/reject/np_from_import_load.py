# expect: numpy-io
from manim import *
from numpy import load as innocent

class N(Scene):
    def construct(self):
        innocent("/tmp/x.npy", allow_pickle=True)
        self.wait()
