/*
 * ra_plan_quadratic: reading and solving a quadratic equation. See
 * ra_plan_quadratic.h.
 */
#include "ra_prompt.h"
#include "ra_plan_quadratic.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mm_buf.h"
#include "ra_plan_fraction.h"
#include "ra_plan_quadratic_read.h"

/* Largest coefficient accepted: the axes and exact roots stay sensible. */
#define COEF_LIMIT 1e6

/* Largest whole coefficient of the exact form (keeps B^2 - 4AC exact). */
#define EXACT_LIMIT 1000000LL

/* ---------------------------------------------------------------------
 * What the request asks
 */

static const char *const solve_words[] = {"solve",    "solves",    "solving",
                                          "solution", "solutions", NULL};
static const char *const factor_words[] = {
    "factor",     "factors",       "factorise",
    "factorize",  "factorising",   "factorizing",
    "factoring",  "factorisation", "factorization",
    "factorised", "factorized",    "factorable",
    NULL};
static const char *const root_words[] = {"roots",      "zeros",     "zeroes",
                                         "intercepts", "intercept", NULL};
static const char *const graph_words[] = {
    "graph", "graphs",      "plot",    "plotted", "parabola",
    "curve", "graphically", "graphed", "axes",    NULL};

static int completes_square(const ra_words *ws)
{
    return ra_words_has_stem(ws, "complet") &&
           ra_words_has_any(ws, (const char *const[]){"square", NULL});
}

static int names_formula(const ra_words *ws)
{
    return ra_words_has_any(
        ws, (const char *const[]){"formula", "discriminant", NULL});
}

/* Whether the request asks for something a quadratic plan answers. */
static int asks_quadratic_work(const ra_words *ws)
{
    return ra_words_has_any(ws, solve_words) ||
           ra_words_has_any(ws, factor_words) ||
           ra_words_has_any(ws, root_words) || completes_square(ws) ||
           names_formula(ws);
}

/* ---------------------------------------------------------------------
 * The exact form of the roots
 */

static long long gcd_ll(long long a, long long b)
{
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    while (b) {
        long long t = a % b;

        a = b;
        b = t;
    }
    return a;
}

/* Writes n >= 0 as q^2 r with r square-free. */
static void square_part(long long n, long long *q, long long *r)
{
    long long i;

    *q = 1;
    for (i = 2; i * i <= n; i++)
        while (n % (i * i) == 0) {
            n /= i * i;
            *q *= i;
        }
    *r = n;
}

/*
 * Scales a, b, c to whole numbers A, B, C with no common divisor and
 * A > 0. Returns 1, or 0 when they are not simple fractions or grow too
 * large for B^2 - 4AC to stay exact.
 */
static int whole_coefficients(ra_qd_plan *qp)
{
    double k[3] = {qp->a, qp->b, qp->c};
    long num[3], den[3];
    long long l = 1, w[3], g;
    int i;

    for (i = 0; i < 3; i++) {
        if (!ra_fraction(k[i], &num[i], &den[i]))
            return 0;
        l = l / gcd_ll(l, den[i]) * den[i];
    }
    for (i = 0; i < 3; i++) {
        w[i] = num[i] * (l / den[i]);
        if (l > EXACT_LIMIT || w[i] > EXACT_LIMIT || w[i] < -EXACT_LIMIT)
            return 0;
    }
    g = gcd_ll(gcd_ll(w[0], w[1]), w[2]);
    if (w[0] < 0)
        g = -g;
    qp->A = w[0] / g;
    qp->B = w[1] / g;
    qp->C = w[2] / g;
    return 1;
}

/* The roots as (P +- Q sqrt(R)) / S, and as fractions when rational. */
static void exact_roots(ra_qd_plan *qp)
{
    long long D = qp->B * qp->B - 4 * qp->A * qp->C, g, top;
    int k;

    square_part(D < 0 ? -D : D, &qp->Q, &qp->R);
    if (D == 0) {
        qp->Q = 0;
        qp->R = 1;
    }
    qp->P = -qp->B;
    qp->S = 2 * qp->A;
    g = gcd_ll(qp->Q, qp->S);
    qp->KQ = qp->Q / g;
    qp->KS = qp->S / g;
    g = gcd_ll(gcd_ll(qp->P, qp->Q), qp->S);
    qp->P /= g;
    qp->Q /= g;
    qp->S /= g;
    qp->disc = (double)D / ((double)qp->A * qp->A) * qp->a * qp->a;
    if (D < 0 || qp->R != 1)
        return;
    for (k = 0; k < 2; k++) {
        top = qp->P + (k == 0 ? qp->Q : -qp->Q);
        g = gcd_ll(top, qp->S);
        g = g ? g : 1;
        qp->fnum[k] = (long)(top / g);
        qp->fden[k] = (long)(qp->S / g);
    }
    /* the factors in the order people write them: the root nearer 0
     * first, the positive one of +-r: (x - 2)(x + 3), (x - 2)(x + 2) */
    if (labs(qp->fnum[1]) * qp->fden[0] < labs(qp->fnum[0]) * qp->fden[1]) {
        long n0 = qp->fnum[0], d0 = qp->fden[0];

        qp->fnum[0] = qp->fnum[1];
        qp->fden[0] = qp->fden[1];
        qp->fnum[1] = n0;
        qp->fden[1] = d0;
    }
}

/* Real roots (or the complex pair) from the discriminant. */
static void roots(ra_qd_plan *qp)
{
    double a = qp->a, b = qp->b, d = qp->disc, s, q;

    if (!qp->exact) {
        d = b * b - 4 * a * qp->c;
        if (fabs(d) < 1e-12 * (b * b + fabs(4 * a * qp->c)))
            d = 0;
        qp->disc = d;
    }
    qp->re = -b / (2 * a);
    if (d < 0) {
        qp->nreal = 0;
        qp->im = sqrt(-d) / (2 * fabs(a));
        return;
    }
    if (d == 0) {
        qp->nreal = 1;
        qp->root[0] = qp->root[1] = qp->re;
        return;
    }
    /* the form that does not lose digits to cancellation */
    s = sqrt(d);
    q = -0.5 * (b + (b >= 0 ? s : -s));
    qp->nreal = 2;
    qp->root[0] = fmin(q / a, qp->c / q);
    qp->root[1] = fmax(q / a, qp->c / q);
    if (qp->exact && qp->R == 1) {
        double r0 = (double)qp->fnum[0] / qp->fden[0];
        double r1 = (double)qp->fnum[1] / qp->fden[1];

        qp->root[0] = fmin(r0, r1);
        qp->root[1] = fmax(r0, r1);
    }
}

/* ---------------------------------------------------------------------
 * The graph
 */

/* A tick step of 1, 2 or 5 times a power of ten giving about 5 ticks. */
static double nice_step(double span)
{
    double raw = span / 5, mag = pow(10, floor(log10(raw))), m = raw / mag;

    return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * mag;
}

double ra_qd_eval(const ra_qd_plan *qp, double x)
{
    return (qp->a * x + qp->b) * x + qp->c;
}

/*
 * The axes: the vertex and both roots inside, the y range reaching past
 * the vertex by about its depth below the axis, and the parabola drawn
 * where it is inside them.
 */
static void layout(ra_qd_plan *qp)
{
    double up = qp->a > 0 ? 1 : -1, uv, depth, ulo, uhi, half, reach;

    qp->xv = -qp->b / (2 * qp->a);
    qp->yv = ra_qd_eval(qp, qp->xv);
    uv = up * qp->yv; /* the vertex in a frame where the parabola opens up */
    depth = fmax(fabs(uv), 1);
    ulo = fmin(uv, 0) - 0.2 * depth;
    uhi = fmax(uv, 0) + 1.2 * depth;
    half = sqrt((uhi - uv) / fabs(qp->a));
    qp->xstep = nice_step(2 * half);
    qp->xlo = floor((qp->xv - half) / qp->xstep) * qp->xstep;
    qp->xhi = ceil((qp->xv + half) / qp->xstep) * qp->xstep;
    qp->ystep = nice_step(uhi - ulo);
    qp->ylo = floor((up > 0 ? ulo : -uhi) / qp->ystep) * qp->ystep;
    qp->yhi = ceil((up > 0 ? uhi : -ulo) / qp->ystep) * qp->ystep;
    reach = sqrt(((up > 0 ? qp->yhi : qp->ylo) - qp->yv) / qp->a);
    qp->plot_lo = fmax(qp->xlo, qp->xv - reach);
    qp->plot_hi = fmin(qp->xhi, qp->xv + reach);
}

/* ---------------------------------------------------------------------
 * The plan
 */

/* The example used when the request names no quadratic. */
static void set_example(ra_qd_plan *qp, const ra_words *ws)
{
    static const double square[3] = {1, 6, 5}, formula[3] = {1, -1, -2},
                        other[3] = {1, -5, 6};
    const double *k = completes_square(ws) ? square
                      : names_formula(ws)  ? formula
                                           : other;

    qp->a = k[0];
    qp->b = k[1];
    qp->c = k[2];
    qp->defaulted = 1;
    qp->standard = 1;
    memcpy(qp->var, "x", 2);
    memcpy(qp->var_tex, "x", 2);
}

/* The text ra_expr_to_text gives for the standard form's left side. */
static void standard_text(mm_buf *t, const ra_qd_plan *qp)
{
    const double k[3] = {qp->a, qp->b, qp->c};
    const char *pow[3] = {"^2", "", ""};
    int i;

    for (i = 0; i < 3; i++) {
        if (k[i] == 0 && i > 0)
            continue;
        if (i > 0)
            mm_buf_puts(t, k[i] < 0 ? " - " : " + ");
        else if (k[i] < 0)
            mm_buf_puts(t, "-");
        if (fabs(k[i]) != 1 || i == 2)
            mm_buf_printf(t, "%.15g", fabs(k[i]));
        if (i < 2)
            mm_buf_printf(t, "%s%s", qp->var, pow[i]);
    }
}

/* Whether the equation is written as a x^2 + b x + c = 0 already. */
static int written_standard(const ra_qd_plan *qp)
{
    mm_buf want = MM_BUF_INIT, got = MM_BUF_INIT, right = MM_BUF_INIT;
    int same;

    standard_text(&want, qp);
    ra_expr_to_text(qp->side[0], &got);
    if (qp->side[1])
        ra_expr_to_text(qp->side[1], &right);
    same = want.data && got.data && strcmp(want.data, got.data) == 0 &&
           (!qp->side[1] || (right.data && strcmp(right.data, "0") == 0));
    mm_buf_free(&want);
    mm_buf_free(&got);
    mm_buf_free(&right);
    return same;
}

static void take_found(ra_qd_plan *qp, ra_qd_found *f)
{
    mm_buf tex = MM_BUF_INIT;

    qp->side[0] = f->side[0];
    qp->side[1] = f->side[1];
    memcpy(qp->var, f->var, sizeof(qp->var));
    ra_expr_variable_tex(qp->side[0], qp->var, &tex);
    snprintf(qp->var_tex, sizeof(qp->var_tex), "%s",
             tex.data ? tex.data : "x");
    mm_buf_free(&tex);
    qp->a = f->k[0];
    qp->b = f->k[1];
    qp->c = f->k[2];
    qp->standard = written_standard(qp);
}

/* The method: the one named, else factoring when the roots are
 * rational, else the formula. The graph unless only algebra was asked. */
static void choose(ra_qd_plan *qp, const ra_words *ws)
{
    int rational = qp->exact && qp->disc >= 0 && qp->R == 1;
    int factor = ra_words_has_any(ws, factor_words);

    qp->method_named = 1;
    if (completes_square(ws))
        qp->method = RA_QD_SQUARE;
    else if (names_formula(ws))
        qp->method = RA_QD_FORMULA;
    else if (factor && rational)
        qp->method = RA_QD_FACTOR;
    else {
        qp->method_named = 0;
        qp->method = rational ? RA_QD_FACTOR : RA_QD_FORMULA;
        qp->factor_failed = factor;
    }
    qp->factor_expression = factor && qp->method == RA_QD_FACTOR &&
                            !qp->side[1] && !qp->defaulted &&
                            !ra_words_has_any(ws, root_words) &&
                            !ra_words_has_any(ws, solve_words);
    qp->graph = ra_words_has_any(ws, graph_words) || qp->nreal == 0 ||
                (!qp->factor_expression &&
                 !(qp->method_named && qp->method != RA_QD_FORMULA));
    if (qp->method == RA_QD_FACTOR)
        qp->lead = qp->a / ((double)qp->fden[0] * qp->fden[1]);
}

int ra_plan_quadratic(ra_qd_plan *qp, const char *prompt, const ra_words *ws,
                      char *why, size_t n)
{
    ra_qd_found f;

    memset(qp, 0, sizeof(*qp));
    if (!asks_quadratic_work(ws))
        return 1;
    if (ra_words_has_any(ws, (const char *const[]){"unity", NULL}))
        return 1; /* the roots of unity are complex numbers' */
    if (ra_qd_find(prompt, &f) == 0) {
        take_found(qp, &f);
    } else {
        /* "solve a quadratic by completing the square": an example; the
         * quadratic formula alone is a named equation */
        if (!ra_words_has_stem(ws, "quadratic") || !asks_quadratic_work(ws) ||
            strchr(prompt, '=') ||
            ra_words_has_any(ws, (const char *const[]){"derive", "derivation",
                                                       "deriving", NULL}) ||
            (!ra_words_has_any(ws, solve_words) && !completes_square(ws) &&
             !ra_words_has_any(ws, factor_words) &&
             !ra_words_has_any(ws, root_words)))
            return 1;
        set_example(qp, ws);
    }
    if (fabs(qp->a) > COEF_LIMIT || fabs(qp->b) > COEF_LIMIT ||
        fabs(qp->c) > COEF_LIMIT)
        return ra_plan_refuse(why, n,
                              "The quadratic's coefficients must be between "
                              "-%g and %g.",
                              COEF_LIMIT, COEF_LIMIT);
    qp->exact = whole_coefficients(qp);
    if (qp->exact)
        exact_roots(qp);
    roots(qp);
    choose(qp, ws);
    layout(qp);
    return 0;
}

void ra_qd_plan_free(ra_qd_plan *qp)
{
    ra_expr_free(qp->side[0]);
    ra_expr_free(qp->side[1]);
    qp->side[0] = qp->side[1] = NULL;
}
