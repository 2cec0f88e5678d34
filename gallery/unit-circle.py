# The unit circle definition of sine and cosine: a point at angle theta on
# the circle of radius 1 has coordinates (cos theta, sin theta). Its
# horizontal and vertical projections change as the point goes round, and
# cos^2 + sin^2 = 1 is the Pythagorean theorem in the right triangle.
from manim import *
import numpy as np


class UnitCircle(Scene):
    def construct(self):
        axes = Axes(x_range=[-1.4, 1.4, 0.5], y_range=[-1.4, 1.4, 0.5],
                    x_length=6.3, y_length=6.3, tips=False).to_edge(LEFT, buff=0.8)
        circle = Circle(radius=axes.x_axis.unit_size, color=BLUE).move_to(
            axes.c2p(0, 0))
        one = MathTex("1").scale(0.7).next_to(axes.c2p(1, 0), DR, buff=0.08)

        theta = ValueTracker(0.01)

        def tip():
            t = theta.get_value()
            return axes.c2p(np.cos(t), np.sin(t))

        def foot():
            return axes.c2p(np.cos(theta.get_value()), 0)

        radius = always_redraw(lambda: Line(axes.c2p(0, 0), tip(), color=WHITE))
        cos_line = always_redraw(lambda: Line(axes.c2p(0, 0), foot(),
                                              color=GREEN, stroke_width=7))
        sin_line = always_redraw(lambda: Line(foot(), tip(), color=RED,
                                              stroke_width=7))
        arc = always_redraw(lambda: Arc(
            radius=0.45, start_angle=0, angle=theta.get_value() % TAU + 0.001,
            arc_center=axes.c2p(0, 0), color=YELLOW))
        point = always_redraw(lambda: Dot(tip(), color=YELLOW))

        def value_row(tex, color, func):
            number = DecimalNumber(func(theta.get_value()), num_decimal_places=3,
                                   include_sign=True, color=color)
            number.add_updater(lambda d: d.set_value(func(theta.get_value())))
            return VGroup(MathTex(tex, color=color), number).arrange(RIGHT)

        degrees = DecimalNumber(0, num_decimal_places=0, unit=r"^\circ",
                                color=YELLOW)
        degrees.add_updater(lambda d: d.set_value(
            np.degrees(theta.get_value()) % 360))
        panel = VGroup(
            VGroup(MathTex(r"\theta =", color=YELLOW), degrees).arrange(RIGHT),
            value_row(r"\cos\theta =", GREEN, np.cos),
            value_row(r"\sin\theta =", RED, np.sin),
            MathTex(r"\cos^2\theta + \sin^2\theta = 1"),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.45).to_edge(RIGHT, buff=0.8)

        self.play(Create(axes), Create(circle), Write(one), run_time=1.2)
        self.add(cos_line, sin_line, radius, arc, point)
        self.play(FadeIn(panel[:3]), run_time=0.6)
        self.play(theta.animate.set_value(TAU + PI / 3), run_time=6,
                  rate_func=linear)
        self.play(Write(panel[3]), run_time=1)
        self.wait(0.5)
