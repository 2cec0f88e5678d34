# expect: rejected import
# sandbox: ok
# /proc of processes outside: pid 1 of the host, the sentinel (a process
# of the sandbox's own user), the agent, found by walking parents.
import os

from manim import *


class ProcHost(Scene):
    def construct(self):
        seen = []
        for path in ("/proc/1/environ", "/proc/@@SENTINEL_PID@@/environ",
                     "/proc/@@SENTINEL_PID@@/cmdline", "/proc/1/root/etc/shadow",
                     "/proc/1/root@@CANARY_FILE@@", "/proc/self/root@@CANARY_FILE@@"):
            try:
                with open(path, "rb") as f:
                    seen.append(f.read().decode(errors="replace"))
            except OSError as e:
                seen.append(type(e).__name__)
        pid = os.getpid()
        while pid > 1:
            with open(f"/proc/{pid}/stat") as f:
                pid = int(f.read().split(")")[1].split()[1])
            seen.append(str(pid))
        print("LOOT", seen)
        self.add(Text(" ".join(seen[:6]), font_size=16))
        self.wait(0.1)
