from manim import *

SNIPPET = '''def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
'''


class ShowCode(Scene):
    def construct(self):
        code = Code(code_string=SNIPPET, language="python", background="window")
        self.play(FadeIn(code))
        self.wait()
