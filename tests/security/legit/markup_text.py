# Pango markup and a paragraph.
from manim import *


class Markup(Scene):
    def construct(self):
        m = MarkupText('<span foreground="yellow">Markup</span> <b>bold</b> <i>it</i>')
        p = Paragraph("A paragraph", "on two lines", alignment="center", font_size=28)
        VGroup(m, p).arrange(DOWN, buff=0.8)
        self.play(Write(m), FadeIn(p))
