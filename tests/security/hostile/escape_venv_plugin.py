# expect: rejected import
# sandbox: ok
# Persistence through the runtime: a .pth file and a manim plugin in the
# venv would run in every later render.
import glob

from manim import *


class Persist(Scene):
    def construct(self):
        seen = []
        for site in glob.glob("@@VENV@@/lib/python*/site-packages"):
            for name in ("@@MARKER@@.pth", "@@MARKER@@_plugin.py",
                         "manim/@@MARKER@@.py"):
                try:
                    with open(f"{site}/{name}", "w") as f:
                        f.write("import os; os.system('id')\n")
                    seen.append("w")
                except OSError as e:
                    seen.append(type(e).__name__[:4])
        self.add(Text(" ".join(seen), font_size=24))
        self.wait(0.1)
