# Regular polygons in a row, labelled with their side counts.
from manim import *


class PolygonGallery(Scene):
    def construct(self):
        shapes = VGroup()
        for n in range(3, 9):
            poly = RegularPolygon(n=n, color=interpolate_color(BLUE, RED, (n - 3) / 5))
            poly.add(Integer(n).scale(0.6))
            shapes.add(poly)
        shapes.arrange_in_grid(rows=2, buff=0.6)
        self.play(Create(shapes), run_time=2)
