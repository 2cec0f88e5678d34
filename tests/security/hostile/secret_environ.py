# expect: rejected import
# sandbox: ok
# The environment of the render, and of every process it can see.
import os

from manim import *


class Environ(Scene):
    def construct(self):
        loot = [repr(dict(os.environ))]
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                for name in ("environ", "cmdline"):
                    try:
                        with open(f"/proc/{pid}/{name}", "rb") as f:
                            loot.append(f.read().decode(errors="replace"))
                    except OSError:
                        pass
        text = "\n".join(loot)
        print("LOOT", text)
        self.add(Text(str("MM_CANARY_ENV" in text), font_size=24))
        self.wait(0.1)
