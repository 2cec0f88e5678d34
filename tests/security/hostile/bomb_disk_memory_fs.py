# expect: rejected import
# sandbox: resource_limit
# Memory file systems: / and /dev are read-only, /dev/shm is small.
import os

from manim import *


class MemoryFs(Scene):
    def construct(self):
        for path in ("/fill", "/dev/fill", "/work/../fill", "/usr/fill"):
            try:
                open(path, "wb").close()
                print("wrote", path)
            except OSError as e:
                print(path, type(e).__name__)
        chunk = b"s" * (1 << 20)
        with open("/dev/shm/fill", "wb") as f:
            while True:
                f.write(chunk)
                os.fsync(f.fileno())
