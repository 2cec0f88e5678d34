# Eigenvectors stay on their own line: the matrix [[1, 0.5], [0.5, 1]]
# stretches the direction (1, 1) by its eigenvalue 1.5 and shrinks the
# direction (1, -1) by 0.5, while a vector such as (2, 0) is knocked off
# its span to (2, 1).
from manim import *
import numpy as np

MATRIX = [[1, 0.5], [0.5, 1]]


class Eigenvectors(Scene):
    def construct(self):
        grid = NumberPlane(x_range=[-16, 16, 1], y_range=[-16, 16, 1])
        spans = VGroup(
            DashedLine(4.5 * DL, 4.5 * UR, color=YELLOW, stroke_width=2),
            DashedLine(4.5 * UL, 4.5 * DR, color=TEAL, stroke_width=2),
            DashedLine(6 * LEFT, 6 * RIGHT, color=PINK, stroke_width=2),
        )
        v1 = Vector([2, 2], color=YELLOW)
        v2 = Vector([2, -2], color=TEAL)
        w = Vector([2, 0], color=PINK)

        matrix = Matrix(MATRIX, h_buff=1.1).scale(0.7)
        facts = VGroup(
            matrix,
            MathTex(r"A\begin{pmatrix}1\\1\end{pmatrix} = 1.5"
                    r"\begin{pmatrix}1\\1\end{pmatrix}", color=YELLOW),
            MathTex(r"A\begin{pmatrix}1\\-1\end{pmatrix} = 0.5"
                    r"\begin{pmatrix}1\\-1\end{pmatrix}", color=TEAL),
            MathTex(r"A\begin{pmatrix}2\\0\end{pmatrix} = "
                    r"\begin{pmatrix}2\\1\end{pmatrix}", color=PINK),
        ).arrange(DOWN, buff=0.3).scale(0.75).to_corner(UL, buff=0.3)
        card = SurroundingRectangle(facts, color=GREY, buff=0.15,
                                    fill_color=GREY_E, fill_opacity=0.95)
        # Keep the card and its text above the moving grid.
        card.set_z_index(1)
        facts.set_z_index(2)

        self.add(grid)
        self.play(Create(spans), run_time=1)
        self.play(GrowArrow(v1), GrowArrow(v2), GrowArrow(w), run_time=1)
        self.play(FadeIn(card), Write(facts[0]), run_time=0.8)
        # Only the grid and the vectors move; the dashed spans stay put.
        self.play(ApplyMatrix(MATRIX, VGroup(grid, v1, v2, w)), run_time=3)
        self.play(Write(facts[1:]), run_time=1.5)
        self.play(Indicate(v1), Indicate(v2), run_time=1)
        self.wait(0.5)
