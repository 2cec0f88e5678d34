# An image made from a numpy array (no file on disk).
from manim import *
import numpy as np


class GradientImage(Scene):
    def construct(self):
        x = np.linspace(0, 255, 128)
        red = np.tile(x, (96, 1))
        green = np.tile(np.linspace(255, 0, 96)[:, None], (1, 128))
        blue = np.full((96, 128), 128.0)
        pixels = np.stack([red, green, blue], axis=-1).astype(np.uint8)
        image = ImageMobject(pixels).scale(3)
        self.play(FadeIn(image))
