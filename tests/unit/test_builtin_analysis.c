/*
 * test_builtin_analysis: the analysis topics of the offline generator:
 * Taylor polynomials morphing towards a function, two functions compared
 * by growth with their crossings and a zoom out to the winner, and the
 * solid swept by turning a curve around the x-axis with its volume. Each
 * test pins the Manim calls, the numbers computed in C and the
 * explanation; hostile requests must never put text outside a string
 * literal, and requests of other topics must not be taken.
 */
#include <stdlib.h>
#include <string.h>

#include "mm_test.h"
#include "ra_builtin.h"

#include "mm_test_scene.h"

/* ---------------------------------------------------------------------
 * Taylor polynomials
 */

static void test_taylor_sine(void)
{
    ra_generated g = ok("Show Taylor polynomials approximating sin x with "
                        "more and more terms");

    MM_CHECK_CONTAINS(g.code, "lambda x: np.sin(x)");
    MM_CHECK_CONTAINS(g.code, "y = \\\\sin\\\\left(x\\\\right)");
    /* degrees 1, 3, 5, 7, 9 with the coefficients 1/k! */
    MM_CHECK_CONTAINS(g.code, "formula_1 = MathTex(\"T_{1}(x) =\", \"x\"");
    MM_CHECK_CONTAINS(g.code,
                      "\"T_{9}(x) =\", \"x\", \"-\\\\frac{x^{3}}{3!}\", "
                      "\"+\\\\frac{x^{5}}{5!}\"");
    MM_CHECK_CONTAINS(g.code, "(-0.16666666666666666) * x ** 3");
    MM_CHECK_CONTAINS(g.code, "(2.7557319223985893e-06) * x ** 9");
    /* each polynomial is drawn only while it stays inside y in [-2, 2] */
    MM_CHECK_CONTAINS(g.code, "y_range=[-2, 2, 0.5]");
    MM_CHECK_CONTAINS(g.code, "x_range=[-2, 2, 0.0133333]");
    MM_CHECK_CONTAINS(g.code, "self.play(Transform(poly_1, poly_5), "
                              "TransformMatchingTex(formula_4, formula_5)");
    MM_CHECK(count(g.code, "Transform(poly_1, ") == 4);
    MM_CHECK_CONTAINS(g.explanation, "of degree 1, 3, 5, 7 and 9");
    MM_CHECK_CONTAINS(g.explanation,
                      "T_9(x) = x - x^3/3! + x^5/5! - x^7/7! + x^9/9!");
    MM_CHECK_CONTAINS(g.explanation, "At x = pi the function is 0, while "
                                     "the polynomials give 3.142, -2.026");
    ra_generated_free(&g);
}

static void test_taylor_degrees_and_centres(void)
{
    ra_generated g = ok("Maclaurin series of e^x up to degree 5");

    MM_CHECK_CONTAINS(g.code, "\"T_{0}(x) =\", \"1\"");
    MM_CHECK_CONTAINS(g.code, "\"T_{5}(x) =\", \"1\", \"+x\", "
                              "\"+\\\\frac{x^{2}}{2!}\"");
    MM_CHECK(!strstr(g.code, "T_{6}"));
    MM_CHECK_CONTAINS(g.explanation, "degree 0, 1, 2, 3, 4 and 5");
    MM_CHECK_CONTAINS(g.explanation, "At x = 1.5 the function is 4.482");
    ra_generated_free(&g);

    g = ok("Taylor polynomial of e^x around x = 1 of degree 4");
    MM_CHECK_CONTAINS(g.code, "* (x - (1)) ** 4");
    MM_CHECK_CONTAINS(g.code,
                      "+2.718\\\\frac{\\\\left(x - 1\\\\right)^{4}}{4!}");
    MM_CHECK_CONTAINS(g.code, "centre_dot = Dot(axes.c2p(1, 2.71828)");
    MM_CHECK_CONTAINS(g.explanation, "around x = 1 of degree 0, 1, 2, 3 "
                                     "and 4");
    ra_generated_free(&g);

    g = ok("taylor expansion of sin(x) with 3 terms");
    MM_CHECK_CONTAINS(g.code, "T_{5}(x) =");
    MM_CHECK(!strstr(g.code, "T_{7}"));
    ra_generated_free(&g);

    g = ok("taylor series of cos(x) around 1 to degree 20");
    MM_CHECK_CONTAINS(g.code, "\"+\\\\cdots\"");
    MM_CHECK_CONTAINS(g.explanation, "degree 0, 4, 8, 12, 16 and 20");
    ra_generated_free(&g);
}

static void test_taylor_radius_of_convergence(void)
{
    ra_generated g = ok("approximate ln(1+x) with Taylor polynomials");

    MM_CHECK_CONTAINS(g.code, "lambda x: np.log(1 + x)");
    MM_CHECK_CONTAINS(g.code, "x_range=[-0.9, 0.9, 0.2]");
    MM_CHECK_CONTAINS(g.code, "-\\\\frac{x^{4}}{4}");
    MM_CHECK_CONTAINS(g.explanation, "converges only within 1 of x = 0");
    MM_CHECK_CONTAINS(g.explanation, "x = -1, where ln(1 + x) is undefined");
    ra_generated_free(&g);

    g = ok("taylor series of ln(1+x) from -3 to 3");
    MM_CHECK_CONTAINS(g.code, "x_range=[-0.9, 0.9, 0.2]");
    MM_CHECK_CONTAINS(g.explanation, "was cut to it");
    ra_generated_free(&g);

    g = ok("taylor series of 1/(1-x) around x = 0.5");
    MM_CHECK_CONTAINS(g.code, "+8\\\\left(x - 0.5\\\\right)^{2}");
    MM_CHECK_CONTAINS(g.explanation, "within 1/2 of x = 0.5");
    MM_CHECK_CONTAINS(g.explanation, "where 1/(1 - x) blows up");
    ra_generated_free(&g);
}

static void test_taylor_refusals(void)
{
    refused("taylor series of tan x", "sin x, cos x, e^x, ln(1 + x) and "
                                      "1/(1 - x)");
    refused("taylor series of e^x to degree 30", "up to degree 20");
    refused("taylor series of ln(1+x) around x = -2", "centre");
}

/* ---------------------------------------------------------------------
 * Growth
 */

static void test_growth_exponential_wins(void)
{
    ra_generated g = ok("Compare 2^x and x^2 and show that the exponential "
                        "eventually wins");

    MM_CHECK_CONTAINS(g.code, "lambda x: 2 ** x");
    MM_CHECK_CONTAINS(g.code, "lambda x: x ** 2");
    MM_CHECK(!strstr(g.code, "np.e ** x")); /* "the exponential" is 2^x */
    MM_CHECK_CONTAINS(g.code, "x_range=[0, 5, 0.5]");
    MM_CHECK_CONTAINS(g.code, "x_range=[0, 10, 1]");
    MM_CHECK_CONTAINS(g.code, "crossings = VGroup(Dot(axes.c2p(2, 4), "
                              "color=\"#83c167\"), Dot(axes.c2p(4, 16)");
    MM_CHECK_CONTAINS(g.code, "\\\\text{they cross at } x = 2,\\\\ 4");
    MM_CHECK_CONTAINS(g.code, "\\\\text{for } x > 4:\\\\ 2^{x} > x^{2}");
    MM_CHECK_CONTAINS(g.code, "end_1 = MathTex(\"1024\"");
    MM_CHECK_CONTAINS(g.code, "end_2 = MathTex(\"100\"");
    MM_CHECK_CONTAINS(g.code, "ReplacementTransform(near, far)");
    MM_CHECK_CONTAINS(g.explanation, "They cross at x = 2 and 4");
    MM_CHECK_CONTAINS(g.explanation, "there 2^x = 1024 while x^2 = 100");
    MM_CHECK_CONTAINS(g.explanation, "2^x eventually grows faster");
    ra_generated_free(&g);
}

static void test_growth_phrasings(void)
{
    ra_generated g = ok("which grows faster, x^3 or e^x");

    MM_CHECK_CONTAINS(g.code, "lambda x: np.e ** x");
    MM_CHECK_CONTAINS(g.code, "x \\\\approx 1.857,\\\\ 4.536");
    MM_CHECK_CONTAINS(g.explanation, "about 1.857 and 4.536");
    MM_CHECK_CONTAINS(g.explanation, "e^x = 8103 while x^3 = 729");
    ra_generated_free(&g);

    g = ok("compare log(x) and sqrt(x)");
    MM_CHECK(!strstr(g.code, "FadeOut(note)")); /* no crossing to show */
    MM_CHECK_CONTAINS(g.explanation, "never cross there: sqrt(x) is ahead");
    MM_CHECK_CONTAINS(g.explanation, "sqrt(x) eventually grows faster");
    ra_generated_free(&g);

    g = ok("show that 2^x eventually beats x^3");
    MM_CHECK_CONTAINS(g.code, "lambda x: x ** 3");
    MM_CHECK_CONTAINS(g.explanation, "2^x eventually grows faster");
    ra_generated_free(&g);

    g = ok("growth of x^2 vs x^2 + 1"); /* ahead, but not outgrowing */
    MM_CHECK_CONTAINS(g.explanation, "x^2 + 1 stays ahead, but the two "
                                     "grow at the same rate");
    MM_CHECK(!strstr(g.explanation, "eventually grows faster"));
    ra_generated_free(&g);

    refused("compare x^2 and x^2", "equal");
    refused("x^10 vs 1.1^x which grows faster", "compare functions such as");
}

/* ---------------------------------------------------------------------
 * Solids of revolution
 */

static void test_revolution_sqrt(void)
{
    ra_generated g = ok("Rotate y = sqrt(x) from 0 to 4 around the x-axis "
                        "and find the volume of the solid");

    MM_CHECK_CONTAINS(g.code, "class MathMotionScene(ThreeDScene):");
    MM_CHECK_CONTAINS(g.code, "lambda x: axes.c2p(x, np.sqrt(x), 0)");
    MM_CHECK_CONTAINS(g.code, "solid = Surface(");
    MM_CHECK_CONTAINS(g.code, "(np.sqrt(x)) * np.cos(v), (np.sqrt(x)) * "
                              "np.sin(v)");
    MM_CHECK_CONTAINS(g.code, "u_range=[0.02, 4]"); /* no zero-size faces */
    MM_CHECK_CONTAINS(g.code, "disc = Circle(radius=1.41421 * "
                              "axes.y_axis.unit_size");
    MM_CHECK_CONTAINS(g.code, "V = \\\\pi\\\\int_{0}^{4} \\\\left(\\\\sqrt{x}"
                              "\\\\right)^{2}\\\\,dx = 8\\\\pi \\\\approx "
                              "25.133");
    MM_CHECK_CONTAINS(g.code, "Rotate(curve.copy(), TAU, axis=RIGHT");
    MM_CHECK_CONTAINS(g.code, "self.add_fixed_in_frame_mobjects(labels)");
    MM_CHECK(count(g.code, "self.move_camera(") == 2);
    MM_CHECK_CONTAINS(g.explanation, "one is shown at x = 2, with radius "
                                     "1.414");
    MM_CHECK_CONTAINS(g.explanation, "from 0 to 4 = 8 pi, about 25.133");
    ra_generated_free(&g);
}

static void test_revolution_volumes(void)
{
    ra_generated g = ok("volume of the solid formed by rotating y = x^2 "
                        "from 0 to 1 about the x axis");

    MM_CHECK_CONTAINS(g.code, "= \\\\frac{\\\\pi}{5} \\\\approx 0.628");
    MM_CHECK_CONTAINS(g.explanation, "= pi/5, about 0.628");
    ra_generated_free(&g);

    g = ok("disk method for y = 2 - x on [0, 2]");
    MM_CHECK_CONTAINS(g.code, "\\\\frac{8\\\\pi}{3} \\\\approx 8.378");
    MM_CHECK_CONTAINS(g.code, "u_range=[0, 2]");
    ra_generated_free(&g);

    g = ok("solid of revolution of y = sin(x) from 0 to pi");
    MM_CHECK_CONTAINS(g.code, "\\\\frac{\\\\pi^{2}}{2} \\\\approx 4.935");
    ra_generated_free(&g);

    g = ok("revolve y = e^x around the x-axis between x = 0 and x = 1");
    MM_CHECK_CONTAINS(g.code, "\\\\,dx \\\\approx 10.036");
    MM_CHECK_CONTAINS(g.explanation, "about 10.036");
    ra_generated_free(&g);

    refused("rotate y = x^2 around the y-axis from 0 to 2 and find the "
            "volume",
            "around the x-axis");
    refused("solid of revolution of y = ln(x) from 0 to 2", "defined");
    refused("find the volume of the solid of revolution", "needs the curve");
}

/* ---------------------------------------------------------------------
 * Safety and the borders of the topics
 */

static void test_hostile_analysis(void)
{
    static const char *const prompts[] = {
        "taylor series of sin(x)\"); import os; (\"",
        "taylor series of __import__('os') around x = 1",
        "maclaurin series of e^x\n    import os\n up to degree 3",
        "taylor series of cos x around \\\"); exec(\\\" 0",
        "compare 2^x and x^2\"); os.system(\"ls\")",
        "which grows faster, x^3 or e^x \x01\x1b[31m",
        "compare __class__(x) and x^2",
        "rotate y = sqrt(x)\"); eval(\"1 from 0 to 4 around the x-axis",
        "solid of revolution of y = x^2\n import os\n from 0 to 1",
        "volume when y = x\\\\input{/etc/passwd} is rotated from 0 to 1",
        NULL};
    const char *const *p;
    ra_generated g;
    char *msg;
    int understood = 0;

    for (p = prompts; *p; p++) {
        msg = NULL;
        if (gen(*p, "Dark", &g, &msg) == RA_GEN_OK) {
            understood++;
            MM_CHECK(!strstr(g.code, "import os"));
            MM_CHECK(!strstr(g.code, "__"));
            ra_generated_free(&g);
        }
        free(msg);
    }
    MM_CHECK(understood >= 5); /* the checks ran on real scenes */
}

static void test_other_topics_untouched(void)
{
    ra_generated g;
    char *msg = NULL;

    /* a short scene with a short explanation: not through check_scene */
    MM_CHECK(ra_builtin_generate("Draw a red square", &g, &msg) == RA_GEN_OK);
    MM_CHECK_CONTAINS(g.code, "Square(");
    ra_generated_free(&g);

    g = ok("plot y = x^2");
    MM_CHECK_CONTAINS(g.code, "lambda x: x ** 2");
    MM_CHECK(!strstr(g.code, "formula_1") && !strstr(g.code, "near"));
    ra_generated_free(&g);

    g = ok("plot y = x^2 and y = x^3");
    MM_CHECK(!strstr(g.code, "ReplacementTransform(near, far)"));
    ra_generated_free(&g);

    g = ok("a cube rotating around the y axis");
    MM_CHECK(!strstr(g.code, "solid = Surface("));
    ra_generated_free(&g);

    g = ok("volume of a sphere");
    MM_CHECK(!strstr(g.code, "solid = Surface("));
    ra_generated_free(&g);

    /* the refused words still refuse what is not this topic */
    MM_CHECK(ra_builtin_generate("linear approximation of the economy", &g,
                                 &msg) == RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "\"approximation\"");
    free(msg);
    msg = NULL;
    MM_CHECK(ra_builtin_generate("the french revolution", &g, &msg) ==
             RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "\"revolution\"");
    MM_CHECK(!strstr(msg, "solid of revolution"));
    free(msg);
    msg = NULL;
    MM_CHECK(ra_builtin_generate("compare sin(x) and cos(x)", &g, &msg) ==
             RA_GEN_UNSUPPORTED); /* periodic: no growth to compare */
    free(msg);
}

int main(void)
{
    MM_RUN(test_taylor_sine);
    MM_RUN(test_taylor_degrees_and_centres);
    MM_RUN(test_taylor_radius_of_convergence);
    MM_RUN(test_taylor_refusals);
    MM_RUN(test_growth_exponential_wins);
    MM_RUN(test_growth_phrasings);
    MM_RUN(test_revolution_sqrt);
    MM_RUN(test_revolution_volumes);
    MM_RUN(test_hostile_analysis);
    MM_RUN(test_other_topics_untouched);
    return mm_test_summary();
}
