from manim import *


class TrackerDemo(Scene):
    def construct(self):
        tracker = ValueTracker(0)
        number_line = NumberLine(x_range=[0, 10, 1], length=10)
        dot = always_redraw(
            lambda: Dot(number_line.n2p(tracker.get_value()), color=YELLOW)
        )
        label = DecimalNumber(0, num_decimal_places=2)
        label.add_updater(lambda m: m.set_value(tracker.get_value()))
        label.add_updater(lambda m: m.next_to(dot, UP))
        self.add(number_line, dot, label)
        self.play(tracker.animate.set_value(7.5), run_time=2)
        self.play(tracker.animate.increment_value(-3))
        label.clear_updaters()
        self.wait()
