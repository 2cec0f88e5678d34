# expect: rejected import
# sandbox: ok
# TIOCSTI pushes keystrokes into a terminal the process shares.
import fcntl
import termios

from manim import *


class Tiocsti(Scene):
    def construct(self):
        seen = []
        for fd in (0, 1, 2):
            try:
                fcntl.ioctl(fd, termios.TIOCSTI, b"x")
                seen.append("pushed")
            except OSError as e:
                seen.append(type(e).__name__)
        try:
            open("/dev/tty", "wb")
            seen.append("tty")
        except OSError as e:
            seen.append(type(e).__name__)
        self.add(Text(" ".join(seen), font_size=24))
        self.wait(0.1)
