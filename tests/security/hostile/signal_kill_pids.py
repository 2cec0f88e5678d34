# expect: rejected import
# sandbox: ok
# SIGKILL to every process it can see and, blindly, to every pid below
# 65536 and the sentinel's (a host process of the sandbox's own user), but
# not to its own threads (a thread id names the whole process); then it
# renders as if nothing happened.
import os
import signal

from manim import *


class KillPids(Scene):
    def construct(self):
        mine = {int(t) for t in os.listdir("/proc/self/task")}
        seen = [int(p) for p in os.listdir("/proc") if p.isdigit()]
        killed = 0
        for pid in [@@SENTINEL_PID@@] + seen + list(range(1, 65536)):
            if pid in mine:
                continue
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
        print("KILLED", killed, "of", seen)
        self.add(Text("still here", font_size=24))
        self.wait(0.1)
