# expect: rejected forbidden-name
# sandbox: resource_limit
# flags: --work-mb 64
# Fill the work folder (on the host's disk) with files of 16 MB.
from manim import *


class FillWork(Scene):
    def construct(self):
        chunk = b"y" * (16 << 20)
        i = 0
        while True:
            with open(f"/work/fill{i}", "wb") as f:
                f.write(chunk)
            i += 1
