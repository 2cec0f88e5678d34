# expect: rejected forbidden-name
# sandbox: ok
# Fullwidth letters are NFKC-normalised to eval by the parser.
from manim import *


class Fullwidth(Scene):
    def construct(self):
        loot = ｅｖａｌ("__import__('os').popen('env; id').read()")
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
