# expect: rejected import
# sandbox: runtime_error resource_limit
# kill(-1, SIGKILL): every process the sandbox user could signal.
import os
import signal

from manim import *


class KillAll(Scene):
    def construct(self):
        os.kill(-1, signal.SIGKILL)
        self.wait(0.1)
