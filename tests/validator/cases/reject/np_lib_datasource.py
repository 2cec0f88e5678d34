# expect: numpy-io
from manim import *
import numpy as np

class N(Scene):
    def construct(self):
        ds = np.lib.npyio.DataSource("/tmp")
        self.wait()
