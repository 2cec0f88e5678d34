/*
 * ra_scene_angles: the angle theorems of plane geometry as code and
 * explanation. See ra_scene_angles.h.
 */
#include "ra_scene_angles.h"

#include <math.h>
#include <stdio.h>

#include "ra_scene_figure.h"
#include "ra_scene_writer.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* ---------------------------------------------------------------------
 * The angles of a triangle
 */

static const char *const greek[] = {"\\alpha", "\\beta", "\\gamma"};

/* A filled sector at vertex `at` from `start` through `size` degrees,
 * with its Greek letter just outside it. */
static void code_sector(ra_scene *g, const char *var, const double at[2],
                        double start, double size, double radius, int k)
{
    char r[32], s[32], z[32];
    double label[2];

    ra_code(g,
            RA_IND "%s = Sector(radius=%s, angle=%s * DEGREES, "
                   "start_angle=%s * DEGREES, arc_center=",
            var, ra_num(r, radius), ra_num(z, size), ra_num(s, start));
    ra_fig_point(g, at);
    ra_code(g, ", color=");
    ra_code_colour(g, RA_PALETTE(k));
    ra_code(g, ", fill_opacity=0.75)\n");
    /* far enough out that a thin angle's letter clears its sides */
    ra_fig_polar(
        label, at,
        fmin(radius + 0.9, fmax(radius + 0.3, 0.3 / sin(size * M_PI / 360))),
        start + size / 2);
    ra_code(g, RA_IND "%s_label = MathTex(", var);
    mm_buf_python_string(&g->code, greek[k]);
    ra_code(g, ", font_size=36, color=");
    ra_code_colour(g, RA_PALETTE(k));
    ra_code(g, ").move_to(");
    ra_fig_point(g, label);
    ra_code(g, ")\n");
}

/* The triangle ABC and its angles alpha, beta and gamma, filled. */
static void code_triangle(ra_scene *g, const ra_angle_sum_plan *ap)
{
    const double *a = ap->vertex[0], *b = ap->vertex[1], *c = ap->vertex[2];

    ra_code(g, RA_IND "triangle = Polygon(");
    ra_fig_point(g, a);
    ra_code(g, ", ");
    ra_fig_point(g, b);
    ra_code(g, ", ");
    ra_fig_point(g, c);
    ra_code(g, ", color=");
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g, ", stroke_width=4)\n");
    code_sector(g, "alpha", a, 0, ap->angle[0], ap->radius, 0);
    code_sector(g, "beta", b, 180 - ap->angle[1], ap->angle[1], ap->radius, 1);
    code_sector(g, "gamma", c, 180 + ap->angle[0], ap->angle[2], ap->radius,
                2);
}

/* A dashed construction line from p to q in the axes' grey. */
static void code_dashed(ra_scene *g, const char *var, const double p[2],
                        const double q[2])
{
    ra_code(g, RA_IND "%s = DashedLine(", var);
    ra_fig_point(g, p);
    ra_code(g, ", ");
    ra_fig_point(g, q);
    ra_code(g, ", color=");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ")\n");
}

/*
 * The sums at the top: letters over values, as `total`. coloured lists
 * pairs (part, angle) ending with -1: that part of both lines takes the
 * angle's colour.
 */
static void code_sums(ra_scene *g, const char *const *letters,
                      const char *const *values, const int *coloured)
{
    int k, line;

    ra_code(g, RA_IND "total = VGroup(");
    ra_fig_tex(g, letters, 44, RA_FIG_TEXT);
    ra_code(g, ", ");
    ra_fig_tex(g, values, 44, RA_FIG_TEXT);
    ra_code(g, ").arrange(DOWN, buff=0.25).to_edge(UP, buff=0.3)\n");
    for (k = 0; coloured[k] >= 0; k += 2)
        for (line = 0; line < 2; line++) {
            ra_code(g, RA_IND "total[%d][%d].set_color(", line, coloured[k]);
            ra_code_colour(g, RA_PALETTE(coloured[k + 1]));
            ra_code(g, ")\n");
        }
}

static void code_angle_sum(ra_scene *g, const ra_angle_sum_plan *ap)
{
    static const int coloured[] = {0, 0, 2, 1, 4, 2, -1};
    const double *c = ap->vertex[2];
    double left[2] = {ap->line_x[0], c[1]}, right[2] = {ap->line_x[1], c[1]};
    char d[3][48];
    const char *letters[] = {greek[0], "+", greek[1],     "+",
                             greek[2], "=", "180^\\circ", NULL};
    const char *values[] = {d[0], "+", d[1],         "+",
                            d[2], "=", "180^\\circ", NULL};
    int k;

    code_triangle(g, ap);
    /* alternate angles: alpha and beta again at C, below the parallel */
    code_sector(g, "alpha_top", c, 180, ap->angle[0], ap->radius, 0);
    code_sector(g, "beta_top", c, 360 - ap->angle[1], ap->angle[1], ap->radius,
                1);
    code_dashed(g, "parallel", left, right);
    for (k = 0; k < 3; k++)
        ra_fig_degrees(d[k], ap->angle[k]);
    code_sums(g, letters, values, coloured);
}

static void play_angle_sum(ra_scene *g)
{
    ra_code(g,
            RA_IND "self.play(Create(triangle), run_time=1)\n" RA_IND
                   "self.play(LaggedStart(FadeIn(alpha), FadeIn(beta), "
                   "FadeIn(gamma), lag_ratio=0.3), Write(alpha_label), "
                   "Write(beta_label), Write(gamma_label), "
                   "run_time=1.5)\n" RA_IND
                   "self.play(Create(parallel), run_time=1)\n" RA_IND
                   "self.play(TransformFromCopy(VGroup(alpha, "
                   "alpha_label), VGroup(alpha_top, alpha_top_label)), "
                   "run_time=1.2)\n" RA_IND
                   "self.play(TransformFromCopy(VGroup(beta, beta_label), "
                   "VGroup(beta_top, beta_top_label)), run_time=1.2)\n" RA_IND
                   "self.play(Write(total[0]), run_time=1)\n" RA_IND
                   "self.play(Write(total[1]), run_time=1)\n" RA_IND
                   "self.play(Indicate(VGroup(alpha_top, gamma, "
                   "beta_top), scale_factor=1.1), run_time=1)\n");
    g->anims += 8;
}

static void explain_angle_sum(ra_scene *g, const ra_angle_sum_plan *ap)
{
    char d[3][32];
    int k;

    for (k = 0; k < 3; k++)
        ra_num_round(d[k], ap->angle[k]);
    ra_say(g,
           "A triangle with angles alpha = %s, beta = %s and gamma = %s "
           "degrees is drawn",
           d[0], d[1], d[2]);
    if (ap->given == 0)
        ra_say(g, " (an example, since no angles were given)");
    else if (ap->given < 3)
        ra_say(g, " (the angle%s not given %s what is left of 180)",
               ap->given == 2 ? "" : "s", ap->given == 2 ? "is" : "share");
    ra_say(g,
           ", each angle coloured. A line is drawn through the top vertex "
           "parallel to the base. The two other sides cross both parallel "
           "lines, so they make equal alternate angles: copies of alpha "
           "and beta appear at the top, on either side of gamma. Together "
           "the three fill a straight line, so %s + %s + %s = 180 "
           "degrees, and the same holds for every triangle.",
           d[0], d[1], d[2]);
}

/* ---------------------------------------------------------------------
 * The exterior angle of a triangle
 */

/* The triangle, its angles, the extended base and the parallel at B. */
static void code_exterior(ra_scene *g, const ra_angle_sum_plan *ap)
{
    static const int coloured[] = {2, 0, 4, 2, -1};
    const double *b = ap->vertex[1];
    double al = ap->angle[0], outside = 180 - ap->angle[1];
    char r[32], o[32], d[4][48];
    const char *letters[] = {
        "180^\\circ - \\beta", "=", greek[0], "+", greek[2], NULL};
    const char *values[] = {d[3], "=", d[0], "+", d[2], NULL};
    int k;

    code_triangle(g, ap);
    /* at B, outside: alpha by corresponding angles, gamma by alternate */
    code_sector(g, "alpha_out", b, 0, al, ap->radius, 0);
    code_sector(g, "gamma_out", b, al, ap->angle[2], ap->radius, 2);
    ra_code(g, RA_IND "extension = Line(");
    ra_fig_point(g, b);
    ra_code(g, ", ");
    ra_fig_point(g, ap->side_end);
    ra_code(g, ", color=");
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g,
            ", stroke_width=4)\n" RA_IND "outside = Arc(radius=%s, "
            "start_angle=0, angle=%s * DEGREES, arc_center=",
            ra_num(r, ap->radius + 0.12), ra_num(o, outside));
    ra_fig_point(g, b);
    ra_code(g, ", color=");
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g, ", stroke_width=5)\n");
    code_dashed(g, "parallel", b, ap->ray_end);
    for (k = 0; k < 3; k++)
        ra_fig_degrees(d[k], ap->angle[k]);
    ra_fig_degrees(d[3], outside);
    code_sums(g, letters, values, coloured);
}

static void play_exterior(ra_scene *g)
{
    ra_code(g, RA_IND "self.play(Create(triangle), run_time=1)\n" RA_IND
                      "self.play(LaggedStart(FadeIn(alpha), FadeIn(beta), "
                      "FadeIn(gamma), lag_ratio=0.3), Write(alpha_label), "
                      "Write(beta_label), Write(gamma_label), "
                      "run_time=1.5)\n" RA_IND
                      "self.play(Create(extension), Create(outside), "
                      "run_time=1)\n" RA_IND
                      "self.play(Create(parallel), run_time=1)\n" RA_IND
                      "self.play(TransformFromCopy(VGroup(alpha, "
                      "alpha_label), VGroup(alpha_out, alpha_out_label)), "
                      "run_time=1.2)\n" RA_IND
                      "self.play(TransformFromCopy(VGroup(gamma, "
                      "gamma_label), VGroup(gamma_out, gamma_out_label)), "
                      "run_time=1.2)\n" RA_IND
                      "self.play(Write(total[0]), run_time=1)\n" RA_IND
                      "self.play(Write(total[1]), run_time=1)\n");
    g->anims += 8;
}

static void explain_exterior(ra_scene *g, const ra_angle_sum_plan *ap)
{
    char d[4][32];
    int k;

    for (k = 0; k < 3; k++)
        ra_num_round(d[k], ap->angle[k]);
    ra_num_round(d[3], 180 - ap->angle[1]);
    ra_say(g,
           "A triangle with angles alpha = %s, beta = %s and gamma = %s "
           "degrees is drawn%s, and its base is extended past B. The "
           "exterior angle there is 180 - %s = %s degrees. A line through "
           "B parallel to the opposite side splits it into a copy of alpha "
           "(corresponding angles) and a copy of gamma (alternate angles), "
           "so the exterior angle equals the two opposite interior angles: "
           "%s + %s = %s degrees.",
           d[0], d[1], d[2],
           ap->given == 0 ? " (an example, since no angles were given)" : "",
           d[1], d[3], d[0], d[2], d[3]);
}

/* ---------------------------------------------------------------------
 * The angles of a polygon
 */

static void code_polygon_sum(ra_scene *g, const ra_polygon_sum_plan *pp)
{
    int n = pp->sides, k;
    char line[3][160], total[48], each[48];
    const char *count[] = {line[0], NULL};
    const char *times[] = {line[1], NULL};
    const char *share[] = {line[2], NULL};

    ra_code(g, RA_IND "verts = [\n");
    for (k = 0; k < n; k++) {
        ra_code(g, RA_IND "    ");
        ra_fig_point(g, pp->vertex[k]);
        ra_code(g, ",\n");
    }
    ra_code(g, RA_IND "]\n" RA_IND "polygon = Polygon(*verts, color=");
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g, ", stroke_width=4)\n" RA_IND
               "diagonals = VGroup(*[DashedLine(verts[0], verts[k], color=");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ") for k in range(2, %d)])\n" RA_IND "colours = [", n - 1);
    for (k = 0; k < 3; k++) {
        ra_code_colour(g, RA_PALETTE(k));
        ra_code(g, k < 2 ? ", " : "]\n");
    }
    ra_code(g,
            RA_IND "pieces = VGroup(*[Polygon(verts[0], verts[k], "
                   "verts[k + 1], color=colours[k %% 3], fill_opacity=0.4, "
                   "stroke_width=0) for k in range(1, %d)])\n" RA_IND
                   "marks = VGroup(*[MathTex(r\"180^\\circ\", font_size=%d, "
                   "color=",
            n - 1, n <= 6 ? 30 : 22);
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g,
            ").move_to((verts[0] + verts[k] + verts[k + 1]) / 3) "
            "for k in range(1, %d)])\n",
            n - 1);
    ra_fig_degrees(total, pp->total);
    ra_fig_degrees(each, pp->total / n);
    snprintf(line[0], sizeof(line[0]), "%d - 2 = %d\\text{ triangles}", n,
             n - 2);
    snprintf(line[1], sizeof(line[1]), "%d \\times 180^\\circ = %s", n - 2,
             total);
    snprintf(line[2], sizeof(line[2]), "\\text{each angle: } %s / %d = %s",
             total, n, each);
    ra_code(g, RA_IND "steps = VGroup(");
    ra_fig_tex(g, count, 40, RA_FIG_TEXT);
    ra_code(g, ", ");
    ra_fig_tex(g, times, 40, RA_PALETTE(2));
    ra_code(g, ", ");
    ra_fig_tex(g, share, 36, RA_FIG_TEXT);
    ra_code(g, ").arrange(DOWN, aligned_edge=LEFT, buff=0.45).to_edge("
               "RIGHT, buff=0.5)\n");
}

static void play_polygon_sum(ra_scene *g)
{
    ra_code(g, RA_IND "self.play(Create(polygon), run_time=1)\n" RA_IND
                      "self.play(Create(diagonals), run_time=1)\n" RA_IND
                      "self.play(LaggedStart(*[FadeIn(p) for p in pieces], "
                      "lag_ratio=0.2), FadeIn(marks), run_time=1.5)\n" RA_IND
                      "self.play(Write(steps[0]), run_time=1)\n" RA_IND
                      "self.play(Write(steps[1]), run_time=1)\n" RA_IND
                      "self.play(Write(steps[2]), run_time=1)\n");
    g->anims += 6;
}

static void explain_polygon_sum(ra_scene *g, const ra_polygon_sum_plan *pp)
{
    char t[32], e[32];

    ra_num_round(t, pp->total);
    ra_num_round(e, pp->total / pp->sides);
    ra_say(g,
           "A regular polygon with %d sides is drawn. The diagonals from "
           "one corner cut it into %d - 2 = %d triangles, and the angles "
           "of the triangles together make up exactly the polygon's "
           "interior angles. Each triangle's angles add up to 180 degrees, "
           "so the interior angles of any %d-sided polygon add up to %d x "
           "180 = %s degrees; in the regular one each angle is %s degrees.",
           pp->sides, pp->sides, pp->sides - 2, pp->sides, pp->sides - 2, t,
           e);
}

void ra_scene_angle_sum(ra_scene *g, const ra_angle_sum_plan *ap)
{
    code_angle_sum(g, ap);
    play_angle_sum(g);
    ra_code_wait(g);
    explain_angle_sum(g, ap);
}

void ra_scene_exterior(ra_scene *g, const ra_angle_sum_plan *ap)
{
    code_exterior(g, ap);
    play_exterior(g);
    ra_code_wait(g);
    explain_exterior(g, ap);
}

void ra_scene_polygon_sum(ra_scene *g, const ra_polygon_sum_plan *pp)
{
    code_polygon_sum(g, pp);
    play_polygon_sum(g);
    ra_code_wait(g);
    explain_polygon_sum(g, pp);
}
