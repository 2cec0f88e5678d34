# expect: rejected forbidden-name
# sandbox: resource_limit
# flags: --file-mb 32
# One file past the size limit (RLIMIT_FSIZE).
from manim import *


class BigFile(Scene):
    def construct(self):
        chunk = b"z" * (1 << 20)
        with open("/work/big", "wb") as f:
            for _ in range(64):
                f.write(chunk)
