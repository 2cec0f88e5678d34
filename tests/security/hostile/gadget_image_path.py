# expect: rejected host-file
# sandbox: ok
# ImageMobject opens a path with Pillow.
from manim import *


class ImagePath(Scene):
    def construct(self):
        shown = []
        for path in ("@@CANARY_FILE@@", "/proc/self/environ", "/etc/hostname"):
            try:
                self.add(ImageMobject(path))
                shown.append("opened")
            except Exception as e:
                shown.append(type(e).__name__)
        self.add(Text(" ".join(shown), font_size=24))
        self.wait(0.1)
