# expect: rejected import
# sandbox: ok
# SIGKILL to every pid there may be, the sentinel and pid 1 included (but
# not its own threads: a thread id names the whole process), then render
# as if nothing happened.
import os
import signal

from manim import *


class KillPids(Scene):
    def construct(self):
        killed = 0
        mine = {int(t) for t in os.listdir("/proc/self/task")}
        with open("/proc/sys/kernel/pid_max") as f:
            pid_max = min(int(f.read()), 4194304)
        for pid in [@@SENTINEL_PID@@, 1] + list(range(2, pid_max)):
            if pid in mine:
                continue
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except OSError:
                pass
        print("KILLED", killed)
        self.add(Text("still here", font_size=24))
        self.wait(0.1)
