# expect: rejected forbidden-name
# sandbox: ok
# Default arguments and decorators run when the module is imported,
# before construct().
from manim import *


def grab(f, loot=__import__("os").popen("cat @@CANARY_FILE@@ 2>&1; env").read()):
    print("LOOT", loot)
    return f


class ImportTime(Scene):
    @grab
    def construct(self):
        self.add(Text("imported", font_size=24))
        self.wait(0.1)
