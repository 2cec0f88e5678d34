/*
 * ra_plan_algebra: the steps that solve a linear equation. See
 * ra_plan_algebra.h.
 */
#include "ra_prompt.h"
#include "ra_plan_algebra.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "mm_buf.h"
#include "ra_plan_equations.h"
#include "ra_plan_fraction.h"

/* Where a side is evaluated to check that it is linear. */
static const double probes[] = {-7.25, -2.5, 0.75, 3.5, 10.125};

/* Largest coefficient or constant accepted (keeps the numbers exact). */
#define COEF_LIMIT 1e9

int ra_asks_to_solve(const ra_words *ws)
{
    static const char *const solve[] = {"solve",   "solving", "solves",
                                        "isolate", "steps",   NULL};
    int i;

    if (ra_words_has_any(ws, solve))
        return 1;
    for (i = 0; i + 2 < ws->n; i++)
        if (ra_word_is(ws, i, "step") && ra_word_is(ws, i + 1, "by") &&
            ra_word_is(ws, i + 2, "step"))
            return 1;
    return 0;
}

/* Snaps a coefficient read by evaluation to the fraction it stands for. */
static double snap(double v)
{
    long num, den;

    return ra_fraction(v, &num, &den) ? (double)num / den : v;
}

/*
 * Reads side e as k v + m by evaluating it, and checks at the probes
 * that it is that line. Returns 0, or -1 when it is not linear.
 */
static int linear_side(const ra_expr *e, const char *var, double *k, double *m)
{
    double y0 = ra_expr_eval_named(e, var, 0.0), y, want;
    size_t i;

    *m = snap(y0);
    *k = snap(ra_expr_eval_named(e, var, 1.0) - y0);
    if (!isfinite(*k) || !isfinite(*m) || fabs(*k) > COEF_LIMIT ||
        fabs(*m) > COEF_LIMIT)
        return -1;
    for (i = 0; i < sizeof(probes) / sizeof(probes[0]); i++) {
        y = ra_expr_eval_named(e, var, probes[i]);
        want = *k * probes[i] + *m;
        if (!isfinite(y) || fabs(y - want) > 1e-9 * (1.0 + fabs(want)))
            return -1;
    }
    return 0;
}

static void add_step(ra_alg_plan *ap, ra_step_op op, double amount,
                     const double l[2], const double r[2])
{
    ra_alg_step *s = &ap->step[ap->nstep++];

    s->op = op;
    s->amount = amount;
    s->l[0] = l[0];
    s->l[1] = l[1];
    s->r[0] = r[0];
    s->r[1] = r[1];
}

/* The plain text ra_expr_to_text gives for k v + m with whole k. */
static void form_text(mm_buf *b, double k, double m, const char *var)
{
    if (k == 0) {
        mm_buf_printf(b, "%.15g", m);
        return;
    }
    if (k == -1)
        mm_buf_puts(b, "-");
    else if (k != 1)
        mm_buf_printf(b, "%.15g", k);
    mm_buf_puts(b, var);
    if (m != 0)
        mm_buf_printf(b, " %c %.15g", m < 0 ? '-' : '+', fabs(m));
}

/*
 * Whether the written equation already reads "a v + b = c v + d" with
 * whole coefficients, so that no simplifying step is needed.
 */
static int is_collected(const ra_alg_plan *ap, const double l[2],
                        const double r[2])
{
    const double *form[2] = {l, r};
    mm_buf t = MM_BUF_INIT, want = MM_BUF_INIT;
    int k, same = 1;

    for (k = 0; k < 2 && same; k++) {
        if (form[k][0] != floor(form[k][0]) || form[k][1] != floor(form[k][1]))
            return 0;
        ra_expr_to_text(ap->side[k], &t);
        form_text(&want, form[k][0], form[k][1], ap->var);
        same = t.data && want.data && strcmp(t.data, want.data) == 0;
        mm_buf_free(&t);
        mm_buf_free(&want);
    }
    return same;
}

/* The lines from a v + b = c v + d to the answer. */
static void plan_steps(ra_alg_plan *ap, double a, double b, double c, double d)
{
    double l[2] = {a, b}, r[2] = {c, d};

    ap->nstep = 0;
    add_step(ap, RA_STEP_WRITTEN, 0, l, r);
    if (!is_collected(ap, l, r))
        add_step(ap, RA_STEP_SIMPLIFY, 0, l, r);
    if (a == 0 && c != 0) {
        l[0] = a = c;
        l[1] = d;
        r[0] = c = 0;
        r[1] = b;
        b = l[1];
        d = r[1];
        add_step(ap, RA_STEP_SWAP, 0, l, r);
    }
    if (c != 0) {
        l[0] = snap(a - c);
        r[0] = 0;
        add_step(ap, RA_STEP_MOVE_VAR, c, l, r);
    }
    if (l[0] == 0) {
        ap->outcome = l[1] == r[1] ? RA_LIN_ALL : RA_LIN_NONE;
        add_step(ap, RA_STEP_VERDICT, 0, l, r);
        return;
    }
    if (b != 0) {
        l[1] = 0;
        r[1] = snap(d - b);
        add_step(ap, RA_STEP_MOVE_ONE, b, l, r);
    }
    ap->outcome = RA_LIN_ONE;
    ap->solution = snap(r[1] / l[0]);
    if (l[0] != 1) {
        double k = l[0];

        l[0] = 1;
        r[1] = ap->solution;
        add_step(ap, RA_STEP_DIVIDE, k, l, r);
    }
}

/* Finds the one unknown of both sides; returns 0 or -1. */
static int unknown(ra_alg_plan *ap)
{
    char name[2][10];
    int k, n[2];
    mm_buf tex = MM_BUF_INIT;

    for (k = 0; k < 2; k++)
        n[k] = ra_expr_variable_name(ap->side[k], name[k], sizeof(name[k]));
    if (n[0] > 1 || n[1] > 1 || n[0] + n[1] == 0 ||
        (n[0] && n[1] && strcmp(name[0], name[1]) != 0))
        return -1;
    k = n[0] ? 0 : 1;
    memcpy(ap->var, name[k], sizeof(ap->var));
    ra_expr_variable_tex(ap->side[k], ap->var, &tex);
    snprintf(ap->var_tex, sizeof(ap->var_tex), "%s",
             tex.data ? tex.data : "x");
    mm_buf_free(&tex);
    return 0;
}

int ra_plan_algebra(ra_alg_plan *ap, const char *prompt, char *why, size_t n)
{
    double a, b, c, d;
    ra_expr *e[2];

    memset(ap, 0, sizeof(*ap));
    if (ra_parse_equation(prompt, e, 2) != 2)
        return 1;
    ap->side[0] = e[0];
    ap->side[1] = e[1];
    if (unknown(ap) != 0)
        return ra_plan_refuse(
            why, n,
            "The offline generator solves equations with one "
            "unknown, like \"solve 2x + 3 = 7\".");
    if (linear_side(e[0], ap->var, &a, &b) != 0 ||
        linear_side(e[1], ap->var, &c, &d) != 0)
        return ra_plan_refuse(
            why, n,
            "The offline generator solves linear equations step "
            "by step (like \"solve 2x + 3 = 7\" or \"solve 3(x - "
            "2) = x + 4\"); this equation is not linear in %s.",
            ap->var);
    plan_steps(ap, a, b, c, d);
    return 0;
}

void ra_alg_plan_free(ra_alg_plan *ap)
{
    ra_expr_free(ap->side[0]);
    ra_expr_free(ap->side[1]);
    ap->side[0] = ap->side[1] = NULL;
}
