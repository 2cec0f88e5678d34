# expect: rejected import
# sandbox: runtime_error
# The frame replaced by a FIFO: opening it must not hang the agent.
import atexit
import os

from manim import *

OUT = "/work/media/images/scene/out.png"


def swap():
    os.unlink(OUT)
    os.mkfifo(OUT)


atexit.register(swap)


class Fifo(Scene):
    def construct(self):
        self.add(Square())
        self.wait(0.1)
