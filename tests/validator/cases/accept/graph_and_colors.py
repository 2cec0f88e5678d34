from manim import *
import manim.utils.color.manim_colors as Colors


class ColourGraph(Scene):
    def construct(self):
        vertices = [1, 2, 3, 4]
        edges = [(1, 2), (2, 3), (3, 4), (4, 1)]
        graph = Graph(vertices, edges, layout="circular",
                      vertex_config={"fill_color": Colors.PURE_GREEN})
        tri = Triangle(color=XKCD.AVOCADO).next_to(graph, RIGHT)
        self.play(Create(graph), FadeIn(tri))
        self.play(graph[1].animate.move_to(UP * 2), rate_func=rate_functions.ease_in_out_sine)
        self.wait()
