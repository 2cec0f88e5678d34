# The inscribed angle theorem: an angle APB with its vertex P on the
# circle is half the central angle AOB on the same arc. As P moves along
# the arc the inscribed angle stays 50 degrees while AOB is 100 degrees.
from manim import *
import numpy as np

R = 2.3
CENTER = LEFT * 2.4


def on_circle(degrees):
    return CENTER + R * np.array([np.cos(degrees * DEGREES),
                                  np.sin(degrees * DEGREES), 0.0])


def angle_arc(vertex, p, q, radius, color):
    """The arc of the (non-reflex) angle p-vertex-q, drawn at the vertex."""
    start = np.arctan2(*(p - vertex)[1::-1])
    turn = np.arctan2(*(q - vertex)[1::-1]) - start
    turn = (turn + PI) % TAU - PI
    return Arc(radius=radius, start_angle=start, angle=turn,
               arc_center=vertex, color=color, stroke_width=5)


def angle_between(vertex, p, q):
    u, v = p - vertex, q - vertex
    cos = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return np.degrees(np.arccos(np.clip(cos, -1, 1)))


class InscribedAngle(Scene):
    def construct(self):
        circle = Circle(radius=R, color=BLUE).move_to(CENTER)
        a, b = on_circle(220), on_circle(320)
        center_dot = Dot(CENTER)
        dots = VGroup(Dot(a), Dot(b))
        labels = VGroup(MathTex("A").next_to(a, DL, buff=0.1),
                        MathTex("B").next_to(b, DR, buff=0.1),
                        MathTex("O").next_to(CENTER, UP, buff=0.15))
        central = VGroup(Line(CENTER, a, color=GREEN),
                         Line(CENTER, b, color=GREEN),
                         angle_arc(CENTER, a, b, 0.5, GREEN))

        theta = ValueTracker(40)  # position of P on the circle, in degrees

        def p_point():
            return on_circle(theta.get_value())

        inscribed = always_redraw(lambda: VGroup(
            Line(p_point(), a, color=YELLOW),
            Line(p_point(), b, color=YELLOW),
            angle_arc(p_point(), a, b, 0.55, YELLOW),
            Dot(p_point(), color=YELLOW),
        ))
        p_label = always_redraw(lambda: MathTex("P", color=YELLOW).move_to(
            p_point() + 0.4 * normalize(p_point() - CENTER)))

        value = DecimalNumber(angle_between(p_point(), a, b),
                              num_decimal_places=1, unit=r"^\circ",
                              color=YELLOW)
        value.add_updater(lambda d: d.set_value(angle_between(p_point(), a, b)))
        readout = VGroup(
            VGroup(MathTex(r"\angle APB =", color=YELLOW), value).arrange(RIGHT),
            MathTex(r"\angle AOB = 100.0^\circ", color=GREEN),
            MathTex(r"\angle APB = \tfrac{1}{2}\,\angle AOB"),
        ).arrange(DOWN, aligned_edge=LEFT, buff=0.5).to_edge(RIGHT, buff=0.6)

        self.play(Create(circle), FadeIn(center_dot), FadeIn(dots),
                  Write(labels), run_time=1.2)
        self.play(Create(central), Write(readout[1]), run_time=1)
        self.play(Create(inscribed), FadeIn(p_label), Write(readout[0]),
                  run_time=1)
        self.play(theta.animate.set_value(160), run_time=2.5)
        self.play(theta.animate.set_value(95), run_time=1.5)
        self.play(Write(readout[2]), run_time=1)
        self.wait(0.5)
