/*
 * ra_scene_quadratic_lines: the lines of a quadratic's solution. See
 * ra_scene_quadratic_lines.h.
 */
#include "ra_scene_quadratic_lines.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ra_plan_fraction.h"
#include "ra_scene_writer.h"

/* LaTeX for the scene, or plain text for the explanation and notes. */
typedef enum { TEX, TEXT } style;

/* Whether a, b and c are whole numbers. */
static int whole(const ra_qd_plan *qp)
{
    return qp->a == floor(qp->a) && qp->b == floor(qp->b) &&
           qp->c == floor(qp->c) && fabs(qp->a) < 1e6 && fabs(qp->b) < 1e6 &&
           fabs(qp->c) < 1e6;
}

/* ---------------------------------------------------------------------
 * Numbers, polynomials, factors and roots
 */

/* Appends |v|: "\frac{1}{2}" in LaTeX, "1/2" in text. */
static void put_abs(mm_buf *t, double v, style s)
{
    char b[32];

    if (s == TEX)
        ra_tex_number(t, v, 0);
    else
        mm_buf_puts(t, ra_text_number(b, fabs(v)));
}

/* Appends v with its sign. */
static void put_value(mm_buf *t, double v, style s)
{
    char b[32];

    if (s == TEX)
        ra_tex_number(t, v, 1);
    else
        mm_buf_puts(t, ra_text_number(b, v));
}

/*
 * Appends the term k var power: " + 6x", " - x^{2}", "5". The first term
 * has no " + " and a bare "-" sign.
 */
static void put_term(mm_buf *t, double k, const char *var, const char *power,
                     int first, style s)
{
    if (!first)
        mm_buf_puts(t, k < 0 ? " - " : " + ");
    else if (k < 0)
        mm_buf_puts(t, "-");
    if (!var || fabs(k) != 1)
        put_abs(t, k, s);
    if (var)
        mm_buf_printf(t, "%s%s", var, power);
}

static void poly(mm_buf *t, const char *var, double a, double b, double c,
                 style s)
{
    size_t before = t->len;

    if (a != 0)
        put_term(t, a, var, s == TEX ? "^{2}" : "^2", 1, s);
    if (b != 0)
        put_term(t, b, var, "", t->len == before, s);
    if (c != 0 || t->len == before)
        put_term(t, c, NULL, "", t->len == before, s);
}

void ra_qd_tex_poly(mm_buf *t, const char *var_tex, double a, double b,
                    double c)
{
    poly(t, var_tex, a, b, c, TEX);
}

void ra_qd_text_poly(mm_buf *t, const char *var, double a, double b, double c)
{
    poly(t, var, a, b, c, TEXT);
}

/* Appends the factor q v - p: "2x - 1", "x + 3", "x". */
static void put_factor(mm_buf *t, const char *var, long q, long p)
{
    if (q != 1)
        mm_buf_printf(t, "%ld", q);
    mm_buf_puts(t, var);
    if (p != 0)
        mm_buf_printf(t, " %c %ld", p > 0 ? '-' : '+', p > 0 ? p : -p);
}

/* Appends the factored form: "(x + 2)(x + 3)", "2(x - 2)(x + 2)". */
static void put_factored(mm_buf *t, const ra_qd_plan *qp, const char *var,
                         style s)
{
    int twice = qp->nreal == 1, k;
    int bare0 = qp->fnum[0] == 0 && qp->fden[0] == 1 && !twice;

    if (qp->lead == -1)
        mm_buf_puts(t, "-");
    else if (qp->lead != 1)
        put_value(t, qp->lead, s);
    for (k = 0; k < (twice ? 1 : 2); k++) {
        int bare = k == 0 && bare0; /* x(x + 5) */

        mm_buf_puts(t, bare ? "" : "(");
        put_factor(t, var, qp->fden[k], qp->fnum[k]);
        mm_buf_puts(t, bare ? "" : ")");
    }
    if (twice)
        mm_buf_puts(t, s == TEX ? "^{2}" : "^2");
}

void ra_qd_text_factored(mm_buf *t, const ra_qd_plan *qp)
{
    put_factored(t, qp, qp->var, TEXT);
}

/*
 * Appends (P sign Q sqrt(R) [i]) / S as LaTeX; sign is "\pm", "+" or
 * "-".
 */
static void tex_surd(mm_buf *t, long long P, long long Q, long long R,
                     long long S, const char *sign, int imag)
{
    if (S != 1)
        mm_buf_puts(t, "\\frac{");
    if (P != 0)
        mm_buf_printf(t, "%lld", P);
    if (Q != 0) {
        if (P != 0)
            mm_buf_printf(t, " %s ", sign);
        else if (strcmp(sign, "+") != 0)
            mm_buf_printf(t, "%s ", sign);
        if (Q != 1 || (R == 1 && !imag))
            mm_buf_printf(t, "%lld", Q);
        if (R != 1)
            mm_buf_printf(t, "\\sqrt{%lld}", R);
        if (imag)
            mm_buf_puts(t, R != 1 ? "\\,i" : "i");
    } else if (P == 0) {
        mm_buf_puts(t, "0");
    }
    if (S != 1)
        mm_buf_printf(t, "}{%lld}", S);
}

/* The same for people: "(1 +/- sqrt(5))/2", "-3 +/- sqrt(2) i". */
static void text_surd(mm_buf *t, const ra_qd_plan *qp, int imag)
{
    int paren = qp->S != 1 && qp->P != 0;

    mm_buf_puts(t, paren ? "(" : "");
    if (qp->P != 0)
        mm_buf_printf(t, "%lld +/- ", qp->P);
    else
        mm_buf_puts(t, "+/- ");
    if (qp->Q != 1 || (qp->R == 1 && !imag))
        mm_buf_printf(t, "%lld", qp->Q);
    if (qp->R != 1)
        mm_buf_printf(t, "%ssqrt(%lld)", qp->Q != 1 ? " " : "", qp->R);
    mm_buf_puts(t, imag ? (qp->R != 1 ? " i" : "i") : "");
    mm_buf_puts(t, paren ? ")" : "");
    if (qp->S != 1)
        mm_buf_printf(t, "/%lld", qp->S);
}

void ra_qd_text_roots(mm_buf *t, const ra_qd_plan *qp)
{
    const char *v = qp->var;
    char a[32], b[32];

    if (qp->nreal == 2 && qp->exact && qp->R == 1) {
        int factored = qp->method == RA_QD_FACTOR;

        mm_buf_printf(
            t, "%s = %s and %s = %s", v,
            ra_text_number(a, factored ? (double)qp->fnum[0] / qp->fden[0]
                                       : qp->root[1]),
            v,
            ra_text_number(b, factored ? (double)qp->fnum[1] / qp->fden[1]
                                       : qp->root[0]));
    } else if (qp->nreal == 2 && qp->exact) {
        mm_buf_printf(t, "%s = ", v);
        text_surd(t, qp, 0);
        mm_buf_printf(t, " (about %s and %s)",
                      (ra_num_round(a, qp->root[1]), a),
                      (ra_num_round(b, qp->root[0]), b));
    } else if (qp->nreal == 2) {
        mm_buf_printf(t, "%s = about %s and %s = about %s", v,
                      (ra_num_round(a, qp->root[1]), a), v,
                      (ra_num_round(b, qp->root[0]), b));
    } else if (qp->nreal == 1) {
        mm_buf_printf(t, "%s = %s", v, ra_text_number(a, qp->root[0]));
    } else if (qp->exact) {
        mm_buf_printf(t, "%s = ", v);
        text_surd(t, qp, 1);
    } else {
        mm_buf_printf(t, "%s = about %s +/- %s i", v,
                      (ra_num_round(a, qp->re), a),
                      (ra_num_round(b, qp->im), b));
    }
}

int ra_qd_splits_middle(const ra_qd_plan *qp)
{
    return qp->factor_expression && whole(qp) && qp->lead == 1 &&
           qp->nreal == 2 && qp->fnum[0] != 0 && qp->fnum[1] != 0;
}

/* ---------------------------------------------------------------------
 * Lines
 */

static ra_qd_line *add(ra_qd_lines *ls, const char *note)
{
    ra_qd_line *l = &ls->line[ls->n++];

    memset(l, 0, sizeof(*l));
    mm_buf_puts(&l->rel, "=");
    mm_buf_puts(&l->note, note);
    return l;
}

/* Whether the discriminant is positive, zero or negative: 1, 0, -1. */
static int disc_sign(const ra_qd_plan *qp)
{
    return qp->nreal == 2 ? 1 : qp->nreal == 1 ? 0 : -1;
}

/* The equation as written and, if it differs, in standard form. */
static void start(ra_qd_lines *ls, const ra_qd_plan *qp)
{
    ra_qd_line *l;
    mm_buf right = MM_BUF_INIT;
    int moved;

    if (!qp->standard) {
        l = add(ls,
                qp->side[1] ? "the equation" : "its roots: where it equals 0");
        ra_expr_to_latex(qp->side[0], &l->lhs);
        if (qp->side[1])
            ra_expr_to_latex(qp->side[1], &l->rhs);
        else
            mm_buf_puts(&l->rhs, "0");
        if (qp->side[1])
            ra_expr_to_text(qp->side[1], &right);
        moved = right.data && strcmp(right.data, "0") != 0;
        mm_buf_free(&right);
        l = add(ls, moved ? "move every term to the left side"
                          : "expand and collect like terms");
    } else {
        l = add(ls, qp->defaulted ? "an example equation"
                    : qp->side[1] ? "the equation"
                                  : "its roots: where it equals 0");
    }
    ra_qd_tex_poly(&l->lhs, qp->var_tex, qp->a, qp->b, qp->c);
    mm_buf_puts(&l->rhs, "0");
}

/* The last line: the roots. */
static void solutions(ra_qd_lines *ls, const ra_qd_plan *qp, const char *note)
{
    ra_qd_line *l = add(ls, note);
    const char *v = qp->var_tex;

    mm_buf_puts(&l->lhs, v);
    if (!qp->exact) {
        mm_buf_free(&l->rel);
        mm_buf_puts(&l->rel, "\\approx");
    }
    if (qp->nreal == 2 && qp->exact && qp->R != 1) {
        /* x = -3 \pm \sqrt{2} \approx -1.586 or -4.414 */
        tex_surd(&l->rhs, qp->P, qp->Q, qp->R, qp->S, "\\pm", 0);
        mm_buf_puts(&l->rhs, " \\approx ");
        put_value(&l->rhs, qp->root[1], TEX);
        mm_buf_puts(&l->rhs, " \\text{ or } ");
        put_value(&l->rhs, qp->root[0], TEX);
    } else if (qp->nreal == 2) {
        /* factors in their order, else the + root first */
        int factored = qp->method == RA_QD_FACTOR;

        put_value(&l->rhs,
                  factored ? (double)qp->fnum[0] / qp->fden[0] : qp->root[1],
                  TEX);
        mm_buf_printf(&l->rhs, " \\quad \\text{or} \\quad %s %s ", v,
                      l->rel.data);
        put_value(&l->rhs,
                  factored ? (double)qp->fnum[1] / qp->fden[1] : qp->root[0],
                  TEX);
    } else if (qp->nreal == 1) {
        put_value(&l->rhs, qp->root[0], TEX);
        mm_buf_puts(&l->rhs, " \\text{ (a double root)}");
    } else if (qp->exact) {
        tex_surd(&l->rhs, qp->P, qp->Q, qp->R, qp->S, "\\pm", 1);
    } else {
        put_value(&l->rhs, qp->re, TEX);
        mm_buf_puts(&l->rhs, " \\pm ");
        put_abs(&l->rhs, qp->im, TEX);
        mm_buf_puts(&l->rhs, "\\,i");
    }
}

/* "x + 3" of (x + h)^2, or "x" when h is 0. */
static void shifted(mm_buf *t, const ra_qd_plan *qp, double h)
{
    mm_buf_puts(t, qp->var_tex);
    if (h != 0) {
        mm_buf_puts(t, h < 0 ? " - " : " + ");
        put_abs(t, h, TEX);
    }
}

/* The square root of |k| for completing the square, with "\pm". */
static void root_of_k(mm_buf *t, const ra_qd_plan *qp, double k)
{
    mm_buf_puts(t, "\\pm ");
    if (qp->exact)
        tex_surd(t, 0, qp->KQ, qp->R, qp->KS, "+", k < 0);
    else {
        put_abs(t, sqrt(fabs(k)), TEX);
        mm_buf_puts(t, k < 0 ? "\\,i" : "");
    }
}

/* x^2 + p x + q = 0 turned into (x + h)^2 = k, then square roots. */
static void square_lines(ra_qd_lines *ls, const ra_qd_plan *qp)
{
    double p = qp->b / qp->a, q = qp->c / qp->a, h = p / 2, k = h * h - q;
    const char *v = qp->var_tex;
    ra_qd_line *l;
    char n1[32], n2[32], note[96];

    if (disc_sign(qp) == 0)
        k = 0;
    if (qp->a != 1) {
        if (qp->a == -1)
            snprintf(note, sizeof(note), "multiply both sides by -1");
        else
            snprintf(note, sizeof(note), "divide both sides by %s",
                     ra_text_number(n1, qp->a));
        l = add(ls, note);
        ra_qd_tex_poly(&l->lhs, v, 1, p, q);
        mm_buf_puts(&l->rhs, "0");
    }
    if (q != 0) {
        snprintf(note, sizeof(note), "%s %s %s both sides",
                 q > 0 ? "subtract" : "add", ra_text_number(n1, fabs(q)),
                 q > 0 ? "from" : "to");
        l = add(ls, note);
        ra_qd_tex_poly(&l->lhs, v, 1, p, 0);
        put_value(&l->rhs, -q, TEX);
    }
    if (p != 0) {
        if (p == floor(p))
            snprintf(note, sizeof(note), "add (%s/2)^2 = %s to both sides",
                     ra_text_number(n1, p), ra_text_number(n2, h * h));
        else
            snprintf(note, sizeof(note),
                     "add (half of %s)^2 = %s to both sides",
                     ra_text_number(n1, p), ra_text_number(n2, h * h));
        l = add(ls, note);
        ra_qd_tex_poly(&l->lhs, v, 1, p, h * h);
        if (q != 0) {
            put_value(&l->rhs, -q, TEX);
            mm_buf_puts(&l->rhs, " + ");
        }
        put_abs(&l->rhs, h * h, TEX);
        l = add(ls, "write the left side as a square");
        mm_buf_puts(&l->lhs, "\\left(");
        shifted(&l->lhs, qp, h);
        mm_buf_puts(&l->lhs, "\\right)^{2}");
        put_value(&l->rhs, k, TEX);
    }
    l = add(ls, k > 0    ? "take the square root of both sides"
                : k == 0 ? "the only square root of 0 is 0"
                         : "no real number squares to a negative: "
                           "the roots are complex");
    shifted(&l->lhs, qp, h);
    if (k == 0)
        mm_buf_puts(&l->rhs, "0");
    else
        root_of_k(&l->rhs, qp, k);
    if (h == 0)
        note[0] = '\0';
    else
        snprintf(note, sizeof(note), "%s %s %s both sides",
                 h > 0 ? "subtract" : "add", ra_text_number(n1, fabs(h)),
                 h > 0 ? "from" : "to");
    solutions(ls, qp, note[0] ? note : "the solutions");
}

/* Appends v in parentheses, as a factor of a product: "(-2)". */
static void put_paren(mm_buf *t, double v)
{
    mm_buf_puts(t, "\\left(");
    put_value(t, v, TEX);
    mm_buf_puts(t, "\\right)");
}

static void formula_lines(ra_qd_lines *ls, const ra_qd_plan *qp)
{
    const char *v = qp->var_tex;
    int sign = disc_sign(qp);
    ra_qd_line *l;

    l = add(ls, "the quadratic formula");
    mm_buf_printf(&l->lhs, "%s", v);
    mm_buf_puts(&l->rhs, "\\frac{-b \\pm \\sqrt{b^{2} - 4ac}}{2a}");
    l = add(ls, "read off a, b and c");
    mm_buf_puts(&l->lhs, "a");
    put_value(&l->rhs, qp->a, TEX);
    mm_buf_puts(&l->rhs, ",\\; b = ");
    put_value(&l->rhs, qp->b, TEX);
    mm_buf_puts(&l->rhs, ",\\; c = ");
    put_value(&l->rhs, qp->c, TEX);
    l = add(ls, sign > 0    ? "discriminant > 0: two real roots"
                : sign == 0 ? "discriminant = 0: one double root"
                            : "discriminant < 0: no real roots");
    mm_buf_puts(&l->lhs, "b^{2} - 4ac");
    if (qp->b < 0 || qp->b != floor(qp->b))
        put_paren(&l->rhs, qp->b);
    else
        put_value(&l->rhs, qp->b, TEX);
    mm_buf_puts(&l->rhs, "^{2} - 4");
    put_paren(&l->rhs, qp->a);
    put_paren(&l->rhs, qp->c);
    mm_buf_puts(&l->rhs, qp->exact ? " = " : " \\approx ");
    put_value(&l->rhs, qp->disc, TEX);
    l = add(ls, "substitute");
    mm_buf_printf(&l->lhs, "%s", v);
    mm_buf_puts(&l->rhs, "\\frac{");
    put_value(&l->rhs, -qp->b, TEX);
    mm_buf_puts(&l->rhs, " \\pm \\sqrt{");
    put_value(&l->rhs, qp->disc, TEX);
    mm_buf_puts(&l->rhs, "}}{");
    put_value(&l->rhs, 2 * qp->a, TEX);
    mm_buf_puts(&l->rhs, "}");
    if (sign > 0 && qp->exact && qp->R == 1) {
        mm_buf_puts(&l->rhs, " = \\frac{");
        put_value(&l->rhs, -qp->b, TEX);
        mm_buf_puts(&l->rhs, " \\pm ");
        put_abs(&l->rhs, sqrt(qp->disc), TEX);
        mm_buf_puts(&l->rhs, "}{");
        put_value(&l->rhs, 2 * qp->a, TEX);
        mm_buf_puts(&l->rhs, "}");
    }
    solutions(ls, qp, sign < 0 ? "the two complex roots" : "the roots");
}

/* How the factors were found, for the line that shows them. */
static void factor_note(char *note, size_t n, const ra_qd_plan *qp)
{
    /* the numbers m, n with m n = ac and m + n = b that split b x */
    double m = -qp->lead * qp->fden[0] * qp->fnum[1];
    double k = -qp->lead * qp->fnum[0] * qp->fden[1];
    char ms[32], ks[32], p[32], b[32], t[32];

    if (qp->c == 0)
        snprintf(note, n, "take out the common factor %s", qp->var);
    else if (whole(qp) && qp->a == 1)
        snprintf(note, n,
                 "two numbers that multiply to %s and add to %s: %s and "
                 "%s",
                 ra_text_number(p, qp->c), ra_text_number(b, qp->b),
                 ra_text_number(ms, -(double)qp->fnum[0]),
                 ra_text_number(ks, -(double)qp->fnum[1]));
    else if (whole(qp) && qp->lead == qp->a && qp->fden[0] == 1 &&
             qp->fden[1] == 1)
        snprintf(note, n,
                 "take out %s; then two numbers that multiply to %s and "
                 "add to %s: %s and %s",
                 ra_text_number(t, qp->a), ra_text_number(p, qp->c / qp->a),
                 ra_text_number(b, qp->b / qp->a),
                 ra_text_number(ms, -(double)qp->fnum[0]),
                 ra_text_number(ks, -(double)qp->fnum[1]));
    else if (whole(qp))
        snprintf(note, n,
                 "two numbers with product ac = %s and sum b = %s: %s and "
                 "%s",
                 ra_text_number(p, qp->a * qp->c), ra_text_number(b, qp->b),
                 ra_text_number(ms, m), ra_text_number(ks, k));
    else
        snprintf(note, n, "factor");
}

static void factor_lines(ra_qd_lines *ls, const ra_qd_plan *qp)
{
    ra_qd_line *l;
    char note[160];

    factor_note(note, sizeof(note), qp);
    l = add(ls, note);
    put_factored(&l->lhs, qp, qp->var_tex, TEX);
    mm_buf_puts(&l->rhs, "0");
    if (qp->nreal == 2) {
        l = add(ls, "a product is 0 only when a factor is 0");
        put_factor(&l->lhs, qp->var_tex, qp->fden[0], qp->fnum[0]);
        mm_buf_puts(&l->rhs, "0 \\quad \\text{or} \\quad ");
        put_factor(&l->rhs, qp->var_tex, qp->fden[1], qp->fnum[1]);
        mm_buf_puts(&l->rhs, " = 0");
    }
    solutions(ls, qp,
              qp->nreal == 2 ? "solve each factor" : "the double root");
}

/*
 * "factor x^2 + 5x + 6": split the middle term by the product ac, group
 * in pairs and take the common factor out (for whole coefficients with
 * no common divisor), else the factors at once.
 */
static void factor_expression_lines(ra_qd_lines *ls, const ra_qd_plan *qp)
{
    long q1 = qp->fden[0], p1 = qp->fnum[0], q2 = qp->fden[1],
         p2 = qp->fnum[1];
    double m = -(double)q1 * p2, n = -(double)p1 * q2;
    const char *v = qp->var_tex;
    ra_qd_line *l;
    char note[160], a[32], b[32], c[32], d[32];

    if (ra_qd_splits_middle(qp)) {
        mm_buf split = MM_BUF_INIT;

        ra_qd_text_poly(&split, qp->var, 0, m, 0);
        mm_buf_printf(&split, " %c ", n < 0 ? '-' : '+');
        ra_qd_text_poly(&split, qp->var, 0, fabs(n), 0);
        snprintf(note, sizeof(note),
                 "split %s%s as %s: %s times %s is ac = %s",
                 ra_text_number(a, qp->b), qp->var,
                 split.data ? split.data : "", ra_text_number(b, m),
                 ra_text_number(c, n), ra_text_number(d, qp->a * qp->c));
        mm_buf_free(&split);
        l = add(ls, note);
        ra_qd_tex_poly(&l->lhs, v, qp->a, qp->b, qp->c);
        ra_qd_tex_poly(&l->rhs, v, qp->a, m, 0);
        put_term(&l->rhs, n, v, "", 0, TEX);
        put_term(&l->rhs, qp->c, NULL, "", 0, TEX);
        l = add(ls, "take a common factor out of each pair");
        ra_qd_tex_poly(&l->lhs, v, qp->a, qp->b, qp->c);
        put_term(&l->rhs, (double)q1, v, "", 1, TEX);
        mm_buf_puts(&l->rhs, "\\left(");
        put_factor(&l->rhs, v, q2, p2);
        mm_buf_puts(&l->rhs, "\\right)");
        mm_buf_puts(&l->rhs, p1 > 0 ? " - " : " + ");
        if (p1 != 1 && p1 != -1)
            mm_buf_printf(&l->rhs, "%ld", p1 > 0 ? p1 : -p1);
        mm_buf_puts(&l->rhs, "\\left(");
        put_factor(&l->rhs, v, q2, p2);
        mm_buf_puts(&l->rhs, "\\right)");
        l = add(ls, "");
        put_factor(&l->note, qp->var, q2, p2);
        snprintf(note, sizeof(note), "take out (%s)",
                 l->note.data ? l->note.data : "");
        mm_buf_free(&l->note);
        mm_buf_puts(&l->note, note);
    } else {
        factor_note(note, sizeof(note), qp);
        l = add(ls, note);
    }
    ra_qd_tex_poly(&l->lhs, v, qp->a, qp->b, qp->c);
    put_factored(&l->rhs, qp, v, TEX);
}

void ra_qd_lines_build(ra_qd_lines *ls, const ra_qd_plan *qp)
{
    memset(ls, 0, sizeof(*ls));
    if (qp->factor_expression) {
        factor_expression_lines(ls, qp);
        return;
    }
    start(ls, qp);
    if (qp->method == RA_QD_SQUARE)
        square_lines(ls, qp);
    else if (qp->method == RA_QD_FORMULA)
        formula_lines(ls, qp);
    else
        factor_lines(ls, qp);
}

void ra_qd_lines_free(ra_qd_lines *ls)
{
    int k;

    for (k = 0; k < ls->n; k++) {
        mm_buf_free(&ls->line[k].lhs);
        mm_buf_free(&ls->line[k].rel);
        mm_buf_free(&ls->line[k].rhs);
        mm_buf_free(&ls->line[k].note);
    }
    ls->n = 0;
}
