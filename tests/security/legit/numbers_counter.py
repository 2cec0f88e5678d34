# A counter that follows a ValueTracker.
from manim import *


class Counter(Scene):
    def construct(self):
        tracker = ValueTracker(0)
        number = DecimalNumber(0, num_decimal_places=2, font_size=80)
        number.add_updater(lambda m: m.set_value(tracker.get_value()))
        label = Text("value", font_size=30).next_to(number, UP)
        self.add(number, label)
        self.play(tracker.animate.set_value(3.14), run_time=2)
        number.clear_updaters()
