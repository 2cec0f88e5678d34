# expect: rejected forbidden-name
# sandbox: resource_limit
# Empty files by the hundred thousand in the work folder.
from manim import *


class Inodes(Scene):
    def construct(self):
        for i in range(200000):
            open(f"/work/i{i}", "w").close()
