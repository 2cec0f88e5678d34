/*
 * test_builtin_geometry: the named theorems of plane geometry in the
 * offline generator: the Pythagorean theorem, the inscribed angle
 * theorem, the angle sums of triangles and polygons, and the exterior
 * angle of a triangle. Each test pins
 * the Manim calls that make the scene, the numbers computed for it, and
 * its explanation; hostile requests must never put text outside a string
 * literal, and requests about something else must not be taken.
 */
#include <stdlib.h>
#include <string.h>

#include "mm_test.h"
#include "ra_builtin.h"
#include "ra_builtin_internal.h"
#include "ra_prompt.h"
#include "ra_scene_geometry.h"

#include "mm_test_code.h"

/*
 * What every generated scene must be: the two imports and nothing else,
 * one Scene class, printable ASCII, a final wait, an animation count
 * that matches the code and stays modest, an explanation, and nothing
 * dangerous outside string literals.
 */
static void check_scene(const ra_generated *g)
{
    char *bare = outside_strings(g->code);
    const char *p;
    int calls;

    MM_CHECK(strncmp(g->code, "from manim import *\nimport numpy as np\n",
                     39) == 0);
    MM_CHECK(bare && count(bare, "import") == 2);
    MM_CHECK(bare && count(bare, "class ") == 1);
    MM_CHECK_CONTAINS(g->code, "class MathMotionScene(Scene):");
    MM_CHECK_CONTAINS(g->code, "        self.wait(1)\n");
    for (p = g->code; *p; p++)
        MM_CHECK((*p >= 0x20 && *p < 0x7f) || *p == '\n');
    calls = count(g->code, "self.play(") + count(g->code, "self.wait(");
    MM_CHECK(g->animation_count == calls);
    MM_CHECK(calls >= 5 && calls <= 15);
    MM_CHECK(g->explanation && strlen(g->explanation) > 100);
    MM_CHECK(bare && !strstr(bare, "__") && !strstr(bare, "exec") &&
             !strstr(bare, "eval") && !strstr(bare, "open(") &&
             !strstr(bare, "import os") && !strstr(bare, "system"));
    free(bare);
}

static ra_generated ok(const char *prompt)
{
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(ra_builtin_generate(prompt, &g, &msg) == RA_GEN_OK);
    MM_CHECK(msg == NULL);
    if (g.code)
        check_scene(&g);
    free(msg);
    return g;
}

/* A scene another planner writes (shorter than these theorems). */
static ra_generated other(const char *prompt)
{
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(ra_builtin_generate(prompt, &g, &msg) == RA_GEN_OK);
    free(msg);
    return g;
}

/* Expects a refusal whose message contains `why`. */
static void refused(const char *prompt, const char *why)
{
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(ra_builtin_generate(prompt, &g, &msg) == RA_GEN_UNSUPPORTED);
    MM_CHECK(g.code == NULL);
    MM_CHECK_CONTAINS(msg, why);
    free(msg);
}

/* What the geometry planner alone makes of a request. */
static ra_try_result geometry_only(const char *prompt)
{
    ra_words *ws = malloc(sizeof(*ws));
    ra_scene g;
    ra_try_result r;

    memset(&g, 0, sizeof(g));
    g.st = &ra_scene_colours_manim;
    ra_words_split(prompt, ws);
    r = ra_try_geometry(&g, prompt, ws);
    mm_buf_free(&g.code);
    mm_buf_free(&g.expl);
    mm_buf_free(&g.why);
    mm_buf_free(&g.labels);
    free(ws);
    return r;
}

static void test_pythagoras_gallery(void)
{
    ra_generated g = ok("Prove the Pythagorean theorem visually with "
                        "squares on the sides of a 3-4-5 triangle");

    /* 3-4-5 fits best with the leg of 4 upright: 0.72 units per unit */
    MM_CHECK_CONTAINS(g.code, "right = np.array([-3.48, -1.44, 0])");
    MM_CHECK_CONTAINS(g.code, "triangle = Polygon(right, a_end, b_end");
    MM_CHECK_CONTAINS(g.code, "corner = RightAngle(Line(right, a_end)");
    MM_CHECK_CONTAINS(g.code,
                      "sq_a = grid_square(np.array([-3.48, -1.44, 0]), "
                      "np.array([2.16, 0, 0]), np.array([0, -2.16, 0]), 3,");
    MM_CHECK_CONTAINS(g.code,
                      "sq_b = grid_square(np.array([-3.48, -1.44, 0]), "
                      "np.array([0, 2.88, 0]), np.array([-2.88, 0, 0]), 4,");
    MM_CHECK_CONTAINS(g.code,
                      "sq_c = grid_square(np.array([-1.32, -1.44, 0]), "
                      "np.array([-2.16, 2.88, 0]), "
                      "np.array([2.88, 2.16, 0]), 5,");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"a^2\", \"=\", \"3^2\", \"=\", \"9\"");
    MM_CHECK_CONTAINS(g.code,
                      "MathTex(\"c^2\", \"=\", \"5^2\", \"=\", \"25\"");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"9\", \"+\", \"16\", \"=\", \"25\"");
    MM_CHECK_CONTAINS(g.code, "move_to(np.array([4.28, 0, 0]))");
    MM_CHECK_CONTAINS(g.code, "TransformFromCopy(VGroup(area_a[-1], "
                              "area_b[-1], area_c[-1])");
    MM_CHECK_CONTAINS(g.code, "Circumscribe(equation[1]");
    MM_CHECK_CONTAINS(g.explanation, "legs a = 3 and b = 4");
    MM_CHECK_CONTAINS(g.explanation, "9 + 16 = 25: a^2 + b^2 = c^2");
    MM_CHECK_CONTAINS(g.explanation, "unit squares that can be counted");
    ra_generated_free(&g);

    /* without sides: the same 3-4-5 example, said to be one */
    g = ok("pythagorean theorem with squares on the sides");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"9\", \"+\", \"16\"");
    MM_CHECK_CONTAINS(g.explanation, "since no sides were given");
    ra_generated_free(&g);
}

static void test_pythagoras_sides(void)
{
    ra_generated g = ok("show a^2 + b^2 = c^2 for a right triangle with "
                        "legs 5 and 12");

    /* the exponents are not sides; 13 is computed */
    MM_CHECK_CONTAINS(g.code,
                      "MathTex(\"25\", \"+\", \"144\", \"=\", \"169\"");
    MM_CHECK_CONTAINS(g.code, "\"13^2\"");
    MM_CHECK(count(g.code, ", 1, \"#") == 3); /* too many cells: plain */
    MM_CHECK_CONTAINS(g.explanation, "hypotenuse c = 13 has area 169");
    MM_CHECK(!strstr(g.explanation, "unit squares"));
    ra_generated_free(&g);

    g = ok("Pythagoras with a 6-8-10 triangle");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"36\", \"+\", \"64\", \"=\", "
                              "\"100\"");
    MM_CHECK_CONTAINS(g.code, ", 10, \"#83c167\")");
    ra_generated_free(&g);

    /* the sides in any order: the longest is the hypotenuse */
    g = ok("pythagoras for the triangle with sides 13, 5 and 12");
    MM_CHECK_CONTAINS(g.code, "\"169\"");
    ra_generated_free(&g);

    /* a hypotenuse that is not a short number: only its area is shown */
    g = ok("pythagoras with legs 1 and 2");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"c^2\", \"=\", \"5\", font_size");
    MM_CHECK_CONTAINS(g.explanation, "c ~ 2.236 has area 5");
    ra_generated_free(&g);

    refused("Pythagoras with sides 4, 5 and 7",
            "The sides 4, 5 and 7 do not make a right triangle: 4^2 + 5^2 "
            "= 41, not 7^2 = 49");
    refused("pythagoras with a leg of 5", "this request gives 1 number");
    refused("pythagoras with legs 1 and 20", "more than 10 times the other");
    refused("pythagoras with legs 0 and 3", "must be positive");
}

static void test_inscribed_angle(void)
{
    ra_generated g = ok("Show that an inscribed angle is half the central "
                        "angle on the same arc, with the point moving "
                        "around the circle");

    MM_CHECK_CONTAINS(g.code, "a = on_circle(220)");
    MM_CHECK_CONTAINS(g.code, "b = on_circle(320)");
    MM_CHECK_CONTAINS(g.code, "Arc(radius=0.5, start_angle=220 * DEGREES, "
                              "angle=100 * DEGREES, arc_center=center");
    MM_CHECK_CONTAINS(g.code, "theta = ValueTracker(29.5)");
    MM_CHECK_CONTAINS(g.code, "inscribed = always_redraw(lambda: VGroup(");
    MM_CHECK_CONTAINS(g.code, "value = DecimalNumber(angle_at(p_point(), a, "
                              "b), num_decimal_places=1");
    MM_CHECK_CONTAINS(g.code, "value.add_updater(lambda d: "
                              "d.set_value(angle_at(p_point(), a, b)))");
    MM_CHECK_CONTAINS(g.code, "theta.animate.set_value(172.5), run_time=2.5");
    MM_CHECK_CONTAINS(g.code, "theta.animate.set_value(101), run_time=1.5");
    MM_CHECK_CONTAINS(g.code, "\"\\\\angle AOB =\", \"100^\\\\circ\"");
    MM_CHECK_CONTAINS(g.code, "\\\\angle AOB =\", \"50^\\\\circ\"");
    MM_CHECK_CONTAINS(g.explanation, "central angle AOB = 100 degrees (an "
                                     "example");
    MM_CHECK_CONTAINS(g.explanation, "it stays 50 degrees");
    ra_generated_free(&g);

    g = ok("central angle vs inscribed angle for an arc of 100 degrees");
    MM_CHECK_CONTAINS(g.code, "angle=100 * DEGREES");
    MM_CHECK(!strstr(g.explanation, "an example"));
    ra_generated_free(&g);

    /* a number after "inscribed" is the inscribed angle: double it */
    g = ok("show the inscribed angle of 35 degrees and its central angle");
    MM_CHECK_CONTAINS(g.code, "a = on_circle(235)");
    MM_CHECK_CONTAINS(g.code, "\"70^\\\\circ\"");
    MM_CHECK_CONTAINS(g.explanation, "AOB = 70 degrees");
    ra_generated_free(&g);

    g = ok("inscribed angle theorem with a central angle of 180 degrees");
    MM_CHECK_CONTAINS(g.explanation, "Thales");
    ra_generated_free(&g);

    g = ok("the angle at the centre is twice the angle at the "
           "circumference");
    MM_CHECK_CONTAINS(g.code, "ValueTracker(");
    ra_generated_free(&g);

    refused("inscribed angle of 170 degrees",
            "between 20 and 300 degrees (an inscribed angle between 10 and "
            "150 degrees); this request asks for 340");
    refused("inscribed angle of 0 degrees", "this request asks for 0.");
}

static void test_triangle_angle_sum(void)
{
    ra_generated g = ok("Show why the angles of a triangle add up to 180 "
                        "degrees");

    /* 55, 45, 80 by default; the 180 of the request is the sum */
    MM_CHECK_CONTAINS(g.code, "triangle = Polygon(np.array([-3.91048, -3.3, "
                              "0]), np.array([3.91048, -3.3, 0]), "
                              "np.array([-0.689523, 1.3, 0])");
    MM_CHECK_CONTAINS(g.code, "alpha = Sector(radius=0.8, angle=55 * "
                              "DEGREES, start_angle=0 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "beta = Sector(radius=0.8, angle=45 * "
                              "DEGREES, start_angle=135 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "gamma = Sector(radius=0.8, angle=80 * "
                              "DEGREES, start_angle=235 * DEGREES");
    /* the alternate angles at C fill the straight angle 180..360 */
    MM_CHECK_CONTAINS(g.code, "alpha_top = Sector(radius=0.8, angle=55 * "
                              "DEGREES, start_angle=180 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "beta_top = Sector(radius=0.8, angle=45 * "
                              "DEGREES, start_angle=315 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "parallel = DashedLine(np.array([-5.11048, "
                              "1.3, 0]), np.array([5.11048, 1.3, 0])");
    MM_CHECK_CONTAINS(g.code, "TransformFromCopy(VGroup(alpha, "
                              "alpha_label), VGroup(alpha_top, "
                              "alpha_top_label))");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"55^\\\\circ\", \"+\", "
                              "\"45^\\\\circ\", \"+\", \"80^\\\\circ\", "
                              "\"=\", \"180^\\\\circ\"");
    MM_CHECK_CONTAINS(g.explanation, "alternate angles");
    MM_CHECK_CONTAINS(g.explanation, "55 + 45 + 80 = 180 degrees");
    MM_CHECK_CONTAINS(g.explanation, "an example, since no angles");
    ra_generated_free(&g);

    g = ok("angles of a triangle with angles 50 and 60 degrees");
    MM_CHECK_CONTAINS(g.code, "\"70^\\\\circ\"");
    MM_CHECK_CONTAINS(g.explanation, "gamma = 70 degrees");
    MM_CHECK_CONTAINS(g.explanation, "the angle not given is what is left");
    ra_generated_free(&g);

    g = ok("triangle with angles 30\xc2\xb0, 60\xc2\xb0 and 90\xc2\xb0, "
           "show they sum to 180");
    MM_CHECK_CONTAINS(g.code, "gamma = Sector(radius=0.8, angle=90 * "
                              "DEGREES, start_angle=210 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "beta_top = Sector(radius=0.8, angle=60 * "
                              "DEGREES, start_angle=300 * DEGREES");
    ra_generated_free(&g);

    /* one angle: an isosceles triangle with it at A */
    g = ok("angle sum of a triangle with a 40 degree angle");
    MM_CHECK_CONTAINS(g.explanation, "alpha = 40, beta = 70 and gamma = 70");
    ra_generated_free(&g);

    refused("angles of a triangle 100, 50 and 50", "100 + 50 + 50 = 200");
    refused("angles of a triangle with angles 170 and 5",
            "at least 10 degrees");
}

static void test_polygon_angle_sum(void)
{
    ra_generated g = ok("sum of interior angles of a hexagon");

    MM_CHECK(count(g.code, "        np.array([") == 6);
    MM_CHECK_CONTAINS(g.code, "DashedLine(verts[0], verts[k]");
    MM_CHECK_CONTAINS(g.code, "for k in range(2, 5)])");
    MM_CHECK_CONTAINS(g.code, "verts[k + 1], color=colours[k % 3]");
    MM_CHECK_CONTAINS(g.code, "\"6 - 2 = 4\\\\text{ triangles}\"");
    MM_CHECK_CONTAINS(g.code, "\"4 \\\\times 180^\\\\circ = 720^\\\\circ\"");
    MM_CHECK_CONTAINS(g.code, "720^\\\\circ / 6 = 120^\\\\circ");
    MM_CHECK_CONTAINS(g.explanation, "6 - 2 = 4 triangles");
    MM_CHECK_CONTAINS(g.explanation, "4 x 180 = 720 degrees");
    MM_CHECK_CONTAINS(g.explanation, "each angle is 120 degrees");
    ra_generated_free(&g);

    g = ok("what do the angles of a pentagon add up to");
    MM_CHECK_CONTAINS(g.explanation, "3 x 180 = 540 degrees");
    ra_generated_free(&g);

    g = ok("angle sum of a polygon with 9 sides");
    MM_CHECK_CONTAINS(g.explanation, "7 x 180 = 1260 degrees");
    ra_generated_free(&g);

    refused("sum of interior angles of a 20-gon", "3 to 12 sides");
}

static void test_exterior_angle(void)
{
    ra_generated g = ok("exterior angle theorem with angles 40 and 75");

    /* the two given are the opposite angles; beta is what is left */
    MM_CHECK_CONTAINS(g.code, "beta = Sector(radius=0.8, angle=65 * "
                              "DEGREES, start_angle=115 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "alpha_out = Sector(radius=0.8, angle=40 * "
                              "DEGREES, start_angle=0 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "gamma_out = Sector(radius=0.8, angle=75 * "
                              "DEGREES, start_angle=40 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "outside = Arc(radius=0.92, start_angle=0, "
                              "angle=115 * DEGREES");
    MM_CHECK_CONTAINS(g.code, "extension = Line(");
    MM_CHECK_CONTAINS(g.code, "parallel = DashedLine(");
    MM_CHECK_CONTAINS(g.code, "MathTex(\"115^\\\\circ\", \"=\", "
                              "\"40^\\\\circ\", \"+\", \"75^\\\\circ\"");
    MM_CHECK_CONTAINS(g.explanation, "180 - 65 = 115 degrees");
    MM_CHECK_CONTAINS(g.explanation, "corresponding angles");
    MM_CHECK_CONTAINS(g.explanation, "40 + 75 = 115 degrees");
    ra_generated_free(&g);

    g = ok("the exterior angle of a triangle equals the sum of the two "
           "opposite interior angles");
    MM_CHECK_CONTAINS(g.explanation, "55 + 80 = 135 degrees");
    ra_generated_free(&g);

    /* the sum of all the exterior angles is another matter */
    MM_CHECK(geometry_only("sum of the exterior angles of a hexagon") ==
             RA_TRY_NO);
}

/* Text of the request never runs, whatever it holds. */
static void test_hostile_geometry(void)
{
    static const char *const prompts[] = {
        "Prove the Pythagorean theorem\"); import os; (\" for a 3-4-5 "
        "triangle",
        "inscribed angle\n    __import__('os').system('ls')\n of 40 "
        "degrees",
        "angles of a triangle \\\"); exec(\\\" 50 and 60",
        "sum of the angles of a hexagon \x01\x1b[31m \"\"\" ''' __class__",
        "pythagoras legs 3 and 4 \\n\\\\input{/etc/passwd} eval(x)",
        NULL};
    const char *const *p;
    ra_generated g;

    for (p = prompts; *p; p++) {
        g = ok(*p);
        ra_generated_free(&g);
    }
    g = ok(prompts[0]); /* the numbers still count */
    MM_CHECK_CONTAINS(g.code, "\"25\"");
    ra_generated_free(&g);
}

/* Requests about something else are left to the other planners. */
static void test_not_geometry(void)
{
    ra_generated g = other("Draw a red square");

    MM_CHECK_CONTAINS(g.code, "Square(");
    MM_CHECK(!strstr(g.code, "grid_square"));
    ra_generated_free(&g);

    g = other("rotate a triangle by 30 degrees");
    MM_CHECK(!strstr(g.code, "Sector("));
    ra_generated_free(&g);

    /* the formula alone is the equations' */
    g = other("display the Pythagorean theorem");
    MM_CHECK_CONTAINS(g.code, "a^2 + b^2 = c^2");
    MM_CHECK(!strstr(g.code, "grid_square"));
    ra_generated_free(&g);

    MM_CHECK(geometry_only("why is the sky blue") == RA_TRY_NO);
    MM_CHECK(geometry_only("prove that sqrt 2 is irrational") == RA_TRY_NO);
    MM_CHECK(geometry_only("draw an inscribed circle in a triangle") ==
             RA_TRY_NO);
    MM_CHECK(geometry_only("the central limit theorem") == RA_TRY_NO);
    MM_CHECK(geometry_only("show the pythagorean identity") == RA_TRY_NO);
    MM_CHECK(geometry_only("what is the angle between the vectors <1, 0> "
                           "and <1, 1>") == RA_TRY_NO);
    MM_CHECK(geometry_only("draw a blue hexagon") == RA_TRY_NO);
    MM_CHECK(geometry_only("Draw a red square") == RA_TRY_NO);
    refused("why is the sky blue", "\"why\"");
    refused("prove that sqrt 2 is irrational", "\"prove\"");
    refused("draw an inscribed circle in a triangle", "\"inscribed\"");
}

int main(void)
{
    MM_RUN(test_pythagoras_gallery);
    MM_RUN(test_pythagoras_sides);
    MM_RUN(test_inscribed_angle);
    MM_RUN(test_triangle_angle_sum);
    MM_RUN(test_polygon_angle_sum);
    MM_RUN(test_exterior_angle);
    MM_RUN(test_hostile_geometry);
    MM_RUN(test_not_geometry);
    return mm_test_summary();
}
