from manim import *


class FStrings(Scene):
    def construct(self):
        values = [1.2345, 2.5, 10]
        lines = VGroup(*[Text(f"value {i}: {v:.2f}") for i, v in enumerate(values)])
        lines.arrange(DOWN, aligned_edge=LEFT)
        width = config.frame_width
        header = Text(f"frame width = {width:.1f}", font_size=30).to_edge(UP)
        self.play(Write(header))
        self.play(FadeIn(lines, shift=RIGHT))
        self.wait()
