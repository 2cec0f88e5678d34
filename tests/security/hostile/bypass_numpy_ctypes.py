# expect: rejected numpy-io
# sandbox: ok
# numpy re-exports ctypes: libc's getenv and system.
from manim import *
import numpy as np


class NumpyCtypes(Scene):
    def construct(self):
        ct = np.ctypeslib.ctypes
        libc = ct.CDLL(None)
        libc.getenv.restype = ct.c_char_p
        loot = repr(libc.getenv(b"MM_CANARY_ENV"))
        libc.system(b"cat @@CANARY_FILE@@ > /work/loot.txt 2>&1")
        print("LOOT", loot)
        self.add(Text(loot, font_size=24))
        self.wait(0.1)
