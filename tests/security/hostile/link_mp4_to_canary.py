# expect: rejected import
# sandbox: runtime_error
# output: video
# The video swapped for a link to the canary file.
import atexit
import os

from manim import *

OUT = "/work/media/videos/scene/480p15/out.mp4"


def swap():
    os.unlink(OUT)
    os.symlink("@@CANARY_FILE@@", OUT)


atexit.register(swap)


class VideoLink(Scene):
    def construct(self):
        self.play(Create(Square()), run_time=0.5)
