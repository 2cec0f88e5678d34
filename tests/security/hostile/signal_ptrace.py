# expect: rejected import
# sandbox: ok
# ptrace and /proc/<pid>/mem against the sentinel (same user, outside).
import ctypes

from manim import *

PTRACE_ATTACH = 16


class Trace(Scene):
    def construct(self):
        libc = ctypes.CDLL(None, use_errno=True)
        seen = [libc.ptrace(PTRACE_ATTACH, @@SENTINEL_PID@@, None, None),
                ctypes.get_errno()]
        try:
            with open("/proc/@@SENTINEL_PID@@/mem", "rb") as f:
                seen.append(len(f.read(16)))
        except OSError as e:
            seen.append(type(e).__name__)
        self.add(Text(" ".join(map(str, seen)), font_size=24))
        self.wait(0.1)
