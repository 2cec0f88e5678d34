# Solving an equation step by step, matching parts of the formula.
from manim import *


class SolveSteps(Scene):
    def construct(self):
        steps = [
            MathTex("2x", "+", "3", "=", "7"),
            MathTex("2x", "=", "7", "-", "3"),
            MathTex("2x", "=", "4"),
            MathTex("x", "=", "2"),
        ]
        current = steps[0]
        self.play(Write(current))
        for nxt in steps[1:]:
            self.play(TransformMatchingTex(current, nxt))
            current = nxt
        self.play(Indicate(current))
