from manim import *


class GetattrLiteral(Scene):
    def construct(self):
        sq = Square()
        color = getattr(sq, "color")
        if hasattr(sq, "fill_opacity"):
            sq.set_fill(color, opacity=0.5)
        animation = getattr(sq.animate, "rotate")(PI / 4)
        self.play(animation)
        self.wait()
