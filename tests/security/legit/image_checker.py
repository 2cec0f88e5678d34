# A checkerboard image, nearest-neighbour scaled, with a frame around it.
from manim import *
import numpy as np


class Checker(Scene):
    def construct(self):
        board = (np.indices((8, 8)).sum(axis=0) % 2 * 255).astype(np.uint8)
        image = ImageMobject(board)
        image.set_resampling_algorithm(RESAMPLING_ALGORITHMS["nearest"])
        image.height = 5
        frame = SurroundingRectangle(image, color=GOLD, buff=0.1)
        self.play(FadeIn(image), Create(frame))
