/*
 * ra_scene_complex: complex numbers as code and explanation. See
 * ra_scene_complex.h.
 */
#include "ra_scene_complex.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_complex.h"
#include "ra_plan_fraction.h"
#include "ra_scene_vectors.h"
#include "ra_scene_writer.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* "3 + 2i", "-i", "2i", "4" */
static void tex_complex(mm_buf *t, const double z[2])
{
    if (z[1] == 0 || z[0] != 0)
        ra_tex_number(t, z[0], 1);
    if (z[1] == 0)
        return;
    if (z[0] != 0)
        mm_buf_puts(t, z[1] < 0 ? " - " : " + ");
    else if (z[1] < 0)
        mm_buf_puts(t, "-");
    if (fabs(z[1]) != 1)
        ra_tex_number(t, z[1], 0);
    mm_buf_puts(t, "i");
}

/* The same for people: "3 + 2i". */
static void say_complex(ra_scene *g, const double z[2])
{
    char a[32], b[32];

    if (z[1] == 0)
        ra_say(g, "%s", ra_text_number(a, z[0]));
    else if (z[0] == 0)
        ra_say(g, "%s%si", z[1] < 0 ? "-" : "",
               fabs(z[1]) == 1 ? "" : ra_text_number(b, fabs(z[1])));
    else
        ra_say(g, "%s %c %si", ra_text_number(a, z[0]), z[1] < 0 ? '-' : '+',
               fabs(z[1]) == 1 ? "" : ra_text_number(b, fabs(z[1])));
}

static const char *compass(double x, double y)
{
    static const char *const dirs[] = {"RIGHT", "UR", "UP",   "UL",
                                       "LEFT",  "DL", "DOWN", "DR"};
    int k = (int)floor(atan2(y, x) / (M_PI / 4) + 0.5);

    return dirs[(k % 8 + 8) % 8];
}

/* `complex(re, im)` */
static void code_number(ra_scene *g, const double z[2])
{
    char a[32], b[32];

    ra_code(g, "complex(%s, %s)", ra_num(a, z[0]), ra_num(b, z[1]));
}

/* An arrow from `from` to `to`, a dot at its tip and a label there. */
static void code_point(ra_scene *g, const char *var, const double from[2],
                       const double to[2], const char *name, int colour)
{
    mm_buf t = MM_BUF_INIT;
    char label[32];

    ra_code(g, RA_IND "%s_arrow = Arrow(plane.n2p(", var);
    code_number(g, from);
    ra_code(g, "), plane.n2p(");
    code_number(g, to);
    ra_code(g, "), buff=0, max_tip_length_to_length_ratio=0.15, color=");
    ra_code_colour(g, colour);
    ra_code(g, ")\n" RA_IND "%s_dot = Dot(plane.n2p(", var);
    code_number(g, to);
    ra_code(g, "), color=");
    ra_code_colour(g, colour);
    ra_code(g, ")\n");
    if (name)
        mm_buf_printf(&t, "%s = ", name);
    tex_complex(&t, to);
    ra_code(g, RA_IND "%s_label = MathTex(", var);
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    ra_code(g, ", font_size=36, color=");
    ra_code_colour(g, colour);
    ra_code(g, ")\n" RA_IND "%s_label.add_background_rectangle(color=", var);
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g,
            ", opacity=0.75)\n" RA_IND "%s_label.next_to(%s_dot, %s, "
            "buff=0.15)\n",
            var, var,
            compass(to[0] - from[0] + to[0], to[1] - from[1] + to[1]));
    mm_buf_free(&t);
    snprintf(label, sizeof(label), "%s_label", var);
    ra_code_place_label(g, label);
}

static const double origin[2] = {0, 0};
static const char *const names[] = {"z", "w", "u"};

static void play_point(ra_scene *g, const char *var)
{
    ra_code(g,
            RA_IND "self.play(GrowArrow(%s_arrow), FadeIn(%s_dot), "
                   "Write(%s_label), run_time=1)\n",
            var, var, var);
    g->anims++;
}

static void code_start(ra_scene *g, const ra_cx_plan *cp)
{
    ra_code_header(g);
    ra_code_plane(g, &cp->pg, "plane", 1, 0);
}

static void play_plane(ra_scene *g)
{
    ra_code(g, RA_IND "self.play(Create(plane), run_time=1.5)\n");
    g->anims++;
}

/* A caption in LaTeX at the bottom of the frame. */
static void code_caption(ra_scene *g, const mm_buf *t)
{
    ra_code(g, RA_IND "caption = MathTex(");
    mm_buf_python_string(&g->code, t->data ? t->data : "");
    ra_code(g, ", font_size=36, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n" RA_IND "caption.add_background_rectangle(color=");
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, ", opacity=0.85)\n" RA_IND
               "caption.to_edge(DOWN, buff=0.3)\n" RA_IND
               "if caption.width > 13:\n" RA_IND
               "    caption.scale_to_fit_width(13)\n");
}

static void play_caption(ra_scene *g)
{
    ra_code(g, RA_IND "self.play(Write(caption), run_time=1.5)\n");
    g->anims++;
}

/* Dashed lines from z to the real and imaginary axes. */
static int code_parts(ra_scene *g, const double z[2])
{
    double re[2] = {z[0], 0}, im[2] = {0, z[1]};

    if (z[0] == 0 || z[1] == 0)
        return 0;
    ra_code(g, RA_IND "re_line = DashedLine(plane.n2p(");
    code_number(g, re);
    ra_code(g, "), plane.n2p(");
    code_number(g, z);
    ra_code(g, "), stroke_width=2, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n" RA_IND "im_line = DashedLine(plane.n2p(");
    code_number(g, im);
    ra_code(g, "), plane.n2p(");
    code_number(g, z);
    ra_code(g, "), stroke_width=2, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n");
    return 1;
}

static void scene_plot(ra_scene *g, const ra_cx_plan *cp)
{
    char var[8];
    int k, parts;

    code_start(g, cp);
    for (k = 0; k < cp->n; k++) {
        snprintf(var, sizeof(var), "%s", names[k]);
        code_point(g, var, origin, cp->z[k], NULL, RA_PALETTE(k));
    }
    parts = cp->n == 1 && code_parts(g, cp->z[0]);
    play_plane(g);
    for (k = 0; k < cp->n; k++)
        play_point(g, names[k]);
    if (parts) {
        ra_code(g, RA_IND "self.play(Create(re_line), Create(im_line), "
                          "run_time=1)\n");
        g->anims++;
    }
}

static void scene_add(ra_scene *g, const ra_cx_plan *cp)
{
    code_start(g, cp);
    code_point(g, "z", origin, cp->z[0], "z", RA_PALETTE(0));
    code_point(g, "w", origin, cp->z[1], "w", RA_PALETTE(1));
    code_point(g, "s", origin, cp->result, "z + w", RA_PALETTE(2));
    ra_code(g, RA_IND "moved = Arrow(plane.n2p(");
    code_number(g, cp->z[0]);
    ra_code(g, "), plane.n2p(");
    code_number(g, cp->result);
    ra_code(g, "), buff=0, max_tip_length_to_length_ratio=0.15, color=");
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ")\n");
    play_plane(g);
    play_point(g, "z");
    play_point(g, "w");
    ra_code(g, RA_IND "self.play(TransformFromCopy(w_arrow, moved), "
                      "run_time=1.5)\n");
    g->anims++;
    play_point(g, "s");
}

static double modulus(const double z[2])
{
    return hypot(z[0], z[1]);
}

static double argument_deg(const double z[2])
{
    return atan2(z[1], z[0]) * 180 / M_PI;
}

/* Appends a number to 4 digits with "=" or "\approx" before it. */
static void tex_is(mm_buf *t, double v)
{
    char b[32];
    int exact = ra_num_round(b, v);

    mm_buf_printf(t, " %s %s", exact ? "=" : "\\approx", b);
}

/* z w: a copy of z turned by arg w, then stretched by |w|. */
static void scene_mul(ra_scene *g, const ra_cx_plan *cp)
{
    const double *z = cp->z[0], *w = cp->z[1];
    mm_buf t = MM_BUF_INIT;
    char a[32], b[32];

    code_start(g, cp);
    code_point(g, "z", origin, z, "z", RA_PALETTE(0));
    code_point(g, "w", origin, w, "w", RA_PALETTE(1));
    code_point(g, "p", origin, cp->result, "zw", RA_PALETTE(2));
    mm_buf_puts(&t, "|zw| = |z|\\,|w|");
    tex_is(&t, modulus(cp->result));
    ra_num_round(a, argument_deg(z));
    ra_num_round(b, argument_deg(w));
    mm_buf_printf(&t, ", \\quad \\arg(zw) = %s^\\circ + %s^\\circ", a, b);
    code_caption(g, &t);
    mm_buf_free(&t);
    play_plane(g);
    play_point(g, "z");
    play_point(g, "w");
    ra_code(g,
            RA_IND "turned = z_arrow.copy()\n" RA_IND
                   "self.play(Rotate(turned, angle=%s * DEGREES, "
                   "about_point=plane.n2p(0)), run_time=1.5)\n" RA_IND
                   "self.play(Transform(turned, p_arrow), FadeIn(p_dot), "
                   "Write(p_label), run_time=1.5)\n",
            ra_num(a, argument_deg(w)));
    g->anims += 2;
    play_caption(g);
}

static void scene_conj(ra_scene *g, const ra_cx_plan *cp)
{
    code_start(g, cp);
    code_point(g, "z", origin, cp->z[0], "z", RA_PALETTE(0));
    code_point(g, "c", origin, cp->result, "\\bar{z}", RA_PALETTE(1));
    ra_code(g, RA_IND "mirror = DashedLine(z_dot.get_center(), "
                      "c_dot.get_center(), stroke_width=2, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n");
    play_plane(g);
    play_point(g, "z");
    if (cp->z[0][1] != 0) {
        ra_code(g, RA_IND "self.play(Create(mirror), run_time=1)\n");
        g->anims++;
    }
    ra_code(g, RA_IND "self.play(TransformFromCopy(z_arrow, c_arrow), "
                      "FadeIn(c_dot), Write(c_label), run_time=1.5)\n");
    g->anims++;
}

static void scene_modulus(ra_scene *g, const ra_cx_plan *cp)
{
    const double *z = cp->z[0];
    double sq = z[0] * z[0] + z[1] * z[1];
    mm_buf t = MM_BUF_INIT;
    char a[32], b[32];
    int parts;

    code_start(g, cp);
    code_point(g, "z", origin, z, "z", RA_PALETTE(0));
    parts = code_parts(g, z);
    ra_code(g,
            RA_IND "angle_arc = Arc(radius=0.6, start_angle=0, "
                   "angle=%s * DEGREES, arc_center=plane.n2p(0), color=",
            ra_num(a, argument_deg(z)));
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ")\n");
    mm_buf_puts(&t, "|z| = \\sqrt{");
    ra_tex_number(&t, z[0] * z[0], 1);
    mm_buf_puts(&t, " + ");
    ra_tex_number(&t, z[1] * z[1], 1);
    mm_buf_puts(&t, "}");
    tex_is(&t, sqrt(sq));
    mm_buf_printf(&t, ", \\quad \\arg z \\approx %s^\\circ",
                  (ra_num_round(b, argument_deg(z)), b));
    code_caption(g, &t);
    mm_buf_free(&t);
    play_plane(g);
    play_point(g, "z");
    ra_code(g, RA_IND "self.play(%sCreate(angle_arc), run_time=1)\n",
            parts ? "Create(re_line), Create(im_line), " : "");
    g->anims++;
    play_caption(g);
}

static void scene_roots(ra_scene *g, const ra_cx_plan *cp)
{
    mm_buf t = MM_BUF_INIT;
    char a[32];
    int k;

    code_start(g, cp);
    ra_code(g, RA_IND "unit_circle = Circle(radius=%s, color=",
            ra_num(a, cp->pg.unit));
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g,
            ").move_to(plane.n2p(0))\n" RA_IND
            "points = [plane.n2p(np.exp(2j * PI * k / %d)) for k in "
            "range(%d)]\n" RA_IND "polygon = Polygon(*points, color=",
            cp->roots, cp->roots);
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ")\n" RA_IND "dots = VGroup(*[Dot(p, color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ") for p in points])\n" RA_IND "labels = VGroup()\n");
    for (k = 0; k < cp->roots; k++) {
        mm_buf_free(&t);
        if (k == 0)
            mm_buf_puts(&t, "1");
        else if (k == 1)
            mm_buf_puts(&t, "\\omega");
        else
            mm_buf_printf(&t, "\\omega^{%d}", k);
        ra_code(g, RA_IND "labels.add(MathTex(");
        mm_buf_python_string(&g->code, t.data ? t.data : "");
        ra_code(g, ", font_size=32, color=");
        ra_code_colour(g, RA_PALETTE(3));
        ra_code(g, ").move_to(points[%d] * 1.25))\n", k);
    }
    mm_buf_free(&t);
    mm_buf_printf(&t, "z^{%d} = 1, \\quad \\omega = e^{2\\pi i/%d}", cp->roots,
                  cp->roots);
    code_caption(g, &t);
    mm_buf_free(&t);
    ra_code(g, RA_IND "caption.to_edge(UP, buff=0.3)\n");
    play_plane(g);
    ra_code(g, RA_IND "self.play(Create(unit_circle), Write(caption), "
                      "run_time=1)\n" RA_IND
                      "self.play(LaggedStart(*[FadeIn(d, scale=0.5) for d "
                      "in dots], lag_ratio=0.2), FadeIn(labels), "
                      "run_time=2)\n" RA_IND
                      "self.play(Create(polygon), run_time=1.5)\n");
    g->anims += 3;
}

/* ---------------------------------------------------------------------
 * Explanations
 */

static void explain_roots(ra_scene *g, const ra_cx_plan *cp)
{
    char a[32];

    ra_say(g,
           "The complex plane is drawn with the unit circle. The %d "
           "solutions of z^%d = 1 are the powers of omega = e^(2 pi i/%d): "
           "they all have modulus 1 and are spaced %s degrees apart, so "
           "they are the corners of a regular polygon with %d sides. "
           "Multiplying by omega turns the plane by that angle.",
           cp->roots, cp->roots, cp->roots, ra_num(a, 360.0 / cp->roots),
           cp->roots);
}

static void explain(ra_scene *g, const ra_cx_plan *cp)
{
    char a[32], b[32], c[32];
    int k;

    if (cp->kind == RA_CX_ROOTS) {
        explain_roots(g, cp);
        return;
    }
    ra_say(g, "The complex plane is drawn (real part across, imaginary "
              "part up) and ");
    for (k = 0; k < cp->n; k++) {
        ra_say(g, "%s%s = ",
               k == 0           ? ""
               : k == cp->n - 1 ? " and "
                                : ", ",
               names[k]);
        say_complex(g, cp->z[k]);
    }
    ra_say(g, " %s drawn as %s from 0.", cp->n > 1 ? "are" : "is",
           cp->n > 1 ? "points with arrows" : "a point with an arrow");
    if (cp->defaulted)
        ra_say(g, " No number was given, so examples are used.");
    switch (cp->kind) {
    case RA_CX_ADD:
        ra_say(g, " Adding works like adding vectors: w is moved to the "
                  "tip of z and the sum z + w = ");
        say_complex(g, cp->result);
        ra_say(g, " adds the real parts and the imaginary parts.");
        break;
    case RA_CX_MUL:
        ra_say(g,
               " Multiplying by w turns z by the argument of w (%s "
               "degrees) and stretches it by the modulus of w (%s): "
               "arguments add and moduli multiply, giving zw = ",
               (ra_num_round(a, argument_deg(cp->z[1])), a),
               (ra_num_round(b, modulus(cp->z[1])), b));
        say_complex(g, cp->result);
        ra_say(g, ".");
        break;
    case RA_CX_CONJ:
        ra_say(g, " Its conjugate ");
        say_complex(g, cp->result);
        ra_say(g, " has the opposite imaginary part: it is the reflection "
                  "of z in the real axis.");
        break;
    case RA_CX_MODULUS:
        ra_say(g,
               " The dashed lines are its real and imaginary parts; by "
               "Pythagoras its modulus (distance from 0) is %s, and its "
               "argument (angle from the positive real axis) is about %s "
               "degrees.",
               (ra_num_round(a, modulus(cp->z[0])), a),
               (ra_num_round(c, argument_deg(cp->z[0])), c));
        break;
    default:
        ra_say(g, " Each number a + bi sits a units to the right and b "
                  "units up.");
    }
}

ra_try_result ra_try_complex(ra_scene *g, const char *prompt,
                             const ra_words *ws)
{
    ra_cx_kind kind = ra_cx_kind_of(prompt, ws);
    ra_cx_plan cp;
    char why[300] = "";

    if (kind == RA_CX_NONE)
        return RA_TRY_NO;
    if (ra_plan_complex(&cp, kind, prompt, ws, why, sizeof(why)) != 0)
        return ra_refuse(g, "%s", why);
    switch (kind) {
    case RA_CX_ADD:
        scene_add(g, &cp);
        break;
    case RA_CX_MUL:
        scene_mul(g, &cp);
        break;
    case RA_CX_CONJ:
        scene_conj(g, &cp);
        break;
    case RA_CX_MODULUS:
        scene_modulus(g, &cp);
        break;
    case RA_CX_ROOTS:
        scene_roots(g, &cp);
        break;
    default:
        scene_plot(g, &cp);
    }
    ra_code_wait(g);
    explain(g, &cp);
    return RA_TRY_OK;
}
