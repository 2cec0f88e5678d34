# A planet orbiting with a dt-based updater and a redrawn line.
from manim import *
import numpy as np


class Orbit(Scene):
    def construct(self):
        sun = Dot(radius=0.2, color=YELLOW)
        planet = Dot(color=BLUE).move_to(RIGHT * 2.5)
        planet.angle = 0.0

        def move(mob, dt):
            mob.angle += dt
            mob.move_to(2.5 * np.array([np.cos(mob.angle), np.sin(mob.angle), 0]))

        planet.add_updater(move)
        link = always_redraw(lambda: Line(sun.get_center(), planet.get_center(), stroke_width=2))
        self.add(sun, planet, link)
        self.wait(2)
        planet.remove_updater(move)
