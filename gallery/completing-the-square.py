# Completing the square for x^2 + 6x + 5 = 0: add (6/2)^2 = 9 to both
# sides so the left side becomes the perfect square (x + 3)^2, then take
# square roots. Each step is one line, with the reason beside it.
from manim import *


class CompletingTheSquare(Scene):
    def construct(self):
        lines = [
            (r"x^2 + 6x + 5 = 0", "the equation"),
            (r"x^2 + 6x = -5", "move the constant"),
            (r"x^2 + 6x + 9 = -5 + 9", "add (6/2)² = 9"),
            (r"(x + 3)^2 = 4", "perfect square"),
            (r"x + 3 = \pm 2", "square root"),
            (r"x = -1 \quad \text{or} \quad x = -5", "solutions"),
        ]
        rows = VGroup()
        for tex, note in lines:
            rows.add(VGroup(MathTex(tex), Text(note, color=GREY_B).scale(0.45)))
        equations = VGroup(*(r[0] for r in rows)).arrange(DOWN, buff=0.45)
        # Line the equations up at their equals signs (roughly: centred).
        equations.move_to(LEFT * 1.2)
        for row in rows:
            row[1].next_to(equations, RIGHT, buff=0.8).match_y(row[0])
        rows[-1][0].set_color(YELLOW)

        # The added 9 and the square it completes get their own colour.
        highlight = SurroundingRectangle(rows[3][0], color=GREEN, buff=0.12)

        self.play(Write(rows[0][0]), FadeIn(rows[0][1]), run_time=1)
        for previous, row in zip(rows, rows[1:]):
            self.play(TransformFromCopy(previous[0], row[0]),
                      FadeIn(row[1], shift=LEFT * 0.3), run_time=1)
            if row is rows[3]:
                self.play(Create(highlight), run_time=0.6)
        self.play(Circumscribe(rows[-1][0], color=YELLOW), run_time=1)
        self.wait(0.6)
