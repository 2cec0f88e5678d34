from manim import *

PALETTE = [BLUE_A, BLUE_B, BLUE_C, BLUE_D, BLUE_E]
RADII = {"small": 0.5, "large": 1.5}


class Palette(Scene):
    def setup(self):
        self.circles = VGroup(*[Circle(radius=RADII["small"], color=c) for c in PALETTE])

    def construct(self):
        self.circles.arrange(RIGHT)
        height = config.frame_height
        self.play(Create(self.circles))
        self.play(self.circles.animate.set_height(height / 4))
        self.wait()


if __name__ == "__main__":
    print("render with: manim -ql this_file.py Palette")
