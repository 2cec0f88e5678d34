# A directed graph with a spring layout (seeded) and a partite graph.
from manim import *


class Directed(Scene):
    def construct(self):
        d = DiGraph([0, 1, 2, 3], [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2)],
                    layout="spring", layout_config={"seed": 2}, layout_scale=2)
        p = Graph([1, 2, 3, 4, 5], [(1, 3), (1, 4), (2, 5)],
                  layout="partite", partitions=[[1, 2], [3, 4, 5]])
        VGroup(d, p).arrange(RIGHT, buff=1)
        self.play(Create(d), Create(p))
