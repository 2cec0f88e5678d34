# expect: numpy-io
from manim import *
import numpy as np

class N(Scene):
    def construct(self):
        libc = np.ctypeslib.ctypes.CDLL(None)
        libc.system(b"id")
        self.wait()
