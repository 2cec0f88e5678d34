# expect: rejected numpy-io
# sandbox: ok
# np.load(allow_pickle=True) runs a pickle's reduce: code execution from
# a data file the scene wrote itself.
from manim import *
import numpy as np
import pickle


class Payload:
    def __reduce__(self):
        return (eval, ("__import__('os').popen('env; cat @@CANARY_FILE@@').read()",))


class NumpyPickle(Scene):
    def construct(self):
        with open("/tmp/p.npy", "wb") as f:
            np.save(f, np.array([Payload()], dtype=object), allow_pickle=True)
        loot = str(np.load("/tmp/p.npy", allow_pickle=True)[0])
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
