# expect: rejected forbidden-name
# sandbox: ok
# The canary files by their host paths.
from manim import *


class CanaryFiles(Scene):
    def construct(self):
        seen = []
        for path in ("@@CANARY_FILE@@", "@@CANARY_ROOT_FILE@@"):
            try:
                with open(path) as f:
                    seen.append(f.read())
            except OSError as e:
                seen.append(type(e).__name__)
        print("LOOT", seen)
        self.add(Text(" ".join(seen), font_size=24))
        self.wait(0.1)
