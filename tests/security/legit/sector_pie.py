# Annular sectors as a pie chart, with a legend built from a dict.
from manim import *


class Pie(Scene):
    def construct(self):
        shares = {"math": 0.4, "physics": 0.35, "art": 0.25}
        colors = [BLUE, GREEN, ORANGE]
        start = 0.0
        pie = VGroup()
        legend = VGroup()
        for (name, share), color in zip(shares.items(), colors):
            pie.add(AnnularSector(inner_radius=0.8, outer_radius=2, angle=share * TAU,
                                  start_angle=start, color=color))
            legend.add(VGroup(Square(0.3, fill_opacity=1, color=color),
                              Text(f"{name} {int(share * 100)}%", font_size=24)).arrange(RIGHT))
            start += share * TAU
        legend.arrange(DOWN, aligned_edge=LEFT).to_edge(RIGHT)
        pie.to_edge(LEFT, buff=1)
        self.play(*[GrowFromCenter(s) for s in pie], FadeIn(legend))
