# A tree layout from a root vertex.
from manim import *


class TreeGraph(Scene):
    def construct(self):
        vertices = [1, 2, 3, 4, 5, 6, 7]
        edges = [(1, 2), (1, 3), (2, 4), (2, 5), (3, 6), (3, 7)]
        g = Graph(vertices, edges, layout="tree", root_vertex=1, layout_scale=3)
        self.play(Create(g))
        self.play(g.animate.change_layout("circular"))
