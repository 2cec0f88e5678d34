# expect: rejected numpy-io
# sandbox: ok
# numpy's DataSource fetches URLs.
from manim import *
import numpy as np


class DataSource(Scene):
    def construct(self):
        try:
            np.lib.npyio.DataSource("/tmp").open("http://127.0.0.1:@@PORT@@/x")
            shown = "fetched"
        except Exception as e:
            shown = type(e).__name__
        self.add(Text(shown, font_size=24))
        self.wait(0.1)
