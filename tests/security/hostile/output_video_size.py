# expect: contained resource_limit
# sandbox: resource_limit
# output: video
# flags: --video-mb 1
# Random noise in every frame: a video far past the accepted size.
from manim import *
import numpy as np


def noise(m, dt):
    m.pixel_array = np.random.randint(0, 255, (240, 427, 4)).astype(np.uint8)


class Noise(Scene):
    def construct(self):
        image = ImageMobject(np.zeros((240, 427, 4)).astype(np.uint8))
        image.height = 8
        image.add_updater(noise)
        self.add(image)
        self.wait(1)
