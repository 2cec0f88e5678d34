# A phase tracker shifting a sine wave drawn with always_redraw.
from manim import *
import numpy as np


class ShiftingWave(Scene):
    def construct(self):
        axes = Axes(x_range=[0, 2 * PI], y_range=[-1.2, 1.2], x_length=10, y_length=4)
        phase = ValueTracker(0)
        wave = always_redraw(lambda: axes.plot(
            lambda x: np.sin(x + phase.get_value()), color=BLUE))
        label = always_redraw(lambda: MathTex(
            rf"\varphi = {phase.get_value():.1f}").to_edge(UP))
        self.add(axes, wave, label)
        self.play(phase.animate.set_value(PI), run_time=2, rate_func=linear)
