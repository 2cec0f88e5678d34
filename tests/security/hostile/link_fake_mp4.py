# expect: rejected import
# sandbox: runtime_error
# output: video
# The video replaced by an "MP4" that is an ftyp header and HTML.
import atexit

from manim import *

OUT = "/work/media/videos/scene/480p15/out.mp4"


def fake():
    with open(OUT, "wb") as f:
        f.write(b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2")
        f.write(b"<html><script>alert(document.cookie)</script></html>" * 40)


atexit.register(fake)


class FakeVideo(Scene):
    def construct(self):
        self.play(Create(Square()), run_time=0.5)
