/*
 * test_builtin_topics: the topics of the offline generator beyond shapes,
 * plots and equations: tangents, secants, areas and Riemann sums, linear
 * equations solved step by step, number lines, vectors and matrices, the
 * unit circle, complex numbers, bar charts, parametric and polar curves,
 * 3D surfaces and solids. Each test pins the Manim calls that make the
 * scene, the numbers computed for it, and its explanation; hostile
 * requests must never put text outside a string literal.
 */
#include <stdlib.h>
#include <string.h>

#include "mm_test.h"
#include "ra_builtin.h"

#include "mm_test_scene.h"

static void test_tangent(void)
{
    ra_generated g = ok("Show the tangent line to y = x^2 at x = 1");

    MM_CHECK_CONTAINS(g.code, "point = Dot(axes.c2p(1, 1)");
    MM_CHECK_CONTAINS(g.code, "line = Line(axes.c2p(");
    MM_CHECK_CONTAINS(g.code,
                      "\\\\left.\\\\frac{dy}{dx}\\\\right|_{x = 1} = 2");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"(1, 1)\"");
    MM_CHECK_CONTAINS(g.explanation, "dy/dx = 2 at x = 1");
    ra_generated_free(&g);

    g = ok("draw the tangent to sin(x) at x = pi/4");
    MM_CHECK_CONTAINS(g.code, "_{x = \\\\frac{\\\\pi}{4}} \\\\approx 0.7071");
    ra_generated_free(&g);

    /* no function: not a calculus request, shapes take it */
    g = ok("draw a circle and a tangent line");
    MM_CHECK_CONTAINS(g.code, "Circle(");
    ra_generated_free(&g);

    refused("tangent to y = |x| at x = 0", "no tangent line at x = 0");
    refused("tangent line to y = x^2", "Say where the tangent line touches");
    refused("tangent to y = ln(x) at x = -2", "not on the visible part");
}

static void test_secants_turn_into_the_tangent(void)
{
    ra_generated g = ok("Animate a secant line turning into the tangent line "
                        "as h goes to 0 for f(x) = x^2/2 at x = 1");

    /* x0 = 1 has 2 units of room on the right: h starts at 0.8 * 2. */
    MM_CHECK_CONTAINS(g.code, "h = ValueTracker(1.6)");
    MM_CHECK_CONTAINS(g.code, "slope_of = lambda: (f(1 + h.get_value()) - "
                              "0.5) / h.get_value()");
    MM_CHECK_CONTAINS(g.code, "f = lambda x: (x ** 2) / 2");
    MM_CHECK_CONTAINS(g.code, "h.animate.set_value(0.016)");
    MM_CHECK_CONTAINS(g.code,
                      "always_redraw(lambda: secant_line(slope_of()))");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"f'(1) = 1\"");
    MM_CHECK_CONTAINS(g.explanation, "starting from h = 1.6");
    MM_CHECK_CONTAINS(g.explanation, "f'(1) = 1");
    ra_generated_free(&g);

    /* No room on the right of x = 2.9: the secants come from the left. */
    g = ok("secant becoming the tangent to y = x^3 at x = 2.9 for x from -3 "
           "to 3");
    MM_CHECK(strstr(g.code, "h = ValueTracker(-") != NULL);
    ra_generated_free(&g);
}

static void test_secant(void)
{
    ra_generated g = ok("secant line of y = x^2 between x = 1 and x = 3");

    MM_CHECK_CONTAINS(g.code, "point_a = Dot(axes.c2p(1, 1)");
    MM_CHECK_CONTAINS(g.code, "point_b = Dot(axes.c2p(3, 9)");
    MM_CHECK_CONTAINS(g.code, "\\\\frac{9 - 1}{3 - 1} = 4");
    MM_CHECK_CONTAINS(g.code, "rise = DashedLine(");
    MM_CHECK_CONTAINS(g.explanation, "average rate of change");
    ra_generated_free(&g);

    g = ok("secant of y = x^3 at x = -1 and x = 2");
    MM_CHECK_CONTAINS(g.code, "\\\\frac{8 - (-1)}{2 - (-1)} = 3");
    ra_generated_free(&g);
}

static void test_area(void)
{
    ra_generated g = ok("area under y = x^2 from 0 to 2");

    MM_CHECK_CONTAINS(g.code, "area_curve = axes.plot(lambda x: x ** 2, "
                              "x_range=[0, 2, 0.01]");
    MM_CHECK_CONTAINS(g.code, "area = axes.get_area(area_curve, x_range=[0, "
                              "2]");
    MM_CHECK_CONTAINS(g.code, "\\\\int_{0}^{2} x^{2}\\\\,dx = "
                              "\\\\frac{8}{3}");
    MM_CHECK_CONTAINS(g.explanation, "from x = 0 to x = 2 is shaded");
    ra_generated_free(&g);

    /* no interval: between the crossings of the two curves */
    g = ok("show the area between y = x and y = x^2");
    MM_CHECK_CONTAINS(g.code, "bounded_graph=area_curve_2");
    MM_CHECK_CONTAINS(g.code, "\\\\int_{0}^{1} \\\\left(x - "
                              "x^{2}\\\\right)\\\\,dx = \\\\frac{1}{6}");
    MM_CHECK_CONTAINS(g.explanation, "where they cross");
    ra_generated_free(&g);

    g = ok("shade the area under sin(x) from 0 to pi");
    MM_CHECK_CONTAINS(g.code, "\\\\int_{0}^{\\\\pi}");
    MM_CHECK_CONTAINS(g.code, "= 2\"");
    ra_generated_free(&g);

    refused("area under y = 1/x from -1 to 1", "undefined or runs off");
    refused("area under y = x^2", "Say over which interval");
}

static void test_riemann(void)
{
    ra_generated g = ok("riemann sum of x^2 from 0 to 2 with 8 rectangles");

    /* np.arange(0, 1.875, 0.25) has exactly 8 elements */
    MM_CHECK_CONTAINS(g.code, "axes.get_riemann_rectangles(area_curve, "
                              "x_range=[0, 1.875], dx=0.25, "
                              "input_sample_type=\"left\"");
    MM_CHECK_CONTAINS(g.code, "L_{8} \\\\approx 2.188");
    MM_CHECK_CONTAINS(g.code, "fine_rects = axes.get_riemann_rectangles(");
    MM_CHECK_CONTAINS(g.code, "L_{32} \\\\approx 2.543");
    MM_CHECK_CONTAINS(g.code, "ReplacementTransform(rects, fine_rects)");
    MM_CHECK_CONTAINS(g.explanation, "8 strips of width 0.25");
    ra_generated_free(&g);

    g = ok("midpoint Riemann sum of x^2 on [0, 1] with n = 4");
    MM_CHECK_CONTAINS(g.code, "input_sample_type=\"center\"");
    MM_CHECK_CONTAINS(g.code, "M_{4} \\\\approx 0.3281");
    ra_generated_free(&g);

    refused("riemann sum of x from 0 to 1 with 500 rectangles",
            "from 1 to 100 rectangles");
}

static void test_algebra(void)
{
    ra_generated g = ok("solve 2x + 3 = 7 step by step");

    MM_CHECK_CONTAINS(g.code, "line_1 = MathTex(\"2 x + 3\", \"=\", \"7\"");
    MM_CHECK_CONTAINS(g.code, "line_2 = MathTex(\"2x\", \"=\", \"4\"");
    MM_CHECK_CONTAINS(g.code, "line_3 = MathTex(\"x\", \"=\", \"2\"");
    MM_CHECK_CONTAINS(g.code, "Text(\"subtract 3 from both sides\"");
    MM_CHECK_CONTAINS(g.code, "Text(\"divide both sides by 2\"");
    MM_CHECK_CONTAINS(g.code, "TransformMatchingTex(line_1.copy(), line_2)");
    MM_CHECK_CONTAINS(g.code, "Check: both sides are 7 when x = 2");
    MM_CHECK_CONTAINS(g.explanation, "The solution is x = 2");
    ra_generated_free(&g);

    g = ok("Solve for y: 5y - 4 = 2y + 8");
    MM_CHECK_CONTAINS(g.code, "\"3y\", \"- 4\", \"=\", \"8\"");
    MM_CHECK_CONTAINS(g.code, "subtract 2y from both sides");
    MM_CHECK_CONTAINS(g.code, "add 4 to both sides");
    ra_generated_free(&g);

    g = ok("solve x/3 + 1 = 2");
    MM_CHECK_CONTAINS(g.code, "\"\\\\frac{1}{3}x\", \"+ 1\"");
    MM_CHECK_CONTAINS(g.code, "multiply both sides by 3");
    ra_generated_free(&g);

    g = ok("solve 2(x + 1) = 2x + 5");
    MM_CHECK_CONTAINS(g.code, "\\\\neq");
    MM_CHECK_CONTAINS(g.explanation, "no number solves it");
    ra_generated_free(&g);

    refused("solve x^3 = 8", "not linear in x");
    refused("solve x + y = 4", "one unknown");
}

static void test_number_line(void)
{
    ra_generated g = ok("show 3 + 4 on a number line");

    MM_CHECK_CONTAINS(g.code, "line = NumberLine(");
    MM_CHECK_CONTAINS(g.code, "x_range=[-1, 8, 1]");
    MM_CHECK(count(g.code, "= ArcBetweenPoints(") == 4);
    MM_CHECK_CONTAINS(g.code, "hop_1 = ArcBetweenPoints(line.n2p(3), "
                              "line.n2p(4), angle=-PI / 2");
    MM_CHECK_CONTAINS(g.code, "question = MathTex(\"3\", \"+\", \"4\", "
                              "\"=\", \"?\"");
    MM_CHECK_CONTAINS(g.code, "answer = MathTex(\"3\", \"+\", \"4\", \"=\", "
                              "\"7\"");
    MM_CHECK_CONTAINS(g.explanation, "3 + 4 = 7");
    ra_generated_free(&g);

    g = ok("subtract 2 from 5");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"-1\"");
    MM_CHECK_CONTAINS(g.code, "\"5\", \"-\", \"2\", \"=\", \"3\"");
    ra_generated_free(&g);

    g = ok("3 times 4 on a number line");
    MM_CHECK(count(g.code, "= ArcBetweenPoints(") == 3);
    MM_CHECK_CONTAINS(g.code, "MathTex(\"+4\"");
    MM_CHECK_CONTAINS(g.code, "\"\\\\times\"");
    ra_generated_free(&g);

    g = ok("skip count by 5s to 50");
    MM_CHECK(count(g.code, "= ArcBetweenPoints(") == 10);
    MM_CHECK_CONTAINS(g.code, "Counting up from 0 to 50 in steps of 5");
    ra_generated_free(&g);

    g = ok("12 divided by 3 on a number line");
    MM_CHECK(count(g.code, "= ArcBetweenPoints(") == 4);
    MM_CHECK_CONTAINS(g.code, "\"12\", \"\\\\div\", \"3\", \"=\", \"4\"");
    MM_CHECK_CONTAINS(g.explanation, "reaches 0 after 4 jumps");
    ra_generated_free(&g);

    refused("count from 1 to 100", "equal jumps");
    refused("7 divided by 2", "must come out whole");
}

static void test_vectors_and_matrices(void)
{
    ra_generated g = ok("add the vectors [1, 2] and [3, -1]");

    MM_CHECK_CONTAINS(g.code, "plane = NumberPlane(");
    MM_CHECK_CONTAINS(g.code, "vec_v = Arrow(plane.c2p(0, 0), plane.c2p(1, "
                              "2)");
    MM_CHECK_CONTAINS(g.code, "moved = Arrow(plane.c2p(1, 2), plane.c2p(4, "
                              "1)");
    MM_CHECK_CONTAINS(g.code, "\\\\begin{bmatrix} 4 \\\\\\\\ 1 "
                              "\\\\end{bmatrix}");
    MM_CHECK_CONTAINS(g.explanation, "v + w = (4, 1)");
    ra_generated_free(&g);

    g = ok("dot product of [3, 1] and [1, 2]");
    MM_CHECK_CONTAINS(g.code, "= 5, \\\\quad \\\\theta \\\\approx 45");
    ra_generated_free(&g);

    g = ok("apply the matrix [[1, 1], [0, 1]] to the plane");
    MM_CHECK_CONTAINS(g.code, "ApplyMatrix([[1, 1], [0, 1]], grid)");
    MM_CHECK_CONTAINS(g.code, "j_hat_after = Arrow(plane.c2p(0, 0), "
                              "plane.c2p(1, 1)");
    MM_CHECK_CONTAINS(g.code, "\\\\det = 1");
    ra_generated_free(&g);

    g = ok("rotate the plane by 90 degrees");
    MM_CHECK_CONTAINS(g.code, "ApplyMatrix([[0, -1], [1, 0]], grid)");
    MM_CHECK_CONTAINS(g.explanation, "rotation by 90 degrees");
    ra_generated_free(&g);

    refused("draw the vector [1, 2, 3]", "two coordinates");
    refused("apply the matrix [[100, 0], [0, 1]] to the plane", "too large");
}

static void test_unit_circle(void)
{
    ra_generated g = ok("show how the unit circle traces the sine wave");

    MM_CHECK_CONTAINS(g.code, "theta = ValueTracker(");
    MM_CHECK_CONTAINS(g.code, "sin_leg = always_redraw(");
    MM_CHECK_CONTAINS(g.code, "wave = always_redraw(lambda: axes.plot(");
    MM_CHECK_CONTAINS(g.code, "theta.animate.set_value(6.28319)");
    MM_CHECK_CONTAINS(g.explanation, "one full turn is one period");
    ra_generated_free(&g);

    g = ok("show sin 30 degrees on the unit circle");
    MM_CHECK_CONTAINS(g.code, "theta.animate.set_value(0.523599)");
    MM_CHECK_CONTAINS(g.code, "\\\\sin 30^\\\\circ = \\\\frac{1}{2}");
    MM_CHECK_CONTAINS(g.code, "\\\\frac{\\\\sqrt{3}}{2}");
    MM_CHECK(!strstr(g.code, "wave"));
    ra_generated_free(&g);
}

static void test_complex(void)
{
    ra_generated g = ok("(2 + i)(1 + i)");

    MM_CHECK_CONTAINS(g.code, "plane = ComplexPlane(");
    MM_CHECK_CONTAINS(g.code, "plane.n2p(complex(2, 1))");
    MM_CHECK_CONTAINS(g.code, "Rotate(turned, angle=45 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "p_dot = Dot(plane.n2p(complex(1, 3))");
    MM_CHECK_CONTAINS(g.code, "\"zw = 1 + 3i\"");
    MM_CHECK_CONTAINS(g.explanation, "zw = 1 + 3i");
    ra_generated_free(&g);

    g = ok("modulus of 3 + 4i");
    MM_CHECK_CONTAINS(g.code, "|z| = \\\\sqrt{9 + 16} = 5");
    ra_generated_free(&g);

    g = ok("complex conjugate of 3+4i");
    MM_CHECK_CONTAINS(g.code, "\"\\\\bar{z} = 3 - 4i\"");
    ra_generated_free(&g);

    g = ok("the 6th roots of unity");
    MM_CHECK_CONTAINS(g.code, "np.exp(2j * PI * k / 6)) for k in range(6)");
    MM_CHECK_CONTAINS(g.code, "\"\\\\omega^{5}\"");
    ra_generated_free(&g);
}

static void test_bar_chart(void)
{
    ra_generated g = ok("bar graph of sales: Jan 10, Feb 15, Mar 8");

    MM_CHECK_CONTAINS(g.code, "values = [10, 15, 8]");
    MM_CHECK_CONTAINS(g.code, "chart = BarChart(");
    MM_CHECK_CONTAINS(g.code, "y_range=[0, 20, 5]");
    MM_CHECK_CONTAINS(g.code, "name = Text(\"Feb\"");
    MM_CHECK_CONTAINS(g.code, "title = Text(\"Sales\"");
    MM_CHECK_CONTAINS(g.code, "Indicate(chart.bars[1]");
    MM_CHECK_CONTAINS(g.explanation, "The tallest bar, Feb (15), is");
    ra_generated_free(&g);

    g = ok("histogram of 1, 2, 2, 3, 3, 3");
    MM_CHECK_CONTAINS(g.code, "values = [1, 2, 3]");
    ra_generated_free(&g);

    g = ok("pie chart of apples 3, pears 5 and plums 2");
    MM_CHECK(count(g.code, "sectors.add(Sector(") == 3);
    MM_CHECK_CONTAINS(g.code,
                      "start_angle=90 * DEGREES, angle=-108 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "Text(\"pears (50%)\"");
    MM_CHECK_CONTAINS(g.code, "sectors[1].animate.shift(pull)");
    MM_CHECK_CONTAINS(g.explanation, "pears 5 is 50%");
    ra_generated_free(&g);

    /* names keep letters, digits and a little punctuation only */
    g = ok("bar chart of a\\input{x} 5, b\"c 3");
    MM_CHECK_CONTAINS(g.code, "Text(\"ainputx\"");
    MM_CHECK_CONTAINS(g.code, "Text(\"bc\"");
    ra_generated_free(&g);

    refused("bar chart", "Give the values of the bars");
    refused("pie chart of a 3 and b -1", "not negative");
}

static void test_curves(void)
{
    ra_generated g = ok("plot the parametric curve x = cos(3t), y = sin(2t)");

    MM_CHECK_CONTAINS(g.code, "axes.plot_parametric_curve(lambda t: "
                              "np.array([np.cos(3 * t), np.sin(2 * t)])");
    MM_CHECK_CONTAINS(g.code, "t_range=[0, 6.28319, ");
    MM_CHECK_CONTAINS(g.code, "MoveAlongPath(dot, curve)");
    ra_generated_free(&g);

    g = ok("polar curve r = 1 + cos(theta)");
    MM_CHECK_CONTAINS(g.code, "plane = PolarPlane(");
    MM_CHECK_CONTAINS(g.code, "plane.plot_polar_graph(lambda t: 1 + "
                              "np.cos(t), [0, 6.28319, ");
    MM_CHECK_CONTAINS(g.code,
                      "\"r = 1 + \\\\cos\\\\left(\\\\theta\\\\right)\"");
    ra_generated_free(&g);

    g = ok("draw a cardioid");
    MM_CHECK_CONTAINS(g.code, "Text(\"cardioid\"");
    ra_generated_free(&g);

    refused("polar curve r = sqrt(cos(2theta))", "undefined or too large");
}

static void test_space(void)
{
    ra_generated g = ok("plot the surface z = x^2 - y^2");

    MM_CHECK_CONTAINS(g.code, "class MathMotionScene(ThreeDScene):");
    MM_CHECK_CONTAINS(g.code, "axes = ThreeDAxes(");
    MM_CHECK_CONTAINS(g.code, "lambda x, y: axes.c2p(x, y, (x ** 2) - (y ** "
                              "2))");
    MM_CHECK_CONTAINS(g.code, "z_range=[-4, 4, 2]");
    MM_CHECK_CONTAINS(g.code, "set_fill_by_value(axes=axes");
    MM_CHECK_CONTAINS(g.code, "self.move_camera(");
    MM_CHECK_CONTAINS(g.code, "self.add_fixed_in_frame_mobjects(label)");
    ra_generated_free(&g);

    g = ok("surface z = 1/(x^2 + y^2 + 0.1) for x from -2 to 2");
    MM_CHECK_CONTAINS(g.code, "np.clip(");
    MM_CHECK_CONTAINS(g.explanation, "cut flat");
    ra_generated_free(&g);

    g = ok("a red sphere and a blue cube rotating");
    MM_CHECK_CONTAINS(g.code, "solid_1 = Sphere(");
    MM_CHECK_CONTAINS(g.code, "set_fill_by_checkerboard(RED");
    MM_CHECK_CONTAINS(g.code, "solid_2 = Cube(");
    MM_CHECK_CONTAINS(g.code, "solid_2.set_fill(BLUE");
    MM_CHECK_CONTAINS(g.code, "Rotate(s, angle=PI, axis=OUT)");
    ra_generated_free(&g);

    g = ok("the cube roots of unity"); /* a complex request, not a cube */
    MM_CHECK(!strstr(g.code, "Cube("));
    ra_generated_free(&g);

    refused("plot the surface z = sqrt(1 - x^2 - y^2)", "undefined");
}

/* Text of the request never runs: hostile requests of every topic. */
static void test_hostile_topics(void)
{
    static const char *const prompts[] = {
        "bar chart of a\"); import os; (\" 5, \\\\input{/etc/passwd} 3",
        "bar chart: x\"\"\" 4, y''' 2, \x01\x1b[31m 3",
        "bar chart with __class__ 4 and exec(1) 2",
        "bar chart of\nimport os\n 5, 7",
        "solve 2x + 3 = 7\"); import os; (\"",
        "tangent to y = x^2\"); os.system(\"ls\") at x = 1",
        "area under y = __import__(x) from 0 to 1",
        "show 3 + 4 on a number line\\\"); exec(\\\"",
        "add the vectors [1, 2]\"); import os #  and [3, 4]",
        "plot 3 + 2i\"\"\" on the complex plane",
        "polar curve r = 1 + cos(theta)\"); eval(\"1",
        "plot the surface z = x*y\n    import os",
        "draw a sphere named \"); import os; (\"",
        NULL};
    const char *const *p;
    ra_generated g;
    char *msg;
    int understood = 0;

    for (p = prompts; *p; p++) {
        msg = NULL;
        if (gen(*p, "Dark", &g, &msg) == RA_GEN_OK) {
            understood++;
            ra_generated_free(&g);
        }
        free(msg);
    }
    MM_CHECK(understood >= 8); /* the checks ran on real scenes */
}

static void test_every_style_topics(void)
{
    static const char *const prompts[] = {
        "the tangent to y = x^3 at x = 1",
        "riemann sum of sin(x) from 0 to pi with 6 rectangles",
        "solve 3x - 4 = 11",
        "count by 2s from 0 to 10",
        "apply [[0, -1], [1, 0]] to the vector [2, 1]",
        "show cos 60 degrees on the unit circle",
        "multiply 3 + 2i by i",
        "bar chart of apples 4, pears 6",
        "draw a rose r = cos(3 theta)",
        "plot the surface z = sin(x)cos(y)",
        "a green torus",
        NULL};
    const char *const *p;
    ra_generated g;
    char *msg;
    int i;

    for (i = 0; i < mm_style_count(); i++)
        for (p = prompts; *p; p++) {
            msg = NULL;
            MM_CHECK(gen(*p, mm_style_at(i)->name, &g, &msg) == RA_GEN_OK);
            MM_CHECK(g.code && strstr(g.code, "#0f1117"));
            ra_generated_free(&g);
            free(msg);
        }
}

static void test_unsupported_lists_topics(void)
{
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(ra_builtin_generate("compose a sonnet about cats", &g, &msg) ==
             RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "Riemann sums");
    MM_CHECK_CONTAINS(msg, "solve 2x + 3 = 7");
    MM_CHECK_CONTAINS(msg, "number line");
    MM_CHECK_CONTAINS(msg, "unit circle");
    MM_CHECK_CONTAINS(msg, "complex numbers");
    MM_CHECK_CONTAINS(msg, "bar chart");
    MM_CHECK_CONTAINS(msg, "r = 1 + cos(theta)");
    MM_CHECK_CONTAINS(msg, "3D surfaces");
    free(msg);
}

int main(void)
{
    MM_RUN(test_tangent);
    MM_RUN(test_secants_turn_into_the_tangent);
    MM_RUN(test_secant);
    MM_RUN(test_area);
    MM_RUN(test_riemann);
    MM_RUN(test_algebra);
    MM_RUN(test_number_line);
    MM_RUN(test_vectors_and_matrices);
    MM_RUN(test_unit_circle);
    MM_RUN(test_complex);
    MM_RUN(test_bar_chart);
    MM_RUN(test_curves);
    MM_RUN(test_space);
    MM_RUN(test_hostile_topics);
    MM_RUN(test_every_style_topics);
    MM_RUN(test_unsupported_lists_topics);
    return mm_test_summary();
}
