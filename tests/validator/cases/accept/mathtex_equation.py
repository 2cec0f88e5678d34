from manim import *


class Equation(Scene):
    def construct(self):
        eq = MathTex(r"e^{i\pi} + 1 = 0", font_size=72)
        integral = MathTex(r"\int_0^1 x^2\,dx = \frac{1}{3}").next_to(eq, DOWN)
        tex = Tex(r"Euler's identity \textbf{rocks}").to_edge(UP)
        self.play(Write(eq))
        self.play(FadeIn(integral, shift=UP), Write(tex))
        self.play(Indicate(eq[0]))
        self.wait()
