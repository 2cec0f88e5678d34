# A graph with a circular layout and a highlighted path.
from manim import *


class CircularGraph(Scene):
    def construct(self):
        vertices = list(range(1, 7))
        edges = [(1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 1), (1, 4)]
        g = Graph(vertices, edges, layout="circular", layout_scale=2.5,
                  labels=True, vertex_config={"fill_color": BLUE})
        self.play(Create(g))
        self.play(g.vertices[1].animate.set_color(RED), g.edges[(1, 4)].animate.set_color(YELLOW))
