# expect: rejected latex-primitive
# sandbox: ok runtime_error
# \openin and \read pull a file line by line into a macro.
from manim import *


class TexRead(Scene):
    def construct(self):
        self.add(Tex(r"\newread\f\openin\f=@@CANARY_FILE@@ "
                     r"\read\f to\x \closein\f [\x]"))
        self.wait(0.1)
