# expect: numpy-io
from manim import *
import numpy as np

class N(Scene):
    def construct(self):
        np.arange(3).tofile("/tmp/payload")
        self.wait()
