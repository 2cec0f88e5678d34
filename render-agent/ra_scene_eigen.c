/*
 * ra_scene_eigen: eigenvectors as code and explanation. See
 * ra_scene_eigen.h.
 */
#include "ra_scene_eigen.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_eigen.h"
#include "ra_plan_fraction.h"
#include "ra_scene_vectors.h"
#include "ra_scene_writer.h"

#define FRAME_REACH 8.4 /* scene units from the centre past every corner */

static const char *const arrow_names[] = {"first", "second", "other"};

/* The colour of arrow k: the lines in the palette, the other in pink. */
static int arrow_colour(const ra_eigen_plan *ep, int k)
{
    return k < ep->lines ? RA_PALETTE(1 + k) : ra_colour_word("pink");
}

/* Python name of arrow k: "first", "second", "other". */
static const char *arrow_name(const ra_eigen_plan *ep, int k)
{
    return k < ep->lines ? arrow_names[k] : arrow_names[2];
}

/* An arrow from the origin to v, or a dot when v is zero (a zero
 * eigenvalue squashes its line to the origin). */
static void code_arrow(ra_scene *g, const char *var, const double v[2],
                       int colour)
{
    char a[32], b[32];

    ra_num(a, v[0]);
    ra_num(b, v[1]);
    if (fabs(v[0]) < 1e-9 && fabs(v[1]) < 1e-9)
        ra_code(g, RA_IND "%s = Dot(plane.c2p(0, 0), color=", var);
    else
        ra_code(g,
                RA_IND "%s = Arrow(plane.c2p(0, 0), plane.c2p(%s, %s), "
                       "buff=0, max_tip_length_to_length_ratio=0.2, "
                       "stroke_width=6, color=",
                var, a, b);
    ra_code_colour(g, colour);
    ra_code(g, ")\n");
}

/* The line through the origin along v, dashed, reaching past the frame. */
static void code_span(ra_scene *g, const ra_eigen_plan *ep, int k)
{
    const double *v = ep->arrow[k];
    double t = FRAME_REACH / (ep->pg.unit * hypot(v[0], v[1]));
    char a[32], b[32], c[32], d[32];

    ra_code(g,
            RA_IND "spans.add(DashedLine(plane.c2p(%s, %s), "
                   "plane.c2p(%s, %s), dash_length=0.15, stroke_width=2.5, "
                   "color=",
            ra_num(a, -t * v[0]), ra_num(b, -t * v[1]), ra_num(c, t * v[0]),
            ra_num(d, t * v[1]));
    ra_code_colour(g, arrow_colour(ep, k));
    ra_code(g, "))\n");
}

/* "\begin{pmatrix} 1 \\ -1 \end{pmatrix}" */
static void tex_column(mm_buf *t, const double v[2])
{
    mm_buf_puts(t, "\\begin{pmatrix} ");
    ra_tex_short_or_fraction(t, v[0]);
    mm_buf_puts(t, " \\\\ ");
    ra_tex_short_or_fraction(t, v[1]);
    mm_buf_puts(t, " \\end{pmatrix}");
}

/* "A = [a b; c d]" */
static void tex_matrix(mm_buf *t, const double m[2][2])
{
    mm_buf_puts(t, "A = \\begin{pmatrix} ");
    ra_tex_short_or_fraction(t, m[0][0]);
    mm_buf_puts(t, " & ");
    ra_tex_short_or_fraction(t, m[0][1]);
    mm_buf_puts(t, " \\\\ ");
    ra_tex_short_or_fraction(t, m[1][0]);
    mm_buf_puts(t, " & ");
    ra_tex_short_or_fraction(t, m[1][1]);
    mm_buf_puts(t, " \\end{pmatrix}");
}

/* The fact shown for arrow k: A v = lambda v, or A w = its image. */
static void tex_fact(mm_buf *t, const ra_eigen_plan *ep, int k)
{
    char a[32];

    mm_buf_puts(t, "A");
    if (k < ep->lines) {
        tex_column(t, ep->dir[k]);
        mm_buf_printf(t, " %s %s",
                      ra_num_round(a, ep->lambda[k]) ? "=" : "\\approx",
                      ep->lambda[k] == 1 ? "" : a);
        tex_column(t, ep->dir[k]);
        return;
    }
    tex_column(t, ep->arrow[k]);
    mm_buf_puts(t, " = ");
    tex_column(t, ep->image[k]);
}

static void code_card_line(ra_scene *g, const mm_buf *t, int colour)
{
    ra_code(g, RA_IND "facts.add(MathTex(");
    mm_buf_python_string(&g->code, t->data ? t->data : "");
    ra_code(g, ", font_size=34, color=");
    ra_code_colour(g, colour);
    ra_code(g, "))\n");
}

/* The card in the free corner: the matrix, then one line per arrow. */
static void code_card(ra_scene *g, const ra_eigen_plan *ep)
{
    mm_buf t = MM_BUF_INIT;
    int k;

    ra_code(g, RA_IND "facts = VGroup()\n");
    tex_matrix(&t, ep->m);
    code_card_line(g, &t, RA_PALETTE(3));
    for (k = 0; k < ep->arrows; k++) {
        mm_buf_free(&t);
        tex_fact(&t, ep, k);
        code_card_line(g, &t, arrow_colour(ep, k));
    }
    mm_buf_free(&t);
    ra_code(g,
            RA_IND "facts.arrange(DOWN, buff=0.25)\n" RA_IND
                   "if facts.height > 5:\n" RA_IND
                   "    facts.scale_to_fit_height(5)\n" RA_IND
                   "if facts.width > 4.2:\n" RA_IND
                   "    facts.scale_to_fit_width(4.2)\n" RA_IND
                   "facts.to_corner(%s, buff=0.35)\n" RA_IND
                   "card = BackgroundRectangle(facts, color=",
            ep->corner);
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, ", fill_opacity=0.9, buff=0.15)\n" RA_IND
               "card.set_z_index(1)\n" RA_IND "facts.set_z_index(2)\n");
}

static void code_objects(ra_scene *g, const ra_eigen_plan *ep)
{
    char var[16];
    int k;

    ra_code_plane(g, &ep->pg, "plane", 0, 0);
    ra_code_plane(g, &ep->pg, "grid", 0, 1);
    ra_code(g, RA_IND "spans = VGroup()\n");
    for (k = 0; k < ep->arrows; k++) {
        code_span(g, ep, k);
        code_arrow(g, arrow_name(ep, k), ep->arrow[k], arrow_colour(ep, k));
        snprintf(var, sizeof(var), "%s_after", arrow_name(ep, k));
        code_arrow(g, var, ep->image[k], arrow_colour(ep, k));
    }
    code_card(g, ep);
}

static void code_scene(ra_scene *g, const ra_eigen_plan *ep)
{
    char a[32], b[32], c[32], d[32];
    int k;

    ra_code_header(g);
    code_objects(g, ep);
    ra_code(g, RA_IND "self.play(FadeIn(plane), Create(grid), "
                      "run_time=1.5)\n" RA_IND
                      "self.play(Create(spans), run_time=1)\n" RA_IND
                      "self.play(");
    for (k = 0; k < ep->arrows; k++)
        ra_code(g, "GrowArrow(%s), ", arrow_name(ep, k));
    ra_code(g,
            "run_time=1)\n" RA_IND "self.play(FadeIn(card), "
            "Write(facts[0]), run_time=0.8)\n" RA_IND
            "self.play(ApplyMatrix([[%s, %s], [%s, %s]], grid), ",
            ra_num(a, ep->m[0][0]), ra_num(b, ep->m[0][1]),
            ra_num(c, ep->m[1][0]), ra_num(d, ep->m[1][1]));
    for (k = 0; k < ep->arrows; k++)
        ra_code(g, "Transform(%s, %s_after), ", arrow_name(ep, k),
                arrow_name(ep, k));
    ra_code(g,
            "run_time=3)\n" RA_IND
            "self.play(Write(facts[1:]), run_time=1.5)\n" RA_IND "self.play(");
    for (k = 0; k < ep->lines; k++)
        ra_code(g, "Indicate(%s), ", arrow_name(ep, k));
    ra_code(g, "run_time=1)\n");
    g->anims += 7;
    ra_code_wait(g);
}

/* ---------------------------------------------------------------------
 * Explanation
 */

static void say_vector(ra_scene *g, const double v[2])
{
    char a[32], b[32];

    ra_say(g, "(%s, %s)", ra_text_short_or_fraction(a, v[0]),
           ra_text_short_or_fraction(b, v[1]));
}

/* What the eigenvalue l does to its line. */
static const char *effect(double l)
{
    if (fabs(l) < 1e-9)
        return "squashed to the origin";
    if (l < 0)
        return fabs(l) == 1 ? "flipped to point the other way"
                            : "flipped and scaled";
    if (l == 1)
        return "left as it is";
    return l > 1 ? "stretched" : "shrunk";
}

/* "(1, 1) is stretched (eigenvalue 1.5)" */
static void say_line(ra_scene *g, const ra_eigen_plan *ep, int k)
{
    char a[32];
    int exact = ra_num_round(a, ep->lambda[k]);

    ra_say(g, " ");
    say_vector(g, ep->dir[k]);
    ra_say(g, " is %s (eigenvalue %s%s)", effect(ep->lambda[k]),
           exact ? "" : "about ", a);
}

/* "lambda^2 - 5 lambda - 2 = 0" */
static void say_characteristic(ra_scene *g, const ra_eigen_plan *ep)
{
    char a[32], b[32];

    ra_say(g, "lambda^2");
    if (ep->trace != 0)
        ra_say(g, " %c %s%slambda", ep->trace > 0 ? '-' : '+',
               fabs(ep->trace) == 1
                   ? ""
                   : ra_text_short_or_fraction(a, fabs(ep->trace)),
               fabs(ep->trace) == 1 ? "" : " ");
    if (ep->det != 0)
        ra_say(g, " %c %s", ep->det < 0 ? '-' : '+',
               ra_text_short_or_fraction(b, fabs(ep->det)));
    ra_say(g, " = 0");
}

static void explain(ra_scene *g, const ra_eigen_plan *ep)
{
    char a[32], b[32], c[32], d[32];

    ra_say(g,
           "An eigenvector of a matrix A is a non-zero vector v with "
           "Av = lambda v: A only scales it, so it stays on its own line "
           "through the origin. Here A = [[%s, %s], [%s, %s]]",
           ra_text_short_or_fraction(a, ep->m[0][0]),
           ra_text_short_or_fraction(b, ep->m[0][1]),
           ra_text_short_or_fraction(c, ep->m[1][0]),
           ra_text_short_or_fraction(d, ep->m[1][1]));
    if (!ep->given)
        ra_say(g, " (no matrix was given, so this example is used)");
    ra_say(g, ". Its eigenvalues solve ");
    say_characteristic(g, ep);
    ra_say(g, " (from the trace %s and the determinant %s)",
           ra_text_short_or_fraction(a, ep->trace),
           ra_text_short_or_fraction(b, ep->det));
    if (ep->scalar) {
        ra_say(g,
               ", which has the double root %s: A is %s times the "
               "identity, so every vector is an eigenvector and every "
               "line through the origin stays put; the grid is only %s.",
               (ra_num_round(a, ep->lambda[0]), a), a, effect(ep->lambda[0]));
        return;
    }
    if (ep->lines == 1) {
        ra_say(g,
               ", which has the double root %s but only one line of "
               "eigenvectors:",
               (ra_num_round(a, ep->lambda[0]), a));
        say_line(g, ep, 0);
        ra_say(g, ". Every other vector is sheared off its line.");
    } else {
        ra_say(g, ": %s and %s. On the dashed lines,",
               (ra_num_round(a, ep->lambda[0]), a),
               (ra_num_round(b, ep->lambda[1]), b));
        say_line(g, ep, 0);
        ra_say(g, " and");
        say_line(g, ep, 1);
        ra_say(g, ".");
    }
    ra_say(g, " A vector such as ");
    say_vector(g, ep->arrow[ep->lines]);
    ra_say(g, " is not an eigenvector: it is sent to ");
    say_vector(g, ep->image[ep->lines]);
    ra_say(g, ", off its original line.");
}

ra_try_result ra_try_eigen(ra_scene *g, const char *prompt, const ra_words *ws)
{
    ra_eigen_plan ep;
    char why[400] = "";

    if (!ra_eigen_asked(ws))
        return RA_TRY_NO;
    if (ra_plan_eigen(&ep, prompt, ws, why, sizeof(why)) != 0)
        return ra_refuse(g, "%s", why);
    code_scene(g, &ep);
    explain(g, &ep);
    return RA_TRY_OK;
}
