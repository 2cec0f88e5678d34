# expect: contained resource_limit runtime_error
# sandbox: resource_limit runtime_error
# flags: --memory-mb 256
# A numpy array of 7 GB, filled.
from manim import *
import numpy as np


class MemoryNumpy(Scene):
    def construct(self):
        big = np.ones((30000, 30000))
        self.add(Text(str(big.sum())))
