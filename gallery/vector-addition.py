# Vector addition tip to tail: to add v to u, slide v so that it starts at
# the tip of u; the sum u + v runs from the start of u to the tip of the
# moved v. Doing it in the other order gives the same diagonal of the
# parallelogram, so u + v = v + u.
from manim import *
import numpy as np


class VectorAddition(Scene):
    def construct(self):
        plane = NumberPlane(
            x_range=[-7, 7, 1], y_range=[-4, 4, 1],
            background_line_style={"stroke_color": BLUE_D, "stroke_width": 1,
                                   "stroke_opacity": 0.5},
        )
        origin = plane.c2p(-3, -2)
        u = np.array([4.0, 1.0, 0.0])
        v = np.array([1.0, 3.0, 0.0])

        vec_u = Arrow(origin, origin + u, buff=0, color=GREEN)
        vec_v = Arrow(origin, origin + v, buff=0, color=RED)
        lab_u = MathTex(r"\vec u = (4, 1)", color=GREEN).scale(0.8).next_to(
            vec_u.get_center(), DOWN + RIGHT * 0.3, buff=0.2)
        lab_v = MathTex(r"\vec v = (1, 3)", color=RED).scale(0.8).next_to(
            vec_v.get_center(), LEFT, buff=0.2)
        start = Dot(origin)

        moved_v = Arrow(origin + u, origin + u + v, buff=0, color=RED)
        moved_u = Arrow(origin + v, origin + v + u, buff=0, color=GREEN)
        total = Arrow(origin, origin + u + v, buff=0, color=YELLOW,
                      stroke_width=8)
        lab_sum = MathTex(r"\vec u + \vec v = (5, 4)", color=YELLOW).next_to(
            origin + u + v, RIGHT, buff=0.2)
        rule = MathTex(r"\vec u + \vec v = \vec v + \vec u").to_corner(
            UL, buff=0.5)

        self.add(plane)
        self.play(FadeIn(start), GrowArrow(vec_u), Write(lab_u), run_time=1)
        self.play(GrowArrow(vec_v), Write(lab_v), run_time=1)
        # Tip to tail: a copy of v moves to the tip of u.
        self.play(TransformFromCopy(vec_v, moved_v), run_time=1.5)
        self.play(GrowArrow(total), run_time=1)
        self.play(Write(lab_sum), run_time=0.8)
        # The other order closes the parallelogram.
        self.play(TransformFromCopy(vec_u, moved_u), run_time=1.5)
        self.play(Write(rule), run_time=1)
        self.wait(0.5)
