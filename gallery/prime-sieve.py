# The sieve of Eratosthenes on 2..100: cross out the multiples of 2, 3, 5
# and 7 (every composite number up to 100 has a prime factor of at most
# sqrt(100) = 10); the 25 numbers left are the primes.
from manim import *

SIEVE_PRIMES = [(2, RED), (3, GREEN), (5, BLUE), (7, PURPLE)]


def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))


class PrimeSieve(Scene):
    def construct(self):
        cells = VGroup()
        for n in range(1, 101):
            box = Square(side_length=0.62, color=GREY, stroke_width=1.5)
            cells.add(VGroup(box, Text(str(n)).scale(0.36)))
        cells.arrange_in_grid(rows=10, cols=10, buff=0.04).to_edge(LEFT,
                                                                   buff=0.8)
        number = {n: cells[n - 1] for n in range(1, 101)}

        legend = VGroup(*(Text(f"multiples of {p}", color=c).scale(0.45)
                          for p, c in SIEVE_PRIMES))
        result = Text("25 primes below 100", color=YELLOW).scale(0.5)
        VGroup(*legend, result).arrange(DOWN, aligned_edge=LEFT,
                                        buff=0.3).to_edge(RIGHT, buff=0.6)
        result.shift(DOWN * 0.4)

        self.play(FadeIn(cells, lag_ratio=0.01), run_time=1.2)
        self.play(number[1][1].animate.set_opacity(0.3), run_time=0.4)
        for p, color in SIEVE_PRIMES:
            multiples = [number[m] for m in range(2 * p, 101, p)
                         if all(m % q for q, _ in SIEVE_PRIMES if q < p)]
            self.play(number[p][0].animate.set_fill(color, opacity=0.6),
                      FadeIn(legend[[q for q, _ in SIEVE_PRIMES].index(p)]),
                      run_time=0.4)
            self.play(*(m[1].animate.set_color(color).set_opacity(0.45)
                        for m in multiples), run_time=0.8)
        primes = [number[n] for n in range(11, 101) if is_prime(n)]
        self.play(*(m[0].animate.set_fill(YELLOW, opacity=0.5)
                    for m in primes), Write(result), run_time=1)
        self.wait(0.5)
