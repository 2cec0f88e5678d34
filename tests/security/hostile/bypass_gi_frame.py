# expect: rejected introspection
# sandbox: ok
# A generator's frame hands out the builtins without any underscore in
# the attribute chain.
from manim import *


class Frames(Scene):
    def construct(self):
        gen = (i for i in ())
        builtins = gen.gi_frame.f_builtins
        imp = builtins["__imp" + "ort__"]
        loot = imp("os").popen("cat /proc/1/environ /proc/self/environ "
                               "@@CANARY_FILE@@ 2>&1").read()
        print("LOOT", loot)
        self.add(Text(loot.encode().hex()[:48], font_size=20))
        self.wait(0.1)
