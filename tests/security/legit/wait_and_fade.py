# A static composition that only waits (one animation call).
from manim import *


class StillLife(Scene):
    def construct(self):
        self.camera.background_color = "#1e1e2e"
        self.add(Annulus(inner_radius=1, outer_radius=1.5, color=TEAL),
                 Text("still", font_size=36).to_edge(DOWN))
        self.wait(0.5)
