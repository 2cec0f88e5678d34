/*
 * test_builtin: the offline code generator (ra_builtin): shapes with
 * colours and motions, function plots with ranges, equations, refusals,
 * and hostile requests whose text must never reach the code.
 */
#include <stdlib.h>
#include <string.h>

#include "mm_test.h"
#include "ra_builtin.h"

/* Number of (possibly overlapping) occurrences of needle in haystack. */
static int count(const char *haystack, const char *needle)
{
    int n = 0;

    while (haystack && (haystack = strstr(haystack, needle)) != NULL) {
        n++;
        haystack++;
    }
    return n;
}

/*
 * The shape every generated scene must have, whatever was asked: the two
 * imports and nothing else imported, exactly one class, the background,
 * plain printable ASCII, a final wait and a matching animation count.
 */
static void check_scene(const ra_generated *g)
{
    const ra_scene_colours *st = &ra_scene_colours_manim;
    const char *p;
    int calls;

    MM_CHECK(strncmp(g->code, "from manim import *\nimport numpy as np\n",
                     39) == 0);
    MM_CHECK(count(g->code, "import") == 2);
    MM_CHECK(count(g->code, "class ") == 1);
    MM_CHECK_CONTAINS(g->code, "class MathMotionScene(Scene):");
    MM_CHECK_CONTAINS(g->code, "    def construct(self):\n");
    MM_CHECK(strstr(g->code, st->background) != NULL);
    MM_CHECK_CONTAINS(g->code, "        self.wait(1)\n");
    for (p = g->code; *p; p++)
        MM_CHECK((*p >= 0x20 && *p < 0x7f) || *p == '\n');
    calls = count(g->code, "self.play(") + count(g->code, "self.wait(");
    MM_CHECK(g->animation_count == calls);
    MM_CHECK(calls >= 2 && calls <= 6);
    MM_CHECK(g->explanation && strlen(g->explanation) > 20);
    MM_CHECK(!strstr(g->code, "ImageMobject") &&
             !strstr(g->code, "SVGMobject") &&
             !strstr(g->code, "TexTemplate") && !strstr(g->code, "Code("));
}

/* Generates with a style; the caller frees the result. */
static ra_gen_status gen(const char *prompt, const char *st, ra_generated *g)
{
    char *msg = NULL;
    ra_gen_status rc = ra_builtin_generate(prompt, g, &msg);

    (void)st; /* the style is the render-time theme's, not the code's */
    if (rc == RA_GEN_OK) {
        MM_CHECK(msg == NULL);
        check_scene(g);
    } else {
        MM_CHECK(msg != NULL && g->code == NULL);
    }
    free(msg);
    return rc;
}

/* Generates with the default style and expects success. */
static ra_generated ok(const char *prompt)
{
    ra_generated g;

    MM_CHECK(gen(prompt, "3Blue1Brown", &g) == RA_GEN_OK);
    return g;
}

static void test_shape_with_colour_and_rotation(void)
{
    ra_generated g = ok("Draw a red square and rotate it");

    MM_CHECK_CONTAINS(g.code, "square = Square(side_length=2, color=RED, "
                              "stroke_width=4)");
    MM_CHECK_CONTAINS(g.code, "self.play(Create(shapes)");
    MM_CHECK_CONTAINS(g.code, "Rotate(square, angle=90 * DEGREES)");
    MM_CHECK_CONTAINS(g.explanation, "red square");
    MM_CHECK_CONTAINS(g.explanation, "rotated 90 degrees");
    ra_generated_free(&g);
}

static void test_several_shapes_and_colours(void)
{
    ra_generated g = ok("A red circle and a blue square, then a GREEN star.");

    MM_CHECK_CONTAINS(g.code, "circle = Circle(radius=1, color=RED");
    MM_CHECK_CONTAINS(g.code, "square = Square(side_length=2, color=BLUE");
    MM_CHECK_CONTAINS(g.code, "star = Star(n=5, outer_radius=1.2, "
                              "color=GREEN");
    MM_CHECK_CONTAINS(g.code, "VGroup(circle, square, star)"
                              ".arrange(RIGHT, buff=0.8)");
    MM_CHECK_CONTAINS(g.explanation, "side by side");
    ra_generated_free(&g);

    g = ok("two yellow dots and three grey triangles");
    MM_CHECK_CONTAINS(g.code, "dot_2 = Dot(radius=0.15, color=YELLOW");
    MM_CHECK_CONTAINS(g.code, "triangle_3 = Triangle(radius=1.2, color=GREY");
    MM_CHECK_CONTAINS(g.explanation, "Two yellow dots and three grey "
                                     "triangles");
    ra_generated_free(&g);
}

static void test_palette_and_stroke(void)
{
    const ra_scene_colours *st = &ra_scene_colours_manim;
    ra_generated g;

    MM_CHECK(gen("draw a circle and a hexagon", "Classic", &g) == RA_GEN_OK);
    MM_CHECK(count(g.code, st->primary) == 1);
    MM_CHECK(count(g.code, st->secondary) == 1);
    MM_CHECK_CONTAINS(g.code, "RegularPolygon(n=6");
    MM_CHECK_CONTAINS(g.code, "stroke_width=4)");
    ra_generated_free(&g);
}

static void test_motions(void)
{
    ra_generated g = ok("Create a blue circle, rotate it clockwise by 30 "
                        "degrees, make it twice as big and move it left");

    MM_CHECK_CONTAINS(g.code, "Rotate(circle, angle=-30 * DEGREES)");
    MM_CHECK_CONTAINS(g.code, "circle.animate.scale(2)");
    MM_CHECK_CONTAINS(g.code, "circle.animate.shift(");
    MM_CHECK_CONTAINS(g.code, " * LEFT)");
    MM_CHECK_CONTAINS(g.explanation, "30 degrees clockwise");
    ra_generated_free(&g);

    g = ok("a pentagon that shrinks, then shifts up 1 unit");
    MM_CHECK_CONTAINS(g.code, "pentagon.animate.scale(0.5)");
    MM_CHECK_CONTAINS(g.code, "pentagon.animate.shift(1 * UP)");
    ra_generated_free(&g);

    g = ok("draw an ellipse and scale it by 1.5");
    MM_CHECK_CONTAINS(g.code, "ellipse.animate.scale(1.5)");
    ra_generated_free(&g);
}

static void test_targets_one_of_several(void)
{
    ra_generated g = ok("Draw a red circle and a blue square, then rotate "
                        "the square 45 degrees");

    MM_CHECK_CONTAINS(g.code, "Rotate(square, angle=45 * DEGREES)");
    MM_CHECK(!strstr(g.code, "Rotate(circle"));
    MM_CHECK(count(g.code, "Square(") == 1);
    MM_CHECK_CONTAINS(g.explanation, "the square is rotated");
    ra_generated_free(&g);
}

static void test_transform_and_fades(void)
{
    ra_generated g = ok("Transform a square into a circle");

    MM_CHECK_CONTAINS(g.code, "square = Square(");
    MM_CHECK_CONTAINS(g.code, "square_target = Circle(radius=1");
    MM_CHECK_CONTAINS(g.code, "Transform(square, square_target)");
    ra_generated_free(&g);

    g = ok("draw a triangle and turn it into a blue star");
    MM_CHECK_CONTAINS(g.code, "triangle_target = Star(n=5, outer_radius=1.2, "
                              "color=BLUE");
    MM_CHECK_CONTAINS(g.explanation, "transformed into a blue star");
    ra_generated_free(&g);

    g = ok("Fade in a yellow star then fade it out");
    MM_CHECK_CONTAINS(g.code, "self.play(FadeIn(shapes)");
    MM_CHECK_CONTAINS(g.code, "FadeOut(star)");
    ra_generated_free(&g);

    g = ok("draw a square and turn it red");
    MM_CHECK_CONTAINS(g.code, "square.animate.set_color(RED)");
    ra_generated_free(&g);

    /* after the transformation "the star" is the old square */
    g = ok("draw a red square, turn the square into a star, then rotate "
           "the star");
    MM_CHECK(count(g.code, " = Square(") == 1);
    MM_CHECK(count(g.code, " = Star(") == 1);
    MM_CHECK_CONTAINS(g.code, "Rotate(square, angle=90 * DEGREES)");
    ra_generated_free(&g);
}

static void test_stays_in_frame(void)
{
    ra_generated g = ok("draw six circles and scale them by 3");

    /* six circles and a threefold scale do not fit: the scene shrinks,
       and the group scales as a whole so the circles keep their gaps */
    MM_CHECK_CONTAINS(g.code, "shapes.scale(0.");
    MM_CHECK_CONTAINS(g.code, "self.play(shapes.animate.scale(3)");
    MM_CHECK_CONTAINS(g.explanation, "Six circles are drawn");
    ra_generated_free(&g);
    g = ok("draw a circle and move it right 100 units");
    MM_CHECK_CONTAINS(g.code, "circle.animate.shift(5 * RIGHT)");
    ra_generated_free(&g);
}

static void test_plot_parabola(void)
{
    ra_generated g = ok("Plot y = x^2 from -3 to 3");

    MM_CHECK_CONTAINS(g.code, "axes = Axes(");
    MM_CHECK_CONTAINS(g.code, "x_range=[-3, 3, 1]");
    MM_CHECK_CONTAINS(g.code, "y_range=[0, 10, 2]");
    MM_CHECK_CONTAINS(g.code, "axes.plot(\n");
    MM_CHECK_CONTAINS(g.code, "lambda x: x ** 2,");
    MM_CHECK_CONTAINS(g.code, "[-3, 3, 0.015]");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"y = x^{2}\"");
    MM_CHECK_CONTAINS(g.code, "\"color\": \"#888888\"");
    MM_CHECK_CONTAINS(g.explanation, "y = x^2");
    ra_generated_free(&g);
}

static void test_plot_phrasings_and_ranges(void)
{
    ra_generated g = ok("graph f(x) = sin(x) from -pi to pi");

    MM_CHECK_CONTAINS(g.code, "lambda x: np.sin(x),");
    MM_CHECK_CONTAINS(g.code, "x_range=[-3.14159, 3.14159, 1]");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"f(x) = \\\\sin\\\\left(x");
    ra_generated_free(&g);

    g = ok("draw the graph of y=2x+1 for x between -3 and 3");
    MM_CHECK_CONTAINS(g.code, "lambda x: (2 * x) + 1,");
    MM_CHECK_CONTAINS(g.code, "[-3, 3, 0.015]");
    ra_generated_free(&g);

    g = ok("plot y = cos(x) from 0 to 2pi");
    MM_CHECK_CONTAINS(g.code, "[0, 6.28319, ");
    ra_generated_free(&g);

    g = ok("plot y = x^3 - x on [-1.5, 1.5]");
    MM_CHECK_CONTAINS(g.code, "[-1.5, 1.5, ");
    ra_generated_free(&g);

    g = ok("plot y = |x| for -2 <= x <= 2");
    MM_CHECK_CONTAINS(g.code, "lambda x: np.abs(x),");
    MM_CHECK_CONTAINS(g.code, "[-2, 2, ");
    ra_generated_free(&g);

    g = ok("plot x^2 for x in -1.5..2.5");
    MM_CHECK_CONTAINS(g.code, "[-1.5, 2.5, ");
    ra_generated_free(&g);

    g = ok("plot x from 0 to 5");
    MM_CHECK_CONTAINS(g.code, "lambda x: x,");
    MM_CHECK_CONTAINS(g.code, "[0, 5, ");
    ra_generated_free(&g);

    g = ok("plot y = 3");
    MM_CHECK_CONTAINS(g.code, "lambda x: 3,");
    ra_generated_free(&g);
}

static void test_plot_several_functions(void)
{
    const ra_scene_colours *st = &ra_scene_colours_manim;
    ra_generated g = ok("plot sin(x) and cos(x)");

    MM_CHECK_CONTAINS(g.code, "graph_1 = VGroup(");
    MM_CHECK_CONTAINS(g.code, "graph_2 = VGroup(");
    MM_CHECK_CONTAINS(g.code, "np.cos(x)");
    MM_CHECK(strstr(g.code, st->primary) && strstr(g.code, st->secondary));
    MM_CHECK_CONTAINS(g.code, "Create(graph_1), Create(graph_2)");
    ra_generated_free(&g);

    g = ok("plot sqrt(x) in red and x^2/4 in blue on [0, 4]");
    MM_CHECK_CONTAINS(g.code, "color=RED");
    MM_CHECK_CONTAINS(g.code, "color=BLUE");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"y = \\\\frac{x^{2}}{4}\"");
    ra_generated_free(&g);
}

static void test_plot_discontinuities_and_domains(void)
{
    ra_generated g = ok("plot tan(x) from -pi to pi");

    /* three branches, each a separate piece, none across a pole */
    MM_CHECK(count(g.code, "            [") == 3);
    MM_CHECK_CONTAINS(g.code, "use_smoothing=False");
    MM_CHECK_CONTAINS(g.explanation, "only drawn where");
    ra_generated_free(&g);

    g = ok("plot y = ln(x)");
    MM_CHECK_CONTAINS(g.code, "np.log(x)");
    MM_CHECK_CONTAINS(g.code, "x_range=[0, 5, ");
    MM_CHECK(!strstr(g.code, "[-5"));
    ra_generated_free(&g);

    g = ok("plot y = 1/x from -2 to 2");
    MM_CHECK(count(g.code, "            [") == 2);
    ra_generated_free(&g);
}

static void test_plot_refusals(void)
{
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(ra_builtin_generate("plot y = os.system(1)", &g, &msg) ==
             RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "unknown name 'os'");
    free(msg);
    MM_CHECK(ra_builtin_generate("plot y = sqrt(-1 - x^2)", &g, &msg) ==
             RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "no points to draw");
    free(msg);
    MM_CHECK(ra_builtin_generate("plot y = x from 5 to 5", &g, &msg) ==
             RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "x range");
    free(msg);
    MM_CHECK(ra_builtin_generate("plot the derivative of y = x^3", &g, &msg) ==
             RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "not the graph of a derivative");
    free(msg);
    MM_CHECK(ra_builtin_generate("plot y = x.__class__", &g, &msg) ==
             RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "unexpected character '.'");
    free(msg);
}

static void test_named_equations(void)
{
    ra_generated g = ok("write the quadratic formula");

    MM_CHECK_CONTAINS(g.code, "Text(\"The quadratic formula\"");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"x = \\\\frac{-b \\\\pm");
    MM_CHECK_CONTAINS(g.code, "self.play(Write(equation), run_time=2)");
    ra_generated_free(&g);

    g = ok("Show Euler's identity");
    MM_CHECK_CONTAINS(g.code, "e^{i\\\\pi} + 1 = 0");
    ra_generated_free(&g);

    g = ok("display the Pythagorean theorem");
    MM_CHECK_CONTAINS(g.code, "a^2 + b^2 = c^2");
    ra_generated_free(&g);

    g = ok("show the formula for the area of a circle");
    MM_CHECK_CONTAINS(g.code, "A = \\\\pi r^2");
    MM_CHECK(!strstr(g.code, "Circle("));
    ra_generated_free(&g);
}

static void test_explicit_equations(void)
{
    ra_generated g = ok("show the equation E = mc^2");

    MM_CHECK_CONTAINS(g.code, "MathTex(\"E = m c^{2}\"");
    MM_CHECK_CONTAINS(g.explanation, "E = mc^2");
    ra_generated_free(&g);

    g = ok("show the equation x^2 + y^2 = r^2");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"x^{2} + y^{2} = r^{2}\"");
    ra_generated_free(&g);

    g = ok("Write v = u + at in yellow");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"v = u + a t\"");
    MM_CHECK_CONTAINS(g.code, "color=YELLOW");
    ra_generated_free(&g);

    g = ok("show a = b = c");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"a = b = c\"");
    ra_generated_free(&g);
    MM_CHECK(gen("show a = b = c = d", "Dark", &g) == RA_GEN_UNSUPPORTED);

    /* not a function of x alone, so it is typeset rather than plotted */
    g = ok("display y = mx + b");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"y = m x + b\"");
    MM_CHECK(!strstr(g.code, "Axes("));
    ra_generated_free(&g);
}

static void test_unsupported(void)
{
    static const char *const prompts[] = {
        "make me a sandwich",
        "Tell me a joke",
        "",
        "   ",
        "show the formula for the volume of a cone",
        "what is the weather like",
        NULL};
    const char *const *p;
    ra_generated g;
    char *msg;

    for (p = prompts; *p; p++) {
        msg = NULL;
        MM_CHECK(ra_builtin_generate(*p, &g, &msg) == RA_GEN_UNSUPPORTED);
        MM_CHECK(g.code == NULL && g.explanation == NULL);
        MM_CHECK_CONTAINS(msg, "offline generator could not understand");
        MM_CHECK_CONTAINS(msg, "plot y = sin(x) from -pi to pi");
        MM_CHECK_CONTAINS(msg, "Configure an LLM provider");
        free(msg);
    }
}

static void test_bad_arguments(void)
{
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(ra_builtin_generate(NULL, &g, &msg) == RA_GEN_ERROR);
    MM_CHECK(msg != NULL);
    free(msg);
    msg = NULL;
    MM_CHECK(ra_builtin_generate("draw a circle", NULL, NULL) == RA_GEN_ERROR);
    ra_generated_free(NULL);
}

/* Text of the request must never become code. */
static void test_hostile_prompts(void)
{
    static const char *const prompts[] = {
        "Draw a circle\"); import os; (\"",
        "Draw a red square\nimport os\nos.system(\"rm -rf /\")",
        "plot y = x\"); import os; (\"",
        "plot y = x^2 \\\" + __import__('os').getcwd() + \"",
        "graph f(x) = x; import os",
        "show the equation \"); __import__(\"os\").system(\"ls\"); (\" = 1",
        "Write E = mc^2\"); import os #",
        "write x = \\input{/etc/passwd}",
        "show the equation import os = 1",
        "Draw a \x01\x02 circle\x7f with \x1b[31m colour",
        "draw a circle \xff\xfe\xc3( and \\\\ rotate it \"\"\" '''",
        "plot y = exec(x)",
        "plot y = x.__class__",
        "rotate a square by 1e308 degrees and move it 1e309 units",
        NULL};
    const char *const *p;
    ra_generated g;

    for (p = prompts; *p; p++) {
        if (gen(*p, "Dark", &g) != RA_GEN_OK)
            continue;
        MM_CHECK(!strstr(g.code, "import os"));
        MM_CHECK(!strstr(g.code, "os."));
        MM_CHECK(!strstr(g.code, "__"));
        MM_CHECK(!strstr(g.code, "exec"));
        MM_CHECK(!strstr(g.code, "input"));
        MM_CHECK(!strstr(g.code, "passwd"));
        MM_CHECK(!strstr(g.code, "system"));
        MM_CHECK(!strstr(g.code, "\"\"\""));
        MM_CHECK(!strstr(g.code, "inf"));
        MM_CHECK(!strstr(g.code, "nan"));
        ra_generated_free(&g);
    }
}

static void test_long_prompt(void)
{
    char *big = malloc(RA_BUILTIN_MAX_PROMPT + 2);
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(big != NULL);
    if (!big)
        return;
    memset(big, 'a', RA_BUILTIN_MAX_PROMPT + 1);
    big[RA_BUILTIN_MAX_PROMPT + 1] = '\0';
    MM_CHECK(ra_builtin_generate(big, &g, &msg) == RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, "too long");
    free(msg);
    free(big);
}

static void test_every_style(void)
{
    static const char *const prompts[] = {"Draw a red square and rotate it",
                                          "Plot y = x^2 from -3 to 3",
                                          "Show the quadratic formula", NULL};
    const char *const *p;
    ra_generated g;
    int i;

    for (i = 0; i < mm_style_count(); i++)
        for (p = prompts; *p; p++) {
            MM_CHECK(gen(*p, mm_style_at(i)->name, &g) == RA_GEN_OK);
            ra_generated_free(&g);
        }
}

int main(void)
{
    MM_RUN(test_shape_with_colour_and_rotation);
    MM_RUN(test_several_shapes_and_colours);
    MM_RUN(test_palette_and_stroke);
    MM_RUN(test_motions);
    MM_RUN(test_targets_one_of_several);
    MM_RUN(test_transform_and_fades);
    MM_RUN(test_stays_in_frame);
    MM_RUN(test_plot_parabola);
    MM_RUN(test_plot_phrasings_and_ranges);
    MM_RUN(test_plot_several_functions);
    MM_RUN(test_plot_discontinuities_and_domains);
    MM_RUN(test_plot_refusals);
    MM_RUN(test_named_equations);
    MM_RUN(test_explicit_equations);
    MM_RUN(test_unsupported);
    MM_RUN(test_bad_arguments);
    MM_RUN(test_hostile_prompts);
    MM_RUN(test_long_prompt);
    MM_RUN(test_every_style);
    return mm_test_summary();
}
