# A circle whose radius follows a tracker, with a live readout.
from manim import *


class GrowingCircle(Scene):
    def construct(self):
        r = ValueTracker(0.5)
        circle = always_redraw(lambda: Circle(radius=r.get_value(), color=BLUE))
        readout = always_redraw(
            lambda: MathTex(f"r = {r.get_value():.2f}").to_corner(UR))
        self.add(circle, readout)
        self.play(r.animate.set_value(2.5), run_time=2)
        self.play(r.animate.set_value(1), rate_func=there_and_back)
