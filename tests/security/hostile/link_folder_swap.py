# expect: rejected import
# sandbox: runtime_error
# A folder on the output's path swapped for a link (to a copy of the
# real frame elsewhere): the path must not be followed.
import atexit
import os
import shutil

from manim import *

FOLDER = "/work/media/images/scene"


def swap():
    shutil.copytree(FOLDER, "/work/elsewhere")
    shutil.rmtree(FOLDER)
    os.symlink("/work/elsewhere", FOLDER)


atexit.register(swap)


class FolderSwap(Scene):
    def construct(self):
        self.add(Square())
        self.wait(0.1)
