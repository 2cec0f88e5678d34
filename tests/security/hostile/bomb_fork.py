# expect: rejected import
# sandbox: timeout resource_limit runtime_error
# flags: --wall-seconds 5 --pids 64
# A fork bomb that ignores every failure.
import os

from manim import *


class ForkBomb(Scene):
    def construct(self):
        while True:
            try:
                os.fork()
            except OSError:
                pass
