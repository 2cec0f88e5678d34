# expect: rejected dynamic-attribute
# sandbox: ok
# getattr with a computed name reaches eval.
from manim import *


class Concat(Scene):
    def construct(self):
        b = getattr(print, "__se" + "lf__")
        ev = getattr(b, "ev" + "al")
        loot = ev("__import__('os').popen('cat @@CANARY_FILE@@ 2>&1').read()")
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
