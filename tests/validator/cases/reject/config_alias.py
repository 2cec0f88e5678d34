# expect: config-write
from manim import *

cfg = config
cfg.media_dir = "/"

class S(Scene):
    def construct(self):
        self.wait()
