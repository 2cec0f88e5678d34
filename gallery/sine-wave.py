# A sine wave is a rotating point seen from the side: as the point turns
# around the unit circle at constant speed, its height is sin t, and
# plotting that height against the angle t traces y = sin t.
from manim import *
import numpy as np


class SineWave(Scene):
    def construct(self):
        center = LEFT * 4.6
        circle = Circle(radius=1.3, color=BLUE).move_to(center)
        axes = Axes(x_range=[0, TAU + 0.3, PI / 2], y_range=[-1.2, 1.2, 1],
                    x_length=(TAU + 0.3) * 1.3, y_length=2.4 * 1.3, tips=False)
        axes.shift(center + RIGHT * 2.0 - axes.c2p(0, 0))
        ticks = VGroup(*(MathTex(tex).scale(0.6).next_to(
            axes.c2p(x, 0), DOWN, buff=0.2)
            for x, tex in ((PI / 2, r"\tfrac{\pi}{2}"), (PI, r"\pi"),
                           (3 * PI / 2, r"\tfrac{3\pi}{2}"), (TAU, r"2\pi"))))

        t = ValueTracker(0.0)

        def on_circle():
            return center + 1.3 * np.array([np.cos(t.get_value()),
                                            np.sin(t.get_value()), 0.0])

        def on_graph():
            return axes.c2p(t.get_value(), np.sin(t.get_value()))

        radius = always_redraw(lambda: Line(center, on_circle(), color=WHITE))
        dot = always_redraw(lambda: Dot(on_circle(), color=YELLOW))
        height = always_redraw(lambda: Line(
            [on_circle()[0], center[1], 0], on_circle(), color=RED,
            stroke_width=6))
        link = always_redraw(lambda: DashedLine(on_circle(), on_graph(),
                                                color=GREY_B))
        wave = always_redraw(lambda: axes.plot(
            np.sin, x_range=[0, max(t.get_value(), 0.001)], color=YELLOW))
        pen = always_redraw(lambda: Dot(on_graph(), color=YELLOW))

        label = MathTex(r"y = \sin t", color=YELLOW).next_to(
            axes.c2p(PI / 2, 1), UP, buff=0.3)
        title = Text("height of a point turning at constant speed").scale(
            0.5).to_edge(UP, buff=0.4)

        self.play(Create(circle), Create(axes), Write(ticks), FadeIn(title),
                  run_time=1.2)
        self.add(height, radius, link, wave, dot, pen)
        self.play(t.animate.set_value(TAU), run_time=6, rate_func=linear)
        self.play(Write(label), run_time=0.8)
        self.wait(0.5)
