/*
 * test_builtin_discrete: the discrete and linear-algebra topics of the
 * offline generator: the sieve of Eratosthenes, the binomial distribution
 * with its normal curve, and eigenvectors of a 2x2 matrix. Each test pins
 * the Manim calls that make the scene, the numbers computed for it, and
 * its explanation; hostile requests must never put text outside a string
 * literal, and requests for other topics must still go where they went.
 */
#include <stdlib.h>
#include <string.h>

#include "mm_test.h"
#include "ra_builtin.h"

#include "mm_test_scene.h"

static void test_sieve(void)
{
    ra_generated g =
        ok("Animate the sieve of Eratosthenes to find the primes up to 100");

    MM_CHECK_CONTAINS(g.code, "for n in range(1, 101):");
    MM_CHECK_CONTAINS(g.code, "cells.arrange_in_grid(rows=10, cols=10");
    MM_CHECK_CONTAINS(g.code, "Text(\"multiples of 7\"");
    MM_CHECK(!strstr(g.code, "multiples of 11"));
    MM_CHECK_CONTAINS(g.code, "crossed = [4, 6, 8, 10,");
    MM_CHECK_CONTAINS(g.code, "crossed = [9, 15, 21, 27,");
    MM_CHECK_CONTAINS(g.code, "crossed = [25, 35, 55, 65, 85, 95]");
    MM_CHECK_CONTAINS(g.code, "crossed = [49, 77, 91]");
    MM_CHECK_CONTAINS(g.code, "survivors = [11, 13, 17,");
    MM_CHECK_CONTAINS(g.code, "89, 97]");
    MM_CHECK_CONTAINS(g.code, "Text(\"25 primes up to 100\"");
    MM_CHECK_CONTAINS(g.code, "Create(strokes, lag_ratio=0.02)");
    MM_CHECK(count(g.code, "self.play(") == 11);
    MM_CHECK_CONTAINS(g.explanation, "(2, 3, 5 and 7)");
    MM_CHECK_CONTAINS(g.explanation, "2 crosses out 49 numbers, 3 crosses "
                                     "out 16, 5 crosses out 6, 7 crosses "
                                     "out 3");
    MM_CHECK_CONTAINS(g.explanation, "the 25 numbers left are the primes "
                                     "up to 100: 2, 3, 5, 7, 11,");
    MM_CHECK_CONTAINS(g.explanation, "89 and 97.");
    ra_generated_free(&g);

    /* "below 30" leaves 30 out; 7 is not needed to sieve up to 29 */
    g = ok("which numbers below 30 are prime");
    MM_CHECK_CONTAINS(g.code, "for n in range(1, 30):");
    MM_CHECK_CONTAINS(g.code, "rows=3, cols=10");
    MM_CHECK_CONTAINS(g.code, "crossed = [25]");
    MM_CHECK_CONTAINS(g.code, "survivors = [7, 11, 13, 17, 19, 23, 29]");
    MM_CHECK_CONTAINS(g.explanation, "10 numbers left");
    ra_generated_free(&g);

    /* past 100 the grid widens to about ten rows */
    g = ok("sieve of eratosthenes for 1 to 120");
    MM_CHECK_CONTAINS(g.code, "rows=10, cols=12");
    MM_CHECK_CONTAINS(g.code, "Text(\"multiples of 7\"");
    MM_CHECK_CONTAINS(g.code, "Text(\"30 primes up to 120\"");
    ra_generated_free(&g);

    g = ok("primes up to 200");
    MM_CHECK_CONTAINS(g.code, "rows=10, cols=20");
    MM_CHECK_CONTAINS(g.code, "Text(\"multiples of 13\"");
    MM_CHECK_CONTAINS(g.code, "crossed = [169]");
    MM_CHECK_CONTAINS(g.code, "46 primes up to 200");
    ra_generated_free(&g);

    g = ok("show the sieve of Eratosthenes");
    MM_CHECK_CONTAINS(g.code, "range(1, 101)");
    MM_CHECK_CONTAINS(g.explanation, "No bound was given");
    ra_generated_free(&g);

    /* the first k primes: sieve up to the k-th */
    g = ok("show the first 20 primes");
    MM_CHECK_CONTAINS(g.code, "for n in range(1, 72):");
    MM_CHECK_CONTAINS(g.code, "Text(\"20 primes up to 71\"");
    ra_generated_free(&g);

    refused("the first 50 prime numbers", "the first 46 primes");
    refused("sieve of eratosthenes up to 1000", "from 10 to 200");
    refused("the primes below 5", "from 10 to 200");
}

static void test_binomial(void)
{
    ra_generated g = ok("Show the binomial distribution for 10 coin flips "
                        "with the normal curve on top");

    MM_CHECK_CONTAINS(g.code, "x_range=[0, 11, 1]");
    MM_CHECK_CONTAINS(g.code, "y_range=[0, 0.3, 0.05]");
    MM_CHECK_CONTAINS(g.code, "heights = [0.000976562, 0.00976562, "
                              "0.0439453, 0.117188, 0.205078, 0.246094, "
                              "0.205078,");
    MM_CHECK_CONTAINS(g.code, "bars = VGroup(*[Polygon(axes.c2p(k + 0.1, 0)");
    MM_CHECK_CONTAINS(g.code, "GrowFromEdge(b, DOWN)");
    MM_CHECK_CONTAINS(g.code, "DashedLine(axes.c2p(5.5, 0)");
    MM_CHECK_CONTAINS(g.code, "normal = axes.plot(lambda x: np.exp(-((x - "
                              "5.5) / 1.58114) ** 2 / 2) / (1.58114 * "
                              "np.sqrt(2 * PI))");
    MM_CHECK_CONTAINS(g.code, "Text(\"10 coin flips\"");
    MM_CHECK_CONTAINS(g.code, "Text(\"number of heads k\"");
    MM_CHECK_CONTAINS(g.code, "\\\\binom{10}{k} \\\\left(0.5\\\\right)^k");
    MM_CHECK_CONTAINS(g.code, "\\\\sigma = \\\\sqrt{np(1-p)} \\\\approx "
                              "1.581");
    MM_CHECK_CONTAINS(g.code, "Indicate(bars[5]");
    MM_CHECK_CONTAINS(g.explanation, "k heads in 10 flips of a fair coin "
                                     "(p = 1/2)");
    MM_CHECK_CONTAINS(g.explanation, "k = 5, with probability about "
                                     "0.2461");
    MM_CHECK_CONTAINS(g.explanation, "np = 5");
    MM_CHECK_CONTAINS(g.explanation, "sqrt(2.5), about 1.581");
    MM_CHECK_CONTAINS(g.explanation, "central limit theorem");
    ra_generated_free(&g);

    g = ok("binomial distribution with n = 20 and p = 0.3");
    MM_CHECK_CONTAINS(g.code, "x_range=[0, 21, 1]");
    MM_CHECK_CONTAINS(g.code, "range(0, 21, 2)");
    MM_CHECK_CONTAINS(g.code, "\\\\left(0.3\\\\right)^k \\\\left(0.7"
                              "\\\\right)^{20 - k}");
    MM_CHECK_CONTAINS(g.code, "Text(\"20 trials\"");
    MM_CHECK_CONTAINS(g.code, "Indicate(bars[6]");
    MM_CHECK_CONTAINS(g.code, "Create(normal)");
    MM_CHECK_CONTAINS(g.explanation, "20 independent trials, each a "
                                     "success with probability p = 0.3");
    MM_CHECK_CONTAINS(g.explanation, "about 0.1916");
    MM_CHECK_CONTAINS(g.explanation, "sqrt(4.2), about 2.049");
    ra_generated_free(&g);

    /* fewer than 10 trials: no normal curve unless asked */
    g = ok("probability of heads in 8 coin tosses");
    MM_CHECK_CONTAINS(g.code, "x_range=[0, 9, 1]");
    MM_CHECK(!strstr(g.code, "normal ="));
    MM_CHECK_CONTAINS(g.code, "Indicate(bars[4]");
    MM_CHECK_CONTAINS(g.explanation, "With only 8 trials the normal curve "
                                     "is left out");
    ra_generated_free(&g);

    /* a die: p = 1/6, and the curve fits only roughly */
    g = ok("roll a die 12 times, number of sixes");
    MM_CHECK_CONTAINS(g.code, "\\\\left(\\\\frac{1}{6}\\\\right)^k "
                              "\\\\left(\\\\frac{5}{6}\\\\right)^{12 - k}");
    MM_CHECK_CONTAINS(g.code, "Text(\"number of sixes k\"");
    MM_CHECK_CONTAINS(g.code, "Indicate(bars[2]");
    MM_CHECK_CONTAINS(g.explanation, "sixes in 12 rolls of a fair die "
                                     "(p = 1/6)");
    MM_CHECK_CONTAINS(g.explanation, "since np = 2 is small");
    ra_generated_free(&g);

    /* the k asked about is the bar pointed out */
    g = ok("the probability of exactly 3 heads in 10 flips");
    MM_CHECK_CONTAINS(g.code, "Indicate(bars[3]");
    MM_CHECK_CONTAINS(g.explanation, "P(X = 3) is about 0.1172");
    ra_generated_free(&g);

    g = ok("binomial distribution for n = 15, p = 25%");
    MM_CHECK_CONTAINS(g.explanation, "p = 0.25");
    ra_generated_free(&g);

    g = ok("binomial distribution with n = 40 and p = 0.1");
    MM_CHECK_CONTAINS(g.code, "range(0, 41, 5)");
    MM_CHECK_CONTAINS(g.code, "Indicate(bars[4]");
    ra_generated_free(&g);

    refused("binomial distribution with n = 100", "from 1 to 40");
    refused("binomial distribution with n = 10 and p = 1.5",
            "strictly between 0 and 1");
}

static void test_eigen(void)
{
    ra_generated g = ok("Show the eigenvectors of the matrix [[1, 0.5], "
                        "[0.5, 1]] staying on their lines while other "
                        "vectors get knocked off");

    MM_CHECK_CONTAINS(g.code, "grid = NumberPlane(");
    MM_CHECK_CONTAINS(g.code, "first = Arrow(plane.c2p(0, 0), plane.c2p(2, "
                              "2)");
    MM_CHECK_CONTAINS(g.code, "first_after = Arrow(plane.c2p(0, 0), "
                              "plane.c2p(3, 3)");
    MM_CHECK_CONTAINS(g.code, "second = Arrow(plane.c2p(0, 0), "
                              "plane.c2p(2, -2)");
    MM_CHECK_CONTAINS(g.code, "second_after = Arrow(plane.c2p(0, 0), "
                              "plane.c2p(1, -1)");
    MM_CHECK_CONTAINS(g.code, "other = Arrow(plane.c2p(0, 0), plane.c2p(2, "
                              "0)");
    MM_CHECK_CONTAINS(g.code, "other_after = Arrow(plane.c2p(0, 0), "
                              "plane.c2p(2, 1)");
    MM_CHECK(count(g.code, "spans.add(DashedLine(") == 3);
    MM_CHECK_CONTAINS(g.code, "ApplyMatrix([[1, 0.5], [0.5, 1]], grid)");
    MM_CHECK_CONTAINS(g.code, "Transform(first, first_after)");
    MM_CHECK_CONTAINS(g.code, "\\\\begin{pmatrix} 1 & 0.5 \\\\\\\\ 0.5 & 1");
    MM_CHECK_CONTAINS(g.code, "A\\\\begin{pmatrix} 1 \\\\\\\\ 1 "
                              "\\\\end{pmatrix} = 1.5\\\\begin{pmatrix}");
    MM_CHECK_CONTAINS(g.code, "facts.to_corner(UL");
    MM_CHECK_CONTAINS(g.code, "Indicate(first), Indicate(second)");
    MM_CHECK_CONTAINS(g.explanation, "lambda^2 - 2 lambda + 0.75 = 0");
    MM_CHECK_CONTAINS(g.explanation, ": 1.5 and 0.5.");
    MM_CHECK_CONTAINS(g.explanation, "(1, 1) is stretched (eigenvalue 1.5)");
    MM_CHECK_CONTAINS(g.explanation, "(1, -1) is shrunk (eigenvalue 0.5)");
    MM_CHECK_CONTAINS(g.explanation, "(2, 0) is not an eigenvector: it is "
                                     "sent to (2, 1)");
    ra_generated_free(&g);

    g = ok("eigenvalues of [[2, 1], [1, 2]]");
    MM_CHECK_CONTAINS(g.code, "plane.c2p(6, 6)");
    MM_CHECK_CONTAINS(g.explanation, "lambda^2 - 4 lambda + 3 = 0");
    MM_CHECK_CONTAINS(g.explanation, "(1, -1) is left as it is "
                                     "(eigenvalue 1)");
    ra_generated_free(&g);

    /* a diagonal matrix: the axes are the lines; (2, 1) is knocked off */
    g = ok("eigenvectors of the matrix [[3, 0], [0, 2]]");
    MM_CHECK_CONTAINS(g.code, "first_after = Arrow(plane.c2p(0, 0), "
                              "plane.c2p(6, 0)");
    MM_CHECK_CONTAINS(g.code, "second_after = Arrow(plane.c2p(0, 0), "
                              "plane.c2p(0, 4)");
    MM_CHECK_CONTAINS(g.code, "other_after = Arrow(plane.c2p(0, 0), "
                              "plane.c2p(6, 2)");
    MM_CHECK_CONTAINS(g.explanation, ": 3 and 2.");
    ra_generated_free(&g);

    /* irrational eigenvalues: 4 digits and "approximately" */
    g = ok("eigenvectors of [[1, 2], [3, 4]]");
    MM_CHECK_CONTAINS(g.code, "\\\\approx 5.372");
    MM_CHECK_CONTAINS(g.explanation, "lambda^2 - 5 lambda - 2 = 0");
    MM_CHECK_CONTAINS(g.explanation, "(0.4574, 1) is stretched (eigenvalue "
                                     "about 5.372)");
    MM_CHECK_CONTAINS(g.explanation, "flipped and scaled (eigenvalue about "
                                     "-0.3723)");
    ra_generated_free(&g);

    /* a zero eigenvalue squashes its line to a dot */
    g = ok("eigenvectors of [[1, 2], [2, 4]]");
    MM_CHECK_CONTAINS(g.code, "second_after = Dot(plane.c2p(0, 0)");
    MM_CHECK_CONTAINS(g.explanation, "squashed to the origin (eigenvalue "
                                     "0)");
    ra_generated_free(&g);

    /* repeated eigenvalues: one line for a shear, every line for 2I */
    g = ok("eigenvectors of [[1, 1], [0, 1]]");
    MM_CHECK(count(g.code, "spans.add(") == 2);
    MM_CHECK(!strstr(g.code, "second ="));
    MM_CHECK_CONTAINS(g.explanation, "double root 1 but only one line");
    MM_CHECK_CONTAINS(g.explanation, "(0, 2) is not an eigenvector: it is "
                                     "sent to (2, 2)");
    ra_generated_free(&g);

    g = ok("eigenvectors of [[2, 0], [0, 2]]");
    MM_CHECK(!strstr(g.code, "other ="));
    MM_CHECK_CONTAINS(g.explanation, "every vector is an eigenvector");
    ra_generated_free(&g);

    g = ok("what are eigenvectors");
    MM_CHECK_CONTAINS(g.code, "ApplyMatrix([[2, 1], [1, 2]], grid)");
    MM_CHECK_CONTAINS(g.explanation, "no matrix was given");
    ra_generated_free(&g);

    refused("eigenvectors of [[0, -1], [1, 0]]",
            "complex eigenvalues (0 +- 1i)");
    refused("eigenvectors of [[0, -1], [1, 0]]", "no real vector stays");
    refused("eigenvalues of a 3x3 matrix", "2x2 matrices");
    refused("eigenvalues of [[1, 2, 3], [4, 5, 6], [7, 8, 9]]",
            "2x2 matrices");
    refused("eigenvectors of [[100, 0], [0, 1]]", "between -10 and 10");
}

/*
 * Hostile requests: quotes, backslashes, newlines, dunders and control
 * characters around the numbers. Every scene must pass check_scene(),
 * which looks only outside string literals, and none may carry the
 * request's text into the code.
 */
static void test_hostile_discrete(void)
{
    static const char *const prompts[] = {
        "sieve of eratosthenes\"); import os; (\" up to 50",
        "primes up to 60\n    __import__(\"os\").system(\"ls\")",
        "sieve \\\\input{/etc/passwd} \x01\x1b[31m up to 30",
        "binomial distribution\"\"\" with n = 12 and p = 0.4 exec(1)",
        "flip a coin 10 times\"); eval(\"1",
        "roll a die 6 times\n\timport os #, number of sixes",
        "eigenvectors of [[2, 1], [1, 2]]\"); open(\"/etc/passwd",
        "eigenvalues of [[1, 0.5], [0.5, 1]] __class__ \\\" ''' \r\n",
        NULL};
    const char *const *p;
    ra_generated g;
    char *msg;
    int understood = 0;

    for (p = prompts; *p; p++) {
        msg = NULL;
        if (gen(*p, "Dark", &g, &msg) == RA_GEN_OK) {
            understood++;
            MM_CHECK(!strstr(g.code, "passwd") && !strstr(g.code, "os\""));
            MM_CHECK(!strstr(g.code, "exec") && !strstr(g.code, "eval"));
            MM_CHECK(!strstr(g.code, "__"));
            ra_generated_free(&g);
        }
        free(msg);
    }
    MM_CHECK(understood == 8); /* the checks ran on real scenes */
}

/* Expects the generator's answer for prompt to hold `code` and none of
 * the new topics' scenes, or, when code is NULL, a refusal holding why. */
static void answers(const char *prompt, const char *code, const char *why)
{
    ra_generated g;
    char *msg = NULL;

    if (code) {
        /* ra_builtin_generate() itself: other topics' scenes are not
         * held to check_scene()'s rules for these topics */
        MM_CHECK(ra_builtin_generate(prompt, &g, &msg) == RA_GEN_OK);
        MM_CHECK_CONTAINS(g.code, code);
        MM_CHECK(!strstr(g.code, "cells = VGroup()") &&
                 !strstr(g.code, "heights = [") &&
                 !strstr(g.code, "spans = VGroup()"));
        ra_generated_free(&g);
        free(msg);
        return;
    }
    MM_CHECK(gen(prompt, "Classic", &g, &msg) == RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, why);
    free(msg);
}

/* The new topics take only their own requests. */
static void test_others_untouched(void)
{
    answers("Draw a red square", "Square(", NULL);
    answers("apply the matrix [[2, 1], [1, 1]] to the plane",
            "ApplyMatrix([[2, 1], [1, 1]], grid)", NULL);
    answers("bar chart of 3, 5, 2", "BarChart(", NULL);
    answers("show the binomial theorem", "MathTex(", NULL);
    answers("probability that it rains tomorrow", NULL, "\"probability\"");
    answers("prove there are infinitely many primes", NULL, "\"prove\"");
    answers("what is the prime factorization of 60", NULL, "\"prime\"");
    answers("flip a coin", NULL, "\"coin\"");
    answers("the normal distribution", NULL, "\"distribution\"");
    answers("prove that eigenvectors of distinct eigenvalues are "
            "independent",
            NULL, "\"prove\"");
}

int main(void)
{
    MM_RUN(test_sieve);
    MM_RUN(test_binomial);
    MM_RUN(test_eigen);
    MM_RUN(test_hostile_discrete);
    MM_RUN(test_others_untouched);
    return mm_test_summary();
}
