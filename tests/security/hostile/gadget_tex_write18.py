# expect: rejected latex-primitive
# sandbox: ok runtime_error
# \write18 runs a shell command when shell escape is on.
from manim import *


class TexShell(Scene):
    def construct(self):
        self.add(Tex(r"\immediate\write18{cat @@CANARY_FILE@@ > loot.tex}"
                     r"\input{loot.tex}"))
        self.wait(0.1)
