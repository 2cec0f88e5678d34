# expect: numpy-io
from manim import *
import numpy as np

class N(Scene):
    def construct(self):
        arr = np.load("/tmp/evil.npy", allow_pickle=True)
        self.wait()
