# expect: rejected forbidden-name
# sandbox: ok
# Write a marker wherever the host might keep it.
from manim import *

TARGETS = ["/tmp", "/var/tmp", "/", "/root", "/etc", "/usr", "/opt",
           "/dev/shm", "/dev", "@@VENV@@", "@@DATA_DIR@@", "/work/..",
           "/proc/1/root/tmp", "/proc/self/root/var/tmp"]


class WriteEverywhere(Scene):
    def construct(self):
        seen = []
        for d in TARGETS:
            try:
                with open(d + "/@@MARKER@@", "w") as f:
                    f.write("escaped")
                seen.append("w")
            except OSError as e:
                seen.append(type(e).__name__[:4])
        print("WROTE", list(zip(TARGETS, seen)))
        self.add(Text(" ".join(seen), font_size=18))
        self.wait(0.1)
