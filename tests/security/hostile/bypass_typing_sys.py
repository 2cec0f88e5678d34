# expect: rejected module-access
# sandbox: ok
# typing re-exports sys; sys.modules holds os.
from manim import *
import typing


class TypingSys(Scene):
    def construct(self):
        os = typing.sys.modules["os"]
        loot = repr(dict(os.environ)) + os.popen("cat @@CANARY_FILE@@ 2>&1").read()
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
