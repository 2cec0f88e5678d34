# Typed helper functions, functools.partial and math.
from __future__ import annotations

import functools
import math
from typing import Sequence

from manim import *


def ring(n: int, radius: float, color: ManimColor = BLUE) -> VGroup:
    return VGroup(*[
        Dot([radius * math.cos(k * TAU / n), radius * math.sin(k * TAU / n), 0], color=color)
        for k in range(n)])


def total(values: Sequence[float]) -> float:
    return functools.reduce(lambda a, b: a + b, values, 0.0)


class Rings(Scene):
    def construct(self):
        small = functools.partial(ring, radius=1.0)
        rings = VGroup(small(6), ring(12, 2.0, RED), ring(int(total([8, 10])), 3.0, GREEN))
        self.play(LaggedStart(*[Create(r) for r in rings], lag_ratio=0.4))
