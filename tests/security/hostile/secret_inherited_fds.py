# expect: rejected import
# sandbox: ok
# Descriptors the agent might have handed down: read every one.
import os

from manim import *


class Fds(Scene):
    def construct(self):
        seen = []
        for fd in range(3, 1024):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:
                continue
            try:
                seen.append(target + ": " + os.pread(fd, 4096, 0).decode(errors="replace"))
            except OSError as e:
                seen.append(target + ": " + type(e).__name__)
        print("LOOT", seen)
        self.add(Text(str(len(seen)), font_size=24))
        self.wait(0.1)
