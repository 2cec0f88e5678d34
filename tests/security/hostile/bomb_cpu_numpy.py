# expect: contained timeout
# sandbox: timeout
# flags: --wall-seconds 4
# Endless linear algebra on every core the BLAS finds.
from manim import *
import numpy as np


class Crunch(Scene):
    def construct(self):
        m = np.random.rand(300, 300)
        while True:
            m = np.linalg.inv(m @ m.T + np.eye(300))
