# expect: rejected host-file
# sandbox: ok
# Manim's rich console and logger handlers hold host streams and paths.
from manim import *


class Logger(Scene):
    def construct(self):
        handler = logger.handlers[0]
        stream = handler.console.file
        seen = [repr(stream), repr(getattr(stream, "name", None))]
        print("LOOT", seen)
        self.add(Text("logger", font_size=24))
        self.wait(0.1)
