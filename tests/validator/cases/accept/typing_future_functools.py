from __future__ import annotations

import functools
import itertools
import math
from typing import Callable

from manim import *


@functools.lru_cache(maxsize=None)
def falling(n: int) -> int:
    return math.prod(range(1, n + 1))


def compose(f: Callable[[float], float], g: Callable[[float], float]) -> Callable[[float], float]:
    return lambda x: f(g(x))


class Combinatorics(Scene):
    def construct(self):
        pairs = list(itertools.combinations(range(4), 2))
        label = MathTex(rf"\binom{{4}}{{2}} = {len(pairs)}")
        fact = MathTex(f"5! = {falling(5)}").next_to(label, DOWN)
        h = compose(math.sqrt, abs)
        value = DecimalNumber(h(-16)).next_to(fact, DOWN)
        self.play(Write(label))
        self.play(Write(fact), FadeIn(value))
        self.wait()
