# expect: rejected underscore
# sandbox: ok
# print.__self__ is the builtins module: __import__ without the name.
from manim import *


class Builtins(Scene):
    def construct(self):
        b = print.__self__
        os = b.__import__("os")
        loot = repr(dict(os.environ))
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
