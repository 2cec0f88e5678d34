# expect: rejected host-file
# sandbox: ok
# Code(code_file=...) renders any text file.
from manim import *


class CodeFile(Scene):
    def construct(self):
        shown = []
        for path in ("@@CANARY_FILE@@", "@@CANARY_ROOT_FILE@@", "/etc/passwd"):
            try:
                self.add(Code(code_file=path))
                shown.append("read")
            except Exception as e:
                shown.append(type(e).__name__)
        self.add(Text(" ".join(shown), font_size=24).to_edge(DOWN))
        self.wait(0.1)
