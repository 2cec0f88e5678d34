/*
 * test_builtin_quadratic: quadratic equations in the offline generator:
 * completing the square, the quadratic formula, factoring (the default
 * when the roots are rational), roots of expressions and of y = f(x),
 * equations brought to standard form, no real roots, and the parabola
 * with its roots. Each test pins the Manim calls, the numbers computed
 * and the explanation; requests about something else must go where they
 * went before, and hostile requests must never put text outside a string
 * literal.
 */
#include <stdlib.h>
#include <string.h>

#include "mm_test.h"
#include "ra_builtin.h"

#include "mm_test_scene.h"

/* The gallery's prompt: completing the square, one step per line. */
static void test_completing_the_square(void)
{
    ra_generated g =
        ok("Solve x^2 + 6x + 5 = 0 by completing the square, step by step");

    MM_CHECK_CONTAINS(g.code, "Text(\"Completing the square\"");
    MM_CHECK_CONTAINS(g.code, "line_1 = MathTex(\"x^{2} + 6x + 5\", \"=\", "
                              "\"0\"");
    MM_CHECK_CONTAINS(g.code,
                      "line_2 = MathTex(\"x^{2} + 6x\", \"=\", \"-5\"");
    MM_CHECK_CONTAINS(g.code, "line_3 = MathTex(\"x^{2} + 6x + 9\", \"=\", "
                              "\"-5 + 9\"");
    MM_CHECK_CONTAINS(g.code, "line_4 = MathTex(\"\\\\left(x + "
                              "3\\\\right)^{2}\", \"=\", \"4\"");
    MM_CHECK_CONTAINS(g.code,
                      "line_5 = MathTex(\"x + 3\", \"=\", \"\\\\pm 2\"");
    MM_CHECK_CONTAINS(g.code, "line_6 = MathTex(\"x\", \"=\", \"-1 "
                              "\\\\quad \\\\text{or} \\\\quad x = -5\"");
    MM_CHECK_CONTAINS(g.code, "Text(\"add (6/2)^2 = 9 to both sides\"");
    MM_CHECK_CONTAINS(g.code, "Text(\"subtract 5 from both sides\"");
    MM_CHECK_CONTAINS(g.code, "TransformFromCopy(line_5, line_6)");
    MM_CHECK_CONTAINS(g.code, "Circumscribe(line_6");
    MM_CHECK(!strstr(g.code, "Axes(")); /* only the algebra was asked */
    MM_CHECK_CONTAINS(g.explanation, "adding (b/2a)^2 = 9");
    MM_CHECK_CONTAINS(g.explanation, "(x + 3)^2 = 4");
    MM_CHECK_CONTAINS(g.explanation, "The solutions are x = -1 and x = -5.");
    ra_generated_free(&g);

    /* a != 1: divide first; a root that is not a whole number */
    g = ok("solve 2x^2 - 4x - 3 = 0 by completing the square");
    MM_CHECK_CONTAINS(g.code, "Text(\"divide both sides by 2\"");
    MM_CHECK_CONTAINS(g.code, "\"x^{2} - 2x - \\\\frac{3}{2}\"");
    MM_CHECK_CONTAINS(g.code, "\"\\\\pm \\\\frac{\\\\sqrt{10}}{2}\"");
    MM_CHECK_CONTAINS(g.code, "\\\\frac{2 \\\\pm \\\\sqrt{10}}{2} "
                              "\\\\approx 2.581 \\\\text{ or } -0.5811");
    MM_CHECK_CONTAINS(g.explanation, "x = (2 +/- sqrt(10))/2");
    ra_generated_free(&g);

    /* a negative right side: complex roots, and the graph shows why */
    g = ok("complete the square to solve x^2 + 2x + 5 = 0");
    MM_CHECK_CONTAINS(g.code, "\"\\\\left(x + 1\\\\right)^{2}\", \"=\", "
                              "\"-4\"");
    MM_CHECK_CONTAINS(g.code, "\"-1 \\\\pm 2i\"");
    MM_CHECK_CONTAINS(g.code, "axes.plot(");
    MM_CHECK_CONTAINS(g.explanation, "never meets the x-axis");
    ra_generated_free(&g);

    /* no equation given: an example, said so */
    g = ok("solve a quadratic equation by completing the square");
    MM_CHECK_CONTAINS(g.code, "\"x^{2} + 6x + 5\"");
    MM_CHECK_CONTAINS(g.explanation, "No quadratic was given");
    ra_generated_free(&g);
}

/* The gallery's prompt: the formula, the discriminant, the graph. */
static void test_quadratic_formula(void)
{
    ra_generated g = ok("Use the quadratic formula to solve x^2 - x - 2 = 0 "
                        "and show the roots on the graph");

    MM_CHECK_CONTAINS(g.code, "Text(\"The quadratic formula\"");
    MM_CHECK_CONTAINS(g.code, "\"\\\\frac{-b \\\\pm \\\\sqrt{b^{2} - "
                              "4ac}}{2a}\"");
    MM_CHECK_CONTAINS(g.code, "\"1,\\\\; b = -1,\\\\; c = -2\"");
    MM_CHECK_CONTAINS(g.code, "\"\\\\left(-1\\\\right)^{2} - "
                              "4\\\\left(1\\\\right)\\\\left(-2\\\\right) = "
                              "9\"");
    MM_CHECK_CONTAINS(g.code, "\"\\\\frac{1 \\\\pm \\\\sqrt{9}}{2} = "
                              "\\\\frac{1 \\\\pm 3}{2}\"");
    MM_CHECK_CONTAINS(g.code, "\"2 \\\\quad \\\\text{or} \\\\quad x = -1\"");
    MM_CHECK_CONTAINS(g.code, "discriminant > 0: two real roots");
    /* the graph: axes around the roots and vertex, the parabola, dots */
    MM_CHECK_CONTAINS(g.code, "x_range=[-2, 3, 1]");
    MM_CHECK_CONTAINS(g.code, "y_range=[-3, 3, 1]");
    MM_CHECK_CONTAINS(g.code, "axes.plot(lambda x: (1 * x + -1) * x + -2");
    MM_CHECK_CONTAINS(g.code, "root_dots.add(Dot(axes.c2p(-1, 0)");
    MM_CHECK_CONTAINS(g.code, "root_dots.add(Dot(axes.c2p(2, 0)");
    MM_CHECK_CONTAINS(g.code, "vertex = Dot(axes.c2p(0.5, -2.25)");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"x = -1\"");
    MM_CHECK_CONTAINS(g.explanation, "a = 1, b = -1, c = -2");
    MM_CHECK_CONTAINS(g.explanation, "b^2 - 4ac is 9, positive");
    MM_CHECK_CONTAINS(g.explanation, "x = 2 and x = -1");
    MM_CHECK_CONTAINS(g.explanation, "vertex (0.5, -2.25)");
    ra_generated_free(&g);

    /* an irrational pair, simplified: sqrt(8) = 2 sqrt(2) */
    g = ok("use the quadratic formula on x^2 + 2x - 1 = 0");
    MM_CHECK_CONTAINS(g.code, "\"-1 \\\\pm \\\\sqrt{2} \\\\approx 0.4142 "
                              "\\\\text{ or } -2.414\"");
    MM_CHECK_CONTAINS(g.explanation, "x = -1 +/- sqrt(2)");
    ra_generated_free(&g);

    /* fractions and decimals are read exactly */
    g = ok("solve 0.5x^2 - x - 4 = 0 with the quadratic formula");
    MM_CHECK_CONTAINS(g.code, "\"\\\\frac{1}{2},\\\\; b = -1,\\\\; c = -4\"");
    MM_CHECK_CONTAINS(g.code, "\"4 \\\\quad \\\\text{or} \\\\quad x = -2\"");
    ra_generated_free(&g);
}

/* The default method: factoring when the roots are rational. */
static void test_factoring(void)
{
    ra_generated g = ok("solve x^2 - 5x + 6 = 0");

    MM_CHECK_CONTAINS(g.code, "Text(\"Solving by factoring\"");
    MM_CHECK_CONTAINS(g.code, "\"(x - 2)(x - 3)\", \"=\", \"0\"");
    /* notes beside the graph are wrapped to stay narrow */
    MM_CHECK_CONTAINS(g.code, "Text(\"two numbers that multiply to\\u000a6 "
                              "and add to -5: -2 and -3\"");
    MM_CHECK_CONTAINS(g.code, "\"x - 2\", \"=\", \"0 \\\\quad \\\\text{or} "
                              "\\\\quad x - 3 = 0\"");
    MM_CHECK_CONTAINS(g.code, "\"2 \\\\quad \\\\text{or} \\\\quad x = 3\"");
    MM_CHECK_CONTAINS(g.code, "axes.plot(");
    MM_CHECK_CONTAINS(g.explanation, "(x - 2)(x - 3)");
    MM_CHECK_CONTAINS(g.explanation, "The solutions are x = 2 and x = 3.");
    ra_generated_free(&g);

    g = ok("solve 2x^2 + 3x - 2 = 0");
    MM_CHECK_CONTAINS(g.code, "\"(2x - 1)(x + 2)\", \"=\", \"0\"");
    MM_CHECK_CONTAINS(g.code, "Text(\"two numbers with product ac = "
                              "-4\\u000aand sum b = 3: 4 and -1\"");
    MM_CHECK_CONTAINS(g.code, "\"\\\\frac{1}{2} \\\\quad \\\\text{or} "
                              "\\\\quad x = -2\"");
    ra_generated_free(&g);

    /* an expression to factor: split the middle term, group, factor */
    g = ok("factor x^2 + 5x + 6");
    MM_CHECK_CONTAINS(g.code, "Text(\"Factoring\"");
    MM_CHECK_CONTAINS(g.code, "\"x^{2} + 5x + 6\", \"=\", "
                              "\"x^{2} + 3x + 2x + 6\"");
    MM_CHECK_CONTAINS(g.code, "\"x\\\\left(x + 3\\\\right) + "
                              "2\\\\left(x + 3\\\\right)\"");
    MM_CHECK_CONTAINS(g.code, "\"(x + 2)(x + 3)\"");
    MM_CHECK_CONTAINS(g.code, "split 5x as 3x + 2x: 3 times 2 is ac = 6");
    MM_CHECK(!strstr(g.code, "Axes("));
    MM_CHECK_CONTAINS(g.explanation, "0 at x = -2 and x = -3");
    ra_generated_free(&g);

    g = ok("factorise x^2 + 5x");
    MM_CHECK_CONTAINS(g.code, "\"x(x + 5)\"");
    MM_CHECK_CONTAINS(g.code, "take out the common factor x");
    ra_generated_free(&g);

    /* a common factor and a double root */
    g = ok("solve the quadratic equation 3x^2 - 12 = 0");
    MM_CHECK_CONTAINS(g.code, "\"3(x - 2)(x + 2)\"");
    MM_CHECK_CONTAINS(g.code, "take out 3; then two numbers");
    ra_generated_free(&g);
    g = ok("solve x^2 - 6x + 9 = 0");
    MM_CHECK_CONTAINS(g.code, "\"(x - 3)^{2}\"");
    MM_CHECK_CONTAINS(g.code, "(a double root)");
    MM_CHECK_CONTAINS(g.explanation, "The only solution is x = 3");
    ra_generated_free(&g);

    /* asked to factor, but the roots are irrational: the formula */
    g = ok("factor x^2 + x - 1");
    MM_CHECK_CONTAINS(g.code, "Text(\"The quadratic formula\"");
    MM_CHECK_CONTAINS(g.explanation, "does not factor with rational");
    ra_generated_free(&g);
}

/* Roots, zeros and equations that are not in standard form. */
static void test_roots_and_standard_form(void)
{
    ra_generated g = ok("find the roots of x^2 - 4");

    MM_CHECK_CONTAINS(g.code, "its roots: where it equals 0");
    MM_CHECK_CONTAINS(g.code, "\"(x - 2)(x + 2)\"");
    MM_CHECK_CONTAINS(g.code, "root_dots");
    ra_generated_free(&g);

    g = ok("solve x^2 = 4x - 3");
    MM_CHECK_CONTAINS(g.code, "line_1 = MathTex(\"x^{2}\", \"=\", "
                              "\"4 x - 3\"");
    MM_CHECK_CONTAINS(g.code, "line_2 = MathTex(\"x^{2} - 4x + 3\", \"=\", "
                              "\"0\"");
    MM_CHECK_CONTAINS(g.code, "move every term to the left side");
    MM_CHECK_CONTAINS(g.explanation, "written as x^2 = 4x - 3");
    ra_generated_free(&g);

    g = ok("solve (x - 1)(x + 2) = 0");
    MM_CHECK_CONTAINS(g.code, "expand and collect like terms");
    MM_CHECK_CONTAINS(g.code, "\"x^{2} + x - 2\", \"=\", \"0\"");
    ra_generated_free(&g);

    g = ok("Solve x^2 + 2x = 8");
    MM_CHECK_CONTAINS(g.code, "\"(x - 2)(x + 4)\"");
    ra_generated_free(&g);

    /* y = quadratic: where y is 0 */
    g = ok("find the zeros of y = x^2 - 2x - 3 and graph the parabola");
    MM_CHECK_CONTAINS(g.code, "\"x^{2} - 2x - 3\", \"=\", \"0\"");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"y = x^{2} - 2x - 3\"");
    ra_generated_free(&g);

    /* another letter, and the superscript two */
    g = ok("solve t\xc2\xb2 - 9 = 0");
    MM_CHECK_CONTAINS(g.code, "\"(t - 3)(t + 3)\"");
    MM_CHECK_CONTAINS(g.explanation, "t = 3 and t = -3");
    ra_generated_free(&g);
}

/* No real roots: said, shown, and the complex pair written. */
static void test_no_real_roots(void)
{
    ra_generated g = ok("solve x^2 + x + 1 = 0");

    MM_CHECK_CONTAINS(g.code, "discriminant < 0: no real roots");
    MM_CHECK_CONTAINS(g.code, "\"\\\\frac{-1 \\\\pm \\\\sqrt{3}\\\\,i}{2}\"");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"y = x^{2} + x + 1 > 0\"");
    MM_CHECK(!strstr(g.code, "root_dots.add"));
    MM_CHECK_CONTAINS(g.explanation, "no real solution");
    MM_CHECK_CONTAINS(g.explanation, "(-1 +/- sqrt(3) i)/2");
    MM_CHECK_CONTAINS(g.explanation, "vertex (-0.5, 0.75) is above it");
    ra_generated_free(&g);

    g = ok("what is the discriminant of x^2 + 4x + 5");
    MM_CHECK_CONTAINS(g.code, "4^{2} - 4\\\\left(1\\\\right)"
                              "\\\\left(5\\\\right) = -4");
    ra_generated_free(&g);
}

/* Requests that are not about a quadratic go where they went before. */
static void test_not_a_quadratic(void)
{
    ra_generated g = ok("Draw a red square and rotate it 45 degrees");

    MM_CHECK_CONTAINS(g.code, "Rotate(square");
    ra_generated_free(&g);

    g = ok("show the quadratic formula"); /* the named equation */
    MM_CHECK(!strstr(g.code, "line_1"));
    ra_generated_free(&g);

    g = ok("solve 2x + 3 = 7"); /* linear: the algebra planner */
    MM_CHECK_CONTAINS(g.code, "TransformMatchingTex");
    ra_generated_free(&g);

    g = ok("Plot y = x^2 from -3 to 3");
    MM_CHECK(!strstr(g.code, "root_dots"));
    ra_generated_free(&g);

    g = ok("the tangent line of y = x^2 - 4x + 3 at x = 3");
    MM_CHECK(!strstr(g.code, "root_dots"));
    ra_generated_free(&g);

    g = ok("the cube roots of unity");
    MM_CHECK_CONTAINS(g.code, "Polygon(");
    ra_generated_free(&g);

    refused("why is the sky blue", "\"why\"");
    refused("solve x^3 = 8", "not linear in x");
    refused("solve x^2 + y^2 = 4", "one unknown");
    refused("solve 2000000x^2 + 1 = 0", "coefficients must be between");
}

/* Text of the request reaches the code only inside string literals. */
static void test_hostile_quadratic(void)
{
    static const char *const prompts[] = {
        "solve x^2 - 4 = 0\"); import os; (\"",
        "factor x^2 + 5x + 6 \\\"); exec(\\\"",
        "solve x^2 + __import__(x) = 0",
        "solve x^2\n    import os\n - 4 = 0",
        "complete the square: x^2 + 6x + 5 = 0 \x01\x1b[31m ''' \\",
        "use the quadratic formula on x^2 - x - 2 = 0\"\"\"; eval(\"1",
        "find the roots of y = x^2 - 1 named \"); os.system(\"ls",
        NULL};
    const char *const *p;
    ra_generated g;
    char *msg, *bare;
    int understood = 0;

    for (p = prompts; *p; p++) {
        msg = NULL;
        if (gen(*p, "Dark", &g, &msg) == RA_GEN_OK) {
            understood++;
            bare = outside_strings(g.code);
            MM_CHECK(bare && !strstr(bare, "os.") &&
                     !strstr(bare, "import os"));
            free(bare);
            ra_generated_free(&g);
        }
        free(msg);
    }
    MM_CHECK(understood >= 5); /* the checks ran on real scenes */
}

int main(void)
{
    MM_RUN(test_completing_the_square);
    MM_RUN(test_quadratic_formula);
    MM_RUN(test_factoring);
    MM_RUN(test_roots_and_standard_form);
    MM_RUN(test_no_real_roots);
    MM_RUN(test_not_a_quadratic);
    MM_RUN(test_hostile_quadratic);
    return mm_test_summary();
}
