# A 2x2 matrix as a transformation of the plane: its columns say where
# the basis vectors i and j land, grid lines stay parallel and evenly
# spaced, and the unit square becomes a parallelogram whose area is the
# determinant, here 2*1.5 - 1*1 = 2.
from manim import *
import numpy as np

MATRIX = [[2, 1], [1, 1.5]]


class MatrixTransformation(Scene):
    def construct(self):
        grid = NumberPlane(x_range=[-12, 12, 1], y_range=[-12, 12, 1])
        ghost = NumberPlane(
            x_range=[-7, 7, 1], y_range=[-4, 4, 1],
            background_line_style={"stroke_color": GREY, "stroke_width": 1,
                                   "stroke_opacity": 0.4},
            axis_config={"stroke_opacity": 0.4},
        )
        square = Polygon(ORIGIN, RIGHT, UR, UP, color=YELLOW, fill_opacity=0.4,
                         stroke_width=2)
        i_hat = Vector(RIGHT, color=GREEN)
        j_hat = Vector(UP, color=RED)
        moving = VGroup(grid, square, i_hat, j_hat)

        matrix = Matrix(MATRIX, h_buff=1.0).scale(0.8)
        matrix.get_columns()[0].set_color(GREEN)
        matrix.get_columns()[1].set_color(RED)
        det = MathTex(r"\det = 2 \cdot 1.5 - 1 \cdot 1 = 2", color=YELLOW)
        det.scale(0.8)
        panel = VGroup(matrix, det).arrange(DOWN, buff=0.35).to_corner(UL,
                                                                       buff=0.4)
        card = SurroundingRectangle(panel, color=GREY, buff=0.2,
                                    fill_color=GREY_E, fill_opacity=0.95)
        # Keep the card and its text above the moving grid.
        card.set_z_index(1)
        panel.set_z_index(2)

        self.add(ghost, grid)
        self.play(FadeIn(square), GrowArrow(i_hat), GrowArrow(j_hat),
                  run_time=1)
        self.play(FadeIn(card), Write(matrix), run_time=1)
        self.play(ApplyMatrix(MATRIX, moving), run_time=3)
        self.play(Write(det), run_time=1)
        self.play(Indicate(square, color=YELLOW), run_time=1)
        self.wait(0.5)
