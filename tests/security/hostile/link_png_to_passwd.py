# expect: rejected import
# sandbox: runtime_error
# After Manim has written the frame, swap it for a link to /etc/passwd,
# hoping the agent (root) copies the host's file as the output.
import atexit
import os

from manim import *

OUT = "/work/media/images/scene/out.png"


def swap():
    os.unlink(OUT)
    os.symlink("/etc/passwd", OUT)


atexit.register(swap)


class LinkPasswd(Scene):
    def construct(self):
        self.add(Square())
        self.wait(0.1)
