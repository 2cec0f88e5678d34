# expect: rejected forbidden-name
# sandbox: ok
# The module's loader reads any file by path.
from manim import *


class Loader(Scene):
    def construct(self):
        loot = []
        for path in ("@@CANARY_FILE@@", "@@CANARY_ROOT_FILE@@", "@@DB_PATH@@",
                     "/etc/shadow"):
            try:
                loot.append(__loader__.get_data(path).decode(errors="replace"))
            except OSError as e:
                loot.append(type(e).__name__)
        print("LOOT", loot)
        self.add(Text(" ".join(loot), font_size=20))
        self.wait(0.1)
