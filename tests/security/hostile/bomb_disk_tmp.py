# expect: rejected forbidden-name
# sandbox: resource_limit
# Fill the private /tmp (a tmpfs of bounded size).
from manim import *


class FillTmp(Scene):
    def construct(self):
        chunk = b"x" * (1 << 20)
        with open("/tmp/fill", "wb") as f:
            while True:
                f.write(chunk)
