from manim import *


class Background(Scene):
    def construct(self):
        self.camera.background_color = "#1e1e2e"
        star = Star(n=5, outer_radius=2, color=GOLD).set_fill(GOLD, 0.5)
        self.play(DrawBorderThenFill(star))
        self.play(Rotate(star, angle=PI / 5))
        self.wait()
