# expect: rejected config-write
# sandbox: runtime_error
# The output file name as an absolute path outside the work folder, set
# when the module is imported, before the scene's file writer exists.
from manim import *

config.output_file = "/tmp/@@MARKER@@"


class ConfigOutput(Scene):
    def construct(self):
        self.add(Text("elsewhere", font_size=24))
        self.wait(0.1)
