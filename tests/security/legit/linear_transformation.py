# The LinearTransformationScene applying a shear.
from manim import *


class Shear(LinearTransformationScene):
    def __init__(self, **kwargs):
        super().__init__(show_coordinates=True, leave_ghost_vectors=True, **kwargs)

    def construct(self):
        self.add_vector([1, 2], color=YELLOW)
        self.apply_matrix([[1, 1], [0, 1]])
        self.wait(0.5)
