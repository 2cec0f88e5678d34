# expect: contained resource_limit
# sandbox: resource_limit
# flags: --memory-mb 256
# Valid Manim code that touches gigabytes of memory.
from manim import *


class MemoryList(Scene):
    def construct(self):
        hog = []
        for i in range(8192):
            hog.append(bytes([i % 251]) * (1 << 20))
        self.add(Text(str(len(hog))))
