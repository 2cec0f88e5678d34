# The Pythagorean theorem for the 3-4-5 right triangle: the squares on the
# legs hold 9 and 16 unit squares, the square on the hypotenuse holds 25,
# and 9 + 16 = 25, i.e. a^2 + b^2 = c^2.
from manim import *
import numpy as np

UNIT = 0.6  # one unit of length on screen


def grid_square(corner, u, v, n, color):
    """An n-by-n grid of small squares spanned by the vectors u, v (each of
    length n units) from `corner`: the square on one side of the triangle."""
    du, dv = u / n, v / n
    cells = VGroup()
    for i in range(n):
        for j in range(n):
            p = corner + i * du + j * dv
            cells.add(Polygon(p, p + du, p + du + dv, p + dv, color=color,
                              stroke_width=1.5, fill_opacity=0.35))
    return cells


class PythagoreanTheorem(Scene):
    def construct(self):
        a_len, b_len = 3, 4
        right = np.array([-2.6, -0.9, 0.0])         # the right angle
        b_end = right + RIGHT * b_len * UNIT        # end of the leg of 4
        a_end = right + UP * a_len * UNIT           # end of the leg of 3
        triangle = Polygon(right, b_end, a_end, color=WHITE, stroke_width=4)
        corner = RightAngle(Line(right, b_end), Line(right, a_end),
                            length=0.25, color=WHITE)

        hyp = a_end - b_end                         # length 5 units
        outward = np.array([hyp[1], -hyp[0], 0.0])  # perpendicular, away

        sq_b = grid_square(right, b_end - right, DOWN * b_len * UNIT, b_len,
                           BLUE)
        sq_a = grid_square(right, a_end - right, LEFT * a_len * UNIT, a_len,
                           GREEN)
        sq_c = grid_square(b_end, hyp, outward, 5, YELLOW)

        # The areas are written beside their squares (over the grid lines
        # they would be hard to read).
        area_a = MathTex("a^2", "=", "9", color=GREEN).next_to(sq_a, LEFT)
        area_b = MathTex("b^2", "=", "16", color=BLUE).next_to(sq_b, LEFT)
        area_c = MathTex("c^2", "=", "25", color=YELLOW).next_to(
            sq_c, RIGHT, buff=0.3)

        equation = VGroup(
            MathTex("9", "+", "16", "=", "25"),
            MathTex("a^2", "+", "b^2", "=", "c^2"),
        ).arrange(DOWN, buff=0.5).scale(1.1).to_corner(DR, buff=0.9)
        equation[0][0].set_color(GREEN)
        equation[0][2].set_color(BLUE)
        equation[0][4].set_color(YELLOW)

        self.play(Create(triangle), Create(corner), run_time=1)
        for squares, area in ((sq_a, area_a), (sq_b, area_b), (sq_c, area_c)):
            self.play(LaggedStart(*(FadeIn(c) for c in squares),
                                  lag_ratio=0.05),
                      run_time=1)
            self.play(Write(area), run_time=0.5)
        self.play(TransformFromCopy(VGroup(area_a[2], area_b[2], area_c[2]),
                                    VGroup(equation[0][0], equation[0][2],
                                           equation[0][4])),
                  FadeIn(equation[0][1]), FadeIn(equation[0][3]), run_time=1.2)
        self.play(Write(equation[1]), run_time=1)
        self.play(Circumscribe(equation[1], color=YELLOW), run_time=1)
        self.wait(0.5)
