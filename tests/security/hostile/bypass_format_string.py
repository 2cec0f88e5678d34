# expect: rejected string-format
# sandbox: ok
# str.format walks attributes inside a string literal: from Manim's
# open_file to its module's os.environ.
from manim import *


class FormatWalk(Scene):
    def construct(self):
        loot = "{0.__globals__[os].environ}".format(open_file)
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
