/*
 * ra_scene_series: Taylor polynomials as code and explanation. See
 * ra_scene_series.h.
 */
#include "ra_scene_series.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ra_plan_fraction.h"
#include "ra_plan_plots.h"
#include "ra_plan_series.h"
#include "ra_scene_plots.h"
#include "ra_scene_writer.h"

#define CURVE_STEPS 300 /* sample steps of one drawn curve */
#define TERMS_SHOWN 6   /* terms written before the rest become dots */

/* ---------------------------------------------------------------------
 * The terms of a polynomial, in LaTeX and in text
 */

/* "x" or "(x - a)", in LaTeX (tex 1) or for people. */
static void put_base(mm_buf *b, double a, int tex)
{
    char t[32];

    if (a == 0) {
        mm_buf_puts(b, "x");
        return;
    }
    mm_buf_puts(b, tex ? "\\left(x " : "(x ");
    mm_buf_puts(b, a < 0 ? "+ " : "- ");
    if (tex)
        ra_tex_value(b, fabs(a));
    else
        mm_buf_puts(b, ra_text_value(t, fabs(a)));
    mm_buf_puts(b, tex ? "\\right)" : ")");
}

/* The power of the base: "^{3}" or "^3"; nothing for 1. */
static void put_power(mm_buf *b, int k, int tex)
{
    if (k >= 2)
        mm_buf_printf(b, tex ? "^{%d}" : "^%d", k);
}

/*
 * A positive coefficient: "7", "\frac{2}{9}", "0.4530", or for tiny ones
 * "2.48\times 10^{-5}" in LaTeX and "2.48e-05" for people.
 */
static void put_magnitude(mm_buf *b, double m, int tex)
{
    long num, den;
    char t[32];
    int e;

    if (m >= 1e-3 || ra_fraction(m, &num, &den)) {
        if (tex)
            ra_tex_number(b, m, 0);
        else
            mm_buf_puts(b, ra_text_number(t, m));
        return;
    }
    e = (int)floor(log10(m));
    if (tex)
        mm_buf_printf(b, "%.3g\\times 10^{%d}", m / pow(10, e), e);
    else
        mm_buf_printf(b, "%.3g", m);
}

/*
 * Term k without its sign. Sin, cos and e^x have coefficients f^(k)(a)
 * / k!, written the way people know them: x^5/5!, 0.5403 (x - 1)^2/2!;
 * ln(1 + x) around 0 has x^k/k, 1/(1 - x) around 0 has x^k; any other
 * coefficient is a number.
 */
static void put_term(mm_buf *b, const ra_series_plan *sp, int k, int tex)
{
    int factorial = sp->fn <= RA_SERIES_EXP;
    int over = k >= 2 &&
               (factorial || (sp->fn == RA_SERIES_LOG1P && sp->centre == 0));
    double m = fabs(sp->coef[k]);
    int f;

    for (f = 2; factorial && f <= k; f++)
        m *= f; /* |f^(k)(a)|: the factorial is written */
    if (sp->fn == RA_SERIES_LOG1P && sp->centre == 0 && k >= 1)
        m = 1; /* 1/k is written */
    if (k == 0 || fabs(m - 1) > 1e-12)
        put_magnitude(b, m, tex);
    if (k == 0)
        return;
    if (tex && over) { /* the power over k or k! */
        mm_buf_puts(b, "\\frac{");
        put_base(b, sp->centre, tex);
        put_power(b, k, tex);
        mm_buf_printf(b, "}{%d%s}", k, factorial ? "!" : "");
        return;
    }
    put_base(b, sp->centre, tex);
    put_power(b, k, tex);
    if (over)
        mm_buf_printf(b, "/%d%s", k, factorial ? "!" : "");
}

/*
 * The degrees of the nonzero terms of the polynomial of degree `degree`
 * that are written: all, or when there are more than TERMS_SHOWN the
 * first three, -1 for the dots, and the last two. Returns how many.
 */
static int written_terms(const ra_series_plan *sp, int degree,
                         int out[TERMS_SHOWN])
{
    int all[RA_SERIES_MAX_DEGREE + 1] = {0}, n = 0, k;

    for (k = 0; k <= degree; k++)
        if (sp->coef[k] != 0)
            all[n++] = k;
    if (n <= TERMS_SHOWN) {
        memcpy(out, all, sizeof(int) * (size_t)n);
        return n;
    }
    memcpy(out, all, sizeof(int) * 3);
    out[3] = -1;
    out[4] = all[n - 2];
    out[5] = all[n - 1];
    return TERMS_SHOWN;
}

/* "T_{5}(x) = x - x^3/3! + x^5/5!" for the explanation. */
static void say_polynomial(ra_scene *g, const ra_series_plan *sp, int degree)
{
    int terms[TERMS_SHOWN], n = written_terms(sp, degree, terms), i, k;

    ra_say(g, "T_%d(x) = ", degree);
    for (i = 0; i < n; i++) {
        k = terms[i];
        if (k < 0)
            ra_say(g, " + ...");
        else if (i == 0)
            ra_say(g, "%s", sp->coef[k] < 0 ? "-" : "");
        else
            ra_say(g, " %c ", sp->coef[k] < 0 ? '-' : '+');
        if (k >= 0)
            put_term(&g->expl, sp, k, 0);
    }
}

/* ---------------------------------------------------------------------
 * Code
 */

/* The polynomial as a Python expression in x, from its coefficients. */
static void code_polynomial(ra_scene *g, const ra_series_plan *sp, int degree)
{
    int k, first = 1;

    for (k = 0; k <= degree; k++) {
        if (sp->coef[k] == 0)
            continue;
        ra_code(g, "%s(%.17g)", first ? "" : " + ", sp->coef[k]);
        first = 0;
        if (k == 0)
            continue;
        if (sp->centre == 0)
            ra_code(g, " * x");
        else
            ra_code(g, " * (x - (%.17g))", sp->centre);
        if (k >= 2)
            ra_code(g, " ** %d", k);
    }
}

/* `name = axes.plot(lambda x: ..., x_range=[lo, hi, step], ...)` */
static void code_curve_start(ra_scene *g, const char *name)
{
    ra_code(g, RA_IND "%s = axes.plot(\n" RA_IND "    lambda x: ", name);
}

static void code_curve_end(ra_scene *g, double lo, double hi, int colour)
{
    char a[32], b[32], c[32];

    ra_code(g, ",\n" RA_IND "    x_range=[%s, %s, %s],\n" RA_IND "    color=",
            ra_num(a, lo), ra_num(b, hi), ra_num(c, (hi - lo) / CURVE_STEPS));
    ra_code_colour(g, colour);
    ra_code(g,
            ",\n" RA_IND "    stroke_width=%g,\n" RA_IND
            "    use_smoothing=False,\n" RA_IND ")\n",
            g->st->stroke_width);
}

/* `formula_<i>`: "T_n(x) =" and one substring per term, for
 * TransformMatchingTex to move the terms that stay. */
static void code_formula(ra_scene *g, const ra_series_plan *sp, int i)
{
    mm_buf t = MM_BUF_INIT;
    int terms[TERMS_SHOWN], degree = sp->stage[i], j, k, n;

    n = written_terms(sp, degree, terms);
    ra_code(g, RA_IND "formula_%d = MathTex(", i + 1);
    mm_buf_printf(&t, "T_{%d}(x) =", degree);
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    for (j = 0; j < n; j++) {
        k = terms[j];
        mm_buf_free(&t);
        if (k < 0)
            mm_buf_puts(&t, "+\\cdots");
        else if (j > 0 || sp->coef[k] < 0)
            mm_buf_puts(&t, sp->coef[k] < 0 ? "-" : "+");
        if (k >= 0)
            put_term(&t, sp, k, 1);
        ra_code(g, ", ");
        mm_buf_python_string(&g->code, t.data ? t.data : "");
    }
    mm_buf_free(&t);
    ra_code(g, ", font_size=40, color=");
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g,
            ")\n" RA_IND "formula_%d.to_edge(UP, buff=0.3)\n" RA_IND
            "if formula_%d.width > 13:\n" RA_IND
            "    formula_%d.scale_to_fit_width(13)\n",
            i + 1, i + 1, i + 1);
}

static void code_axes(ra_scene *g, const ra_series_plan *sp)
{
    ra_plot_plan pl = {0};

    pl.xlo = sp->x.lo;
    pl.xhi = sp->x.hi;
    pl.xstep = sp->x.step;
    pl.ylo = sp->y.lo;
    pl.yhi = sp->y.hi;
    pl.ystep = sp->y.step;
    ra_code_plot_axes(g, &pl);
}

/* The function, its label in the top left corner, the centre's dot. */
static void code_function(ra_scene *g, const ra_series_plan *sp)
{
    mm_buf t = MM_BUF_INIT;
    char a[32], b[32], c[32], d[32];

    code_curve_start(g, "func");
    ra_expr_to_python(sp->f, &g->code);
    code_curve_end(g, sp->wlo, sp->whi, RA_PALETTE(0));
    mm_buf_puts(&t, "y = ");
    ra_expr_to_latex(sp->f, &t);
    ra_code(g, RA_IND "func_label = MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    ra_code(g, ", font_size=40, color=");
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ")\n" RA_IND "func_label.add_background_rectangle(color=");
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g,
            ", opacity=0.75)\n" RA_IND "func_label.next_to(axes.c2p(%s, "
            "%s), DR, buff=0.2)\n" RA_IND
            "centre_dot = Dot(axes.c2p(%s, %s), color=",
            ra_num(a, sp->x.lo), ra_num(b, sp->y.hi), ra_num(c, sp->centre),
            ra_num(d, ra_series_f(sp, sp->centre)));
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ")\n");
    mm_buf_free(&t);
}

static void code_scene(ra_scene *g, const ra_series_plan *sp)
{
    char name[32];
    int i;

    ra_code_header(g);
    code_axes(g, sp);
    code_function(g, sp);
    for (i = 0; i < sp->nstages; i++) {
        snprintf(name, sizeof(name), "poly_%d", i + 1);
        code_curve_start(g, name);
        code_polynomial(g, sp, sp->stage[i]);
        code_curve_end(g, sp->vis[i][0], sp->vis[i][1], RA_PALETTE(1));
        code_formula(g, sp, i);
    }
    ra_code(g, RA_IND "self.play(Create(axes), Write(axis_labels), "
                      "run_time=1.5)\n" RA_IND
                      "self.play(Create(func), Write(func_label), "
                      "FadeIn(centre_dot), run_time=1.5)\n" RA_IND
                      "self.play(Create(poly_1), Write(formula_1), "
                      "run_time=1.2)\n");
    g->anims += 3;
    for (i = 1; i < sp->nstages; i++) {
        ra_code(g,
                RA_IND "self.play(Transform(poly_1, poly_%d), "
                       "TransformMatchingTex(formula_%d, formula_%d), "
                       "run_time=1.3)\n",
                i + 1, i, i + 1);
        g->anims++;
    }
    ra_code_wait(g);
}

/* ---------------------------------------------------------------------
 * Explanation
 */

static const char *const fn_names[] = {"sin(x)", "cos(x)", "e^x", "ln(1 + x)",
                                       "1/(1 - x)"};

/* "1, 3, 5 and 9" */
static void say_degrees(ra_scene *g, const ra_series_plan *sp)
{
    int i;

    for (i = 0; i < sp->nstages; i++)
        ra_say(g, "%s%d",
               i == 0                 ? ""
               : i == sp->nstages - 1 ? " and "
                                      : ", ",
               sp->stage[i]);
}

static void explain_convergence(ra_scene *g, const ra_series_plan *sp)
{
    char a[32], r[32], s[32];

    if (!isfinite(sp->radius))
        return;
    ra_text_value(a, sp->centre);
    ra_say(g,
           " The series converges only within %s of x = %s: the radius "
           "of convergence is the distance to x = %s, where %s %s. So the "
           "plot stays inside that interval%s.",
           ra_text_number(r, sp->radius), a,
           ra_text_number(s, sp->fn == RA_SERIES_LOG1P ? -1 : 1),
           fn_names[sp->fn],
           sp->fn == RA_SERIES_LOG1P ? "is undefined" : "blows up",
           sp->range_cut ? " (the x range asked for was cut to it)" : "");
}

static void explain(ra_scene *g, const ra_series_plan *sp)
{
    char a[32], b[32], c[32];
    int i, top = sp->stage[sp->nstages - 1];

    ra_say(g, "The graph of y = ");
    ra_expr_to_text(sp->f, &g->expl);
    ra_say(g, " is drawn for x from %s to %s%s. ", ra_text_value(a, sp->wlo),
           ra_text_value(b, sp->whi),
           sp->fn_defaulted ? " (no function was named, so sin x is used)"
                            : "");
    ra_say(g, "Then its Taylor polynomials around x = %s%s of degree ",
           ra_text_value(c, sp->centre),
           sp->centre == 0 ? " (its Maclaurin polynomials)" : "");
    say_degrees(g, sp);
    ra_say(g, " are drawn on the same axes, each morphing into the next, "
              "with the current one written above; the last is ");
    say_polynomial(g, sp, top);
    ra_say(g,
           ". The polynomial of degree n has the same value and the same "
           "first n derivatives as the function at x = %s, so it hugs the "
           "curve near that point, and each added term widens the stretch "
           "where it fits. At x = %s the function is %s, while the "
           "polynomials give ",
           c, ra_text_value(a, sp->probe),
           (ra_num_round(b, ra_series_f(sp, sp->probe)), b));
    for (i = 0; i < sp->nstages; i++) {
        ra_num_round(b, ra_series_eval(sp, sp->stage[i], sp->probe));
        ra_say(g, "%s%s",
               i == 0                 ? ""
               : i == sp->nstages - 1 ? " and "
                                      : ", ",
               b);
    }
    ra_say(g, ".");
    explain_convergence(g, sp);
    ra_say(g, " Parts of a polynomial that leave the axes are not drawn.");
}

ra_try_result ra_try_series(ra_scene *g, const char *prompt,
                            const ra_words *ws)
{
    ra_series_plan sp;
    char why[300] = "";

    if (!ra_series_asked(ws))
        return RA_TRY_NO;
    if (ra_plan_series(&sp, prompt, ws, why, sizeof(why)) != 0) {
        ra_series_plan_free(&sp);
        return ra_refuse(g, "%s", why);
    }
    code_scene(g, &sp);
    explain(g, &sp);
    ra_series_plan_free(&sp);
    return RA_TRY_OK;
}
