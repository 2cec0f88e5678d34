/*
 * ra_scene_vectors: vectors and matrices as code and explanation. See
 * ra_scene_vectors.h.
 */
#include "ra_scene_vectors.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_fraction.h"
#include "ra_plan_vectors.h"
#include "ra_scene_writer.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

static const char *const names[] = {"v", "w", "u"};

/* The compass direction of (x, y), for a label at its tip. */
static const char *compass(double x, double y)
{
    static const char *const dirs[] = {"RIGHT", "UR", "UP",   "UL",
                                       "LEFT",  "DL", "DOWN", "DR"};
    double a = atan2(y, x) / (M_PI / 4);
    int k = (int)floor(a + 0.5);

    return dirs[(k % 8 + 8) % 8];
}

/*
 * Writes the grid values k * step (k != 0) within +-limit scene units,
 * with `suffix` after each ("j" for the imaginary axis).
 */
static void code_values(ra_scene *g, const ra_plane_geom *pg, double limit,
                        const char *suffix, int *first)
{
    char a[32];
    int k, n = (int)floor(limit / (pg->step * pg->unit) + 1e-9);

    for (k = -n; k <= n; k++) {
        if (k == 0)
            continue;
        ra_code(g, "%s%s%s", *first ? "" : ", ", ra_num(a, k * pg->step),
                suffix);
        *first = 0;
    }
}

/* Numbers on the axes, leaving out those cut by the frame's edges. */
static void code_coordinates(ra_scene *g, const ra_plane_geom *pg,
                             const char *var, int complex)
{
    int first = 1;

    ra_code(g, RA_IND "%s.add_coordinates(%s", var, complex ? "" : "[");
    code_values(g, pg, 6.9, "", &first);
    ra_code(g, "%s", complex ? "" : "], [");
    first = !complex;
    code_values(g, pg, 3.75, complex ? "j" : "", &first);
    ra_code(g, "%s)\n", complex ? "" : "]");
}

/* A plane named var; faint with coordinates, or the moving grid. */
void ra_code_plane(ra_scene *g, const ra_plane_geom *pg, const char *var,
                   int complex, int grid)
{
    char a[32], b[32], c[32], d[32], e[32];
    double f = grid ? 3 : 1;

    ra_code(g,
            RA_IND "%s = %s(\n" RA_IND "    x_range=[-%s, %s, %s],\n" RA_IND
                   "    y_range=[-%s, %s, %s],\n" RA_IND
                   "    x_length=%s,\n" RA_IND "    y_length=%s,\n" RA_IND
                   "    background_line_style={\"stroke_color\": ",
            var, complex ? "ComplexPlane" : "NumberPlane",
            ra_num(a, f * pg->xmax), a, ra_num(c, pg->step),
            ra_num(b, f * pg->ymax), b, c,
            ra_num(d, 2 * f * pg->xmax * pg->unit),
            ra_num(e, 2 * f * pg->ymax * pg->unit));
    if (grid)
        ra_code_colour(g, RA_PALETTE(0));
    else
        mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g,
            ", \"stroke_width\": %s, \"stroke_opacity\": %s},\n" RA_IND
            "    axis_config={\"color\": ",
            grid ? "2" : "1", grid ? "0.7" : "0.4");
    mm_buf_python_string(&g->code, grid ? g->st->text : g->st->axis);
    ra_code(g, ", \"font_size\": 20, \"decimal_number_config\": {"
               "\"num_decimal_places\": 0, \"color\": ");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, "}},\n" RA_IND ")\n");
    if (!grid)
        code_coordinates(g, pg, var, complex);
}

static void code_arrow(ra_scene *g, const char *var, const double from[2],
                       const double to[2], int colour)
{
    char a[32], b[32], c[32], d[32];

    if (to[0] == from[0] && to[1] == from[1]) {
        /* a vector sent to zero: a dot, not an arrow of no length */
        ra_code(g, RA_IND "%s = Dot(plane.c2p(%s, %s), color=", var,
                ra_num(a, to[0]), ra_num(b, to[1]));
        ra_code_colour(g, colour);
        ra_code(g, ")\n");
        return;
    }
    ra_code(g,
            RA_IND "%s = Arrow(plane.c2p(%s, %s), plane.c2p(%s, %s), "
                   "buff=0, max_tip_length_to_length_ratio=0.2, color=",
            var, ra_num(a, from[0]), ra_num(b, from[1]), ra_num(c, to[0]),
            ra_num(d, to[1]));
    ra_code_colour(g, colour);
    ra_code(g, ")\n");
}

/* "\begin{bmatrix} 2 \\ 1 \end{bmatrix}" */
static void tex_column(mm_buf *t, const double v[2])
{
    mm_buf_puts(t, "\\begin{bmatrix} ");
    ra_tex_number(t, v[0], 1);
    mm_buf_puts(t, " \\\\ ");
    ra_tex_number(t, v[1], 1);
    mm_buf_puts(t, " \\end{bmatrix}");
}

/* A label with a background at the tip `at` of an arrow. */
static void code_label(ra_scene *g, const char *var, const mm_buf *tex,
                       int colour, const double at[2], const double dir[2])
{
    char a[32], b[32];

    ra_code(g, RA_IND "%s = MathTex(", var);
    mm_buf_python_string(&g->code, tex->data ? tex->data : "");
    ra_code(g, ", font_size=34, color=");
    ra_code_colour(g, colour);
    ra_code(g, ")\n" RA_IND "%s.add_background_rectangle(color=", var);
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g,
            ", opacity=0.75)\n" RA_IND
            "%s.next_to(plane.c2p(%s, %s), %s, buff=0.15)\n",
            var, ra_num(a, at[0]), ra_num(b, at[1]), compass(dir[0], dir[1]));
    ra_code_place_label(g, var);
}

/* "\vec{v} = [2; 1]" at the tip of vector k. */
static void code_vector(ra_scene *g, const ra_vec_plan *vp, int k)
{
    static const double origin[2] = {0, 0};
    mm_buf t = MM_BUF_INIT;
    char var[16];

    snprintf(var, sizeof(var), "vec_%s", names[k]);
    code_arrow(g, var, origin, vp->v[k], RA_PALETTE(k));
    mm_buf_printf(&t, "\\vec{%s} = ", names[k]);
    tex_column(&t, vp->v[k]);
    snprintf(var, sizeof(var), "label_%s", names[k]);
    code_label(g, var, &t, RA_PALETTE(k), vp->v[k], vp->v[k]);
    mm_buf_free(&t);
}

static void code_start(ra_scene *g, const ra_vec_plan *vp, int vectors)
{
    int k;

    ra_code_header(g);
    ra_code_plane(g, &vp->pg, "plane", 0, 0);
    for (k = 0; k < vectors; k++)
        code_vector(g, vp, k);
    ra_code(g, RA_IND "self.play(Create(plane), run_time=1.5)\n");
    g->anims++;
}

static void play_vector(ra_scene *g, int k)
{
    ra_code(g,
            RA_IND "self.play(GrowArrow(vec_%s), Write(label_%s), "
                   "run_time=1)\n",
            names[k], names[k]);
    g->anims++;
}

/* The result arrow `result` from `from` to `to` with its label. */
static void code_result(ra_scene *g, const double from[2], const double to[2],
                        const char *name)
{
    mm_buf t = MM_BUF_INIT;
    double dir[2] = {to[0] - from[0], to[1] - from[1]};

    code_arrow(g, "result", from, to, RA_PALETTE(2));
    mm_buf_printf(&t, "%s = ", name);
    tex_column(&t, to);
    code_label(g, "result_label", &t, RA_PALETTE(2), to, dir);
    mm_buf_free(&t);
}

static void scene_draw(ra_scene *g, const ra_vec_plan *vp)
{
    int k;

    code_start(g, vp, vp->n);
    for (k = 0; k < vp->n; k++)
        play_vector(g, k);
}

/* v + w: w moved to the tip of v, then the sum from the origin. */
static void scene_add(ra_scene *g, const ra_vec_plan *vp)
{
    code_start(g, vp, 2);
    code_arrow(g, "moved", vp->v[0], vp->result, RA_PALETTE(1));
    code_result(g, (const double[2]){0, 0}, vp->result, "\\vec{v} + \\vec{w}");
    play_vector(g, 0);
    play_vector(g, 1);
    ra_code(g, RA_IND "self.play(TransformFromCopy(vec_w, moved), "
                      "run_time=1.5)\n" RA_IND
                      "self.play(GrowArrow(result), Write(result_label), "
                      "run_time=1.5)\n");
    g->anims += 2;
}

/* v - w: the arrow from the tip of w to the tip of v, moved to 0. */
static void scene_sub(ra_scene *g, const ra_vec_plan *vp)
{
    code_start(g, vp, 2);
    code_arrow(g, "between", vp->v[1], vp->v[0], RA_PALETTE(2));
    code_result(g, (const double[2]){0, 0}, vp->result, "\\vec{v} - \\vec{w}");
    play_vector(g, 0);
    play_vector(g, 1);
    ra_code(g, RA_IND "self.play(GrowArrow(between), run_time=1.5)\n" RA_IND
                      "self.play(TransformFromCopy(between, result), "
                      "Write(result_label), run_time=1.5)\n");
    g->anims += 2;
}

static void scene_scale(ra_scene *g, const ra_vec_plan *vp)
{
    mm_buf t = MM_BUF_INIT;

    code_start(g, vp, 1);
    ra_tex_number(&t, vp->k, 1);
    mm_buf_puts(&t, "\\vec{v}");
    code_result(g, (const double[2]){0, 0}, vp->result, t.data ? t.data : "");
    mm_buf_free(&t);
    play_vector(g, 0);
    ra_code(g, RA_IND "self.play(TransformFromCopy(vec_v, result), "
                      "Write(result_label), run_time=1.5)\n");
    g->anims++;
}

/* A factor of a product, in parentheses when negative. */
static void tex_factor(mm_buf *t, double v)
{
    mm_buf_puts(t, v < 0 ? "(" : "");
    ra_tex_number(t, v, 1);
    mm_buf_puts(t, v < 0 ? ")" : "");
}

/* The angle arc between v and w, and the projection of w onto v. */
static void scene_dot(ra_scene *g, const ra_vec_plan *vp)
{
    const double *v = vp->v[0], *w = vp->v[1];
    double t = vp->dot / (v[0] * v[0] + v[1] * v[1]), foot[2];
    int ccw = v[0] * w[1] - v[1] * w[0] >= 0;
    char a[32], b[32], c[32], d[32];
    mm_buf tex = MM_BUF_INIT;

    foot[0] = t * v[0];
    foot[1] = t * v[1];
    code_start(g, vp, 2);
    ra_code(g,
            RA_IND "line_v = Line(plane.c2p(0, 0), plane.c2p(%s, %s))\n" RA_IND
                   "line_w = Line(plane.c2p(0, 0), plane.c2p(%s, %s))\n" RA_IND
                   "arc = Angle(line_%s, line_%s, radius=0.6, color=",
            ra_num(a, v[0]), ra_num(b, v[1]), ra_num(c, w[0]), ra_num(d, w[1]),
            ccw ? "v" : "w", ccw ? "w" : "v");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g,
            ")\n" RA_IND "projection = DashedLine(plane.c2p(%s, %s), "
            "plane.c2p(%s, %s), color=",
            c, d, ra_num(a, foot[0]), ra_num(b, foot[1]));
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n");
    mm_buf_puts(&tex, "\\vec{v} \\cdot \\vec{w} = ");
    tex_factor(&tex, v[0]);
    mm_buf_puts(&tex, " \\cdot ");
    tex_factor(&tex, w[0]);
    mm_buf_puts(&tex, " + ");
    tex_factor(&tex, v[1]);
    mm_buf_puts(&tex, " \\cdot ");
    tex_factor(&tex, w[1]);
    mm_buf_puts(&tex, " = ");
    ra_tex_number(&tex, vp->dot, 1);
    mm_buf_printf(&tex, ", \\quad \\theta \\approx %s^\\circ",
                  (ra_num_round(a, vp->angle), a));
    ra_code(g, RA_IND "dot_label = MathTex(");
    mm_buf_python_string(&g->code, tex.data ? tex.data : "");
    mm_buf_free(&tex);
    ra_code(g, ", font_size=40, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n" RA_IND "dot_label.add_background_rectangle(color=");
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, ", opacity=0.8)\n" RA_IND "dot_label.to_edge(UP, buff=0.3)\n");
    play_vector(g, 0);
    play_vector(g, 1);
    ra_code(g, RA_IND "self.play(Create(arc), Create(projection), "
                      "run_time=1)\n" RA_IND
                      "self.play(Write(dot_label), run_time=1.5)\n");
    g->anims += 2;
}

/* "\begin{bmatrix} a & b \\ c & d \end{bmatrix}" */
static void tex_matrix(mm_buf *t, const double m[2][2])
{
    int r, c;

    mm_buf_puts(t, "\\begin{bmatrix} ");
    for (r = 0; r < 2; r++)
        for (c = 0; c < 2; c++) {
            ra_tex_number(t, m[r][c], 1);
            mm_buf_puts(t, c == 0 ? " & " : r == 0 ? " \\\\ " : "");
        }
    mm_buf_puts(t, " \\end{bmatrix}");
}

/* The images of the basis vectors and of the vectors given. */
static void code_images(ra_scene *g, const ra_vec_plan *vp)
{
    static const double origin[2] = {0, 0};
    double col[2][2] = {{1, 0}, {0, 1}}, img[2];
    char var[16];
    int k;

    for (k = 0; k < 2; k++) {
        code_arrow(g, k ? "j_hat" : "i_hat", origin, col[k],
                   RA_PALETTE(1 + k));
        img[0] = vp->m[0][k];
        img[1] = vp->m[1][k];
        code_arrow(g, k ? "j_hat_after" : "i_hat_after", origin, img,
                   RA_PALETTE(1 + k));
    }
    for (k = 0; k < vp->n; k++) {
        snprintf(var, sizeof(var), "vec_%s", names[k]);
        code_arrow(g, var, origin, vp->v[k], RA_PALETTE(3));
        img[0] = vp->m[0][0] * vp->v[k][0] + vp->m[0][1] * vp->v[k][1];
        img[1] = vp->m[1][0] * vp->v[k][0] + vp->m[1][1] * vp->v[k][1];
        snprintf(var, sizeof(var), "vec_%s_after", names[k]);
        code_arrow(g, var, origin, img, RA_PALETTE(3));
    }
}

/* A background in the scene's colour behind a label on the grid. */
static void code_backdrop(ra_scene *g, const char *var)
{
    ra_code(g, RA_IND "%s.add_background_rectangle(color=", var);
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, ", opacity=0.85, buff=0.15)\n");
}

/* The matrix and its determinant in the top left corner. */
static void code_matrix_label(ra_scene *g, const ra_vec_plan *vp)
{
    mm_buf t = MM_BUF_INIT;

    tex_matrix(&t, vp->m);
    ra_code(g, RA_IND "matrix_label = MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    mm_buf_free(&t);
    ra_code(g, ", font_size=40, color=");
    ra_code_colour(g, RA_PALETTE(3));
    mm_buf_puts(&t, "\\det = ");
    ra_tex_number(&t, vp->det, 1);
    ra_code(g, ")\n" RA_IND "det_label = MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    mm_buf_free(&t);
    ra_code(g, ", font_size=34, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n");
    code_backdrop(g, "matrix_label");
    code_backdrop(g, "det_label");
    ra_code(g, RA_IND "VGroup(matrix_label, det_label).arrange(DOWN, "
                      "aligned_edge=LEFT).to_corner(UL, buff=0.4)\n");
}

static void scene_matrix(ra_scene *g, const ra_vec_plan *vp)
{
    char a[32], b[32], c[32], d[32];
    int k;

    ra_code_header(g);
    ra_code_plane(g, &vp->pg, "plane", 0, 0);
    ra_code_plane(g, &vp->pg, "grid", 0, 1);
    code_images(g, vp);
    code_matrix_label(g, vp);
    ra_code(g, RA_IND "self.play(FadeIn(plane), Create(grid), "
                      "run_time=1.5)\n" RA_IND
                      "self.play(GrowArrow(i_hat), GrowArrow(j_hat), ");
    for (k = 0; k < vp->n; k++)
        ra_code(g, "GrowArrow(vec_%s), ", names[k]);
    ra_code(g,
            "FadeIn(matrix_label), run_time=1)\n" RA_IND
            "self.play(ApplyMatrix([[%s, %s], [%s, %s]], grid), "
            "Transform(i_hat, i_hat_after), Transform(j_hat, "
            "j_hat_after), ",
            ra_num(a, vp->m[0][0]), ra_num(b, vp->m[0][1]),
            ra_num(c, vp->m[1][0]), ra_num(d, vp->m[1][1]));
    for (k = 0; k < vp->n; k++)
        ra_code(g, "Transform(vec_%s, vec_%s_after), ", names[k], names[k]);
    ra_code(g, "run_time=3)\n" RA_IND
               "self.play(FadeIn(det_label), run_time=1)\n");
    g->anims += 4;
}

/* ---------------------------------------------------------------------
 * Explanations
 */

static void say_vector(ra_scene *g, const double v[2])
{
    char a[32], b[32];

    ra_say(g, "(%s, %s)", ra_text_number(a, v[0]), ra_text_number(b, v[1]));
}

static void explain_vectors(ra_scene *g, const ra_vec_plan *vp)
{
    int k;

    ra_say(g, "A coordinate plane is drawn and ");
    for (k = 0; k < vp->n; k++) {
        ra_say(g, "%s%s = ",
               k == 0           ? ""
               : k == vp->n - 1 ? " and "
                                : ", ",
               names[k]);
        say_vector(g, vp->v[k]);
    }
    ra_say(g,
           " %s drawn as arrow%s from the origin: the first coordinate "
           "is how far right, the second how far up.",
           vp->n > 1 ? "are" : "is", vp->n > 1 ? "s" : "");
    if (vp->defaulted)
        ra_say(g, " No vector was given, so standard examples are used.");
}

static void explain_operation(ra_scene *g, const ra_vec_plan *vp)
{
    char a[32], b[32];

    switch (vp->kind) {
    case RA_VEC_ADD:
        ra_say(g, " To add them, w is moved so that its tail sits at the "
                  "tip of v (tip to tail); the sum v + w = ");
        say_vector(g, vp->result);
        ra_say(g, " goes from the origin to the new tip, adding the "
                  "coordinates one by one.");
        break;
    case RA_VEC_SUB:
        ra_say(g, " The difference v - w is the arrow from the tip of w to "
                  "the tip of v; moved to the origin it is ");
        say_vector(g, vp->result);
        ra_say(g, ", so that w + (v - w) = v.");
        break;
    case RA_VEC_SCALE:
        ra_say(g, " Multiplying by %s scales every coordinate: %sv = ",
               ra_text_number(a, vp->k), a);
        say_vector(g, vp->result);
        ra_say(g, ", on the same line as v%s.",
               vp->k < 0 ? " but pointing the other way" : "");
        break;
    case RA_VEC_DOT:
        ra_say(g,
               " Their dot product multiplies matching coordinates and "
               "adds: v . w = %s. It equals |v| |w| cos(theta), so the "
               "angle between them is about %s degrees; the dashed line "
               "drops w onto the line of v (its projection).",
               ra_text_number(a, vp->dot), (ra_num_round(b, vp->angle), b));
        break;
    default:
        break;
    }
}

static void explain_matrix(ra_scene *g, const ra_vec_plan *vp)
{
    char a[32], b[32], c[32], d[32], e[32];

    ra_say(g, "The matrix [[%s, %s], [%s, %s]]",
           ra_text_number(a, vp->m[0][0]), ra_text_number(b, vp->m[0][1]),
           ra_text_number(c, vp->m[1][0]), ra_text_number(d, vp->m[1][1]));
    if (vp->matrix_name && vp->angle != 0)
        ra_say(g, " (a %s by %s degrees)", vp->matrix_name,
               ra_text_number(a, vp->angle));
    else if (vp->matrix_name)
        ra_say(g, " (a %s)", vp->matrix_name);
    ra_say(g,
           " is applied to the plane. The grid lines stay straight, "
           "parallel and evenly spaced and the origin stays put, because "
           "the map is linear. The columns of the matrix are where the "
           "basis vectors land: i-hat goes to (%s, %s) and j-hat to (%s, "
           "%s). The determinant, %s, is the factor by which areas are "
           "scaled%s.",
           ra_text_number(a, vp->m[0][0]), ra_text_number(b, vp->m[1][0]),
           ra_text_number(c, vp->m[0][1]), ra_text_number(d, vp->m[1][1]),
           ra_text_number(e, vp->det),
           vp->det < 0    ? "; it is negative, so the plane is flipped over"
           : vp->det == 0 ? "; it is zero, so the plane is squashed onto a "
                            "line"
                          : "");
    if (vp->n)
        ra_say(g, " The vectors given move with the plane.");
}

ra_try_result ra_try_vectors(ra_scene *g, const char *prompt,
                             const ra_words *ws)
{
    ra_vec_kind kind = ra_vec_kind_of(prompt, ws);
    ra_vec_plan vp;
    char why[300] = "";

    if (kind == RA_VEC_NONE)
        return RA_TRY_NO;
    if (ra_plan_vectors(&vp, kind, prompt, ws, why, sizeof(why)) != 0)
        return ra_refuse(g, "%s", why);
    switch (kind) {
    case RA_VEC_ADD:
        scene_add(g, &vp);
        break;
    case RA_VEC_SUB:
        scene_sub(g, &vp);
        break;
    case RA_VEC_SCALE:
        scene_scale(g, &vp);
        break;
    case RA_VEC_DOT:
        scene_dot(g, &vp);
        break;
    case RA_VEC_MATRIX:
        scene_matrix(g, &vp);
        break;
    default:
        scene_draw(g, &vp);
    }
    ra_code_wait(g);
    if (kind == RA_VEC_MATRIX) {
        explain_matrix(g, &vp);
    } else {
        explain_vectors(g, &vp);
        explain_operation(g, &vp);
    }
    return RA_TRY_OK;
}
