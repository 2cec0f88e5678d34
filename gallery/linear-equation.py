# Solving 3x + 5 = 20 one step at a time: subtract 5 from both sides,
# divide both sides by 3, and check the answer x = 5 in the original
# equation. Matching pieces of the equation slide into their new places.
from manim import *


class LinearEquation(Scene):
    def construct(self):
        steps = [
            MathTex("3x", "+ 5", "=", "20"),
            MathTex("3x", "+ 5", "- 5", "=", "20", "- 5"),
            MathTex("3x", "=", "15"),
            MathTex(r"\frac{3x}{3}", "=", r"\frac{15}{3}"),
            MathTex("x", "=", "5"),
        ]
        notes = ["", "subtract 5 from both sides", "simplify",
                 "divide both sides by 3", "solution"]
        for eq in steps:
            eq.scale(1.4)
        steps[1][2].set_color(RED)
        steps[1][5].set_color(RED)
        steps[-1].set_color(YELLOW)

        equation = steps[0]
        note = Text(notes[1], color=GREY_B).scale(0.6).to_edge(DOWN, buff=1.2)
        self.play(Write(equation), run_time=1.2)
        for target, text in zip(steps[1:], notes[1:]):
            new_note = Text(text, color=GREY_B).scale(0.6).move_to(note)
            self.play(TransformMatchingTex(equation, target),
                      FadeTransform(note, new_note), run_time=1.2)
            equation, note = target, new_note
            self.wait(0.3)

        check = MathTex(r"3 \cdot 5 + 5 = 20 \;\checkmark", color=GREEN)
        check.next_to(equation, DOWN, buff=0.8)
        self.play(Write(check), run_time=1)
        self.wait(0.6)
