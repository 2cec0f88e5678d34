# A text table with a highlighted cell.
from manim import *


class TextTable(Scene):
    def construct(self):
        table = Table(
            [["1", "one"], ["2", "two"], ["3", "three"]],
            col_labels=[Text("n"), Text("name")],
            include_outer_lines=True).scale(0.7)
        self.play(table.create())
        self.play(table.get_cell((2, 2), color=YELLOW).animate.set_stroke(width=6))
