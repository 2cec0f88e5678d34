from manim import *


class Matrices(Scene):
    def construct(self):
        m = MathTex(r"A = \begin{pmatrix} 1 & 2 \\ 3 & 4 \end{pmatrix}")
        aligned = MathTex(
            r"\begin{aligned} f(x) &= (x+1)^2 \\ &= x^2 + 2x + 1 \end{aligned}"
        ).next_to(m, DOWN)
        cases = MathTex(
            r"|x| = \begin{cases} x & x \ge 0 \\ -x & x < 0 \end{cases}"
        ).next_to(aligned, DOWN)
        matrix = Matrix([[1, 0], [0, 1]]).to_edge(LEFT)
        self.play(Write(m), Create(matrix))
        self.play(FadeIn(aligned), FadeIn(cases))
        self.wait()
