# expect: rejected host-file
# sandbox: ok
# Mobject images saved by Pillow to absolute paths on the "host".
from manim import *


class SaveOutside(Scene):
    def construct(self):
        shown = []
        for path in ("/tmp/@@MARKER@@.png", "@@DATA_DIR@@/@@MARKER@@.png",
                     "/var/tmp/@@MARKER@@.png"):
            try:
                Square().get_image().save(path)
                shown.append("saved")
            except Exception as e:
                shown.append(type(e).__name__)
        self.add(Text(" ".join(shown), font_size=24))
        self.wait(0.1)
