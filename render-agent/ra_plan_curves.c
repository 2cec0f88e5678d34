/*
 * ra_plan_curves: parametric and polar curves. See ra_plan_curves.h.
 */
#include "ra_prompt.h"
#include "ra_plan_curves.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ra_builtin_internal.h"
#include "ra_prompt_range.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define SAMPLES 2000     /* points sampled along the curve */
#define SIZE_LIMIT 1e4   /* largest coordinate drawn */
#define POLAR_RADIUS 3.0 /* scene units from the centre of a polar plane */

/* Curves that can be asked for by name. */
static const struct {
    const char *key;  /* word prefix */
    const char *key2; /* another word prefix it needs too, or NULL */
    int polar;        /* r = f(theta), else x and y */
    const char *f;    /* r, or x */
    const char *g;    /* y, or NULL */
    double turns;     /* the parameter runs over [0, 2 pi turns] */
    const char *name; /* for people */
} named[] = {
    {"cardioid", NULL, 1, "1 + cos(theta)", NULL, 1, "cardioid"},
    {"limacon", NULL, 1, "1 + 2cos(theta)", NULL, 1, "limacon"},
    {"rose", NULL, 1, "cos(3theta)", NULL, 1, "three-petal rose"},
    {"spiral", "golden", 1, "exp(0.3063theta)", NULL, 2, "golden spiral"},
    {"spiral", "fibonacci", 1, "exp(0.3063theta)", NULL, 2, "golden spiral"},
    {"spiral", "logarithmic", 1, "exp(0.2theta)", NULL, 2,
     "logarithmic spiral"},
    {"spiral", NULL, 1, "theta/2", NULL, 2, "Archimedean spiral"},
    {"lemniscate", NULL, 0, "cos(t)/(1 + sin(t)^2)",
     "sin(t)cos(t)/(1 + sin(t)^2)", 1, "lemniscate of Bernoulli"},
    {"lissajous", NULL, 0, "sin(3t)", "sin(2t)", 1, "Lissajous figure"},
    {"cycloid", NULL, 0, "t - sin(t)", "1 - cos(t)", 2, "cycloid"},
    {"astroid", NULL, 0, "cos(t)^3", "sin(t)^3", 1, "astroid"},
    {"deltoid", NULL, 0, "2cos(t) + cos(2t)", "2sin(t) - sin(2t)", 1,
     "deltoid"},
    {"heart", NULL, 0, "16sin(t)^3",
     "13cos(t) - 5cos(2t) - 2cos(3t) - cos(4t)", 1, "heart curve"},
};

#define N_NAMED ((int)(sizeof(named) / sizeof(named[0])))

static int named_curve(const ra_words *ws)
{
    int i, k;

    for (k = 0; k < N_NAMED; k++)
        for (i = 0; i < ws->n; i++)
            if (ra_word_stem(ws, i, named[k].key) &&
                (!named[k].key2 || ra_words_has_stem(ws, named[k].key2)))
                return k;
    return -1;
}

/*
 * Finds "v = " or "v(t) = " (v one letter, as a whole word) in the
 * lower-case text; returns the offset just past '=', or 0.
 */
static size_t assignment(const char *s, char v)
{
    static const char *const args[] = {"(t)", "(theta)", "(\xce\xb8)", NULL};
    const char *const *a;
    size_t p, q, n;

    for (p = 0; s[p]; p++) {
        if (s[p] != v || (p > 0 && isalnum((unsigned char)s[p - 1])))
            continue;
        q = p + 1;
        for (a = args; *a; a++) {
            n = strlen(*a);
            if (strncmp(s + q, *a, n) == 0) {
                q += n;
                break;
            }
        }
        while (s[q] == ' ')
            q++;
        if (s[q] == '=' && s[q + 1] != '=')
            return q + 1;
    }
    return 0;
}

/*
 * The longest run of whole words of s[from..to) that parses as a formula
 * in t, stopping at a comma or semicolon. Returns a tree or NULL.
 */
static ra_expr *formula_at(const char *s, size_t from, size_t to)
{
    char buf[RA_EXPR_MAX_LEN + 1];
    ra_span w[RA_MAX_SEG_WORDS];
    size_t len = to - from, cut;
    int n, k;
    ra_expr *e;

    if (len > RA_EXPR_MAX_LEN)
        len = RA_EXPR_MAX_LEN;
    memcpy(buf, s + from, len);
    buf[len] = '\0';
    cut = strcspn(buf, ",;");
    buf[cut] = '\0';
    n = ra_spans_split(buf, w, RA_MAX_SEG_WORDS);
    for (k = n; k > 0; k--) {
        buf[w[k - 1].end] = '\0';
        e = ra_expr_parse_flags(buf + w[0].start, RA_EXPR_VAR_T, NULL, 0);
        if (e)
            return e;
    }
    return NULL;
}

int ra_asks_curve(const char *prompt, const ra_words *ws)
{
    static const char *const words[] = {"parametric", "parametrically",
                                        "parametrized", "polar", NULL};
    char *low = ra_lower_dup(prompt);
    size_t r, x, y;
    ra_expr *e = NULL;
    int yes;

    if (!low)
        return 0;
    r = assignment(low, 'r');
    x = assignment(low, 'x');
    y = assignment(low, 'y');
    if (r)
        e = formula_at(low, r, strlen(low));
    yes = ra_words_has_any(ws, words) || named_curve(ws) >= 0 ||
          (e && ra_expr_variable_name(e, NULL, 0) > 0) ||
          (x && y &&
           (strstr(low, "(t)") ||
            ra_words_has_any(ws, (const char *const[]){"t", "theta", NULL})));
    ra_expr_free(e);
    free(low);
    return yes;
}

static ra_expr *parse_part(const char *s, size_t a, size_t b)
{
    char buf[RA_EXPR_MAX_LEN + 1];

    if (b <= a || b - a > RA_EXPR_MAX_LEN)
        return NULL;
    memcpy(buf, s + a, b - a);
    buf[b - a] = '\0';
    return ra_expr_parse_flags(buf, RA_EXPR_VAR_T, NULL, 0);
}

/* "(f(t), g(t))": a pair in parentheses. Returns 1 with both parsed. */
static int pair_formulas(const char *s, ra_expr **x, ra_expr **y)
{
    size_t p, q, comma;
    int depth;

    for (p = 0; s[p]; p++) {
        if (s[p] != '(')
            continue;
        for (q = p + 1, depth = 1, comma = 0; s[q] && depth > 0; q++) {
            depth += s[q] == '(' ? 1 : s[q] == ')' ? -1 : 0;
            if (s[q] == ',' && depth == 1)
                comma = comma ? (size_t)-1 : q;
        }
        if (depth != 0 || !comma || comma == (size_t)-1)
            continue;
        *x = parse_part(s, p + 1, comma);
        *y = parse_part(s, comma + 1, q - 1);
        if (*x && *y &&
            ra_expr_variable_name(*x, NULL, 0) +
                ra_expr_variable_name(*y, NULL, 0))
            return 1;
        ra_expr_free(*x);
        ra_expr_free(*y);
        *x = *y = NULL;
    }
    return 0;
}

/* Reads the formulas: r = ..., x = ... and y = ..., a pair, or a name. */
static int read_formulas(ra_curve_plan *cp, const char *low,
                         const ra_words *ws)
{
    size_t r = assignment(low, 'r'), x = assignment(low, 'x');
    size_t y = assignment(low, 'y');
    int k;

    if (r && (cp->e[0] = formula_at(low, r, strlen(low))) != NULL) {
        cp->polar = 1;
        return 0;
    }
    if (x && y) {
        cp->e[0] = formula_at(low, x, x < y ? y - 1 : strlen(low));
        cp->e[1] = formula_at(low, y, y < x ? x - 1 : strlen(low));
        if (cp->e[0] && cp->e[1])
            return 0;
        ra_expr_free(cp->e[0]);
        ra_expr_free(cp->e[1]);
        cp->e[0] = cp->e[1] = NULL;
    }
    if (pair_formulas(low, &cp->e[0], &cp->e[1]))
        return 0;
    if ((k = named_curve(ws)) < 0)
        return -1;
    cp->name = named[k].name;
    cp->polar = named[k].polar;
    cp->e[0] = ra_expr_parse_flags(named[k].f, RA_EXPR_VAR_T, NULL, 0);
    if (named[k].g)
        cp->e[1] = ra_expr_parse_flags(named[k].g, RA_EXPR_VAR_T, NULL, 0);
    cp->t1 = 2 * M_PI * named[k].turns;
    return cp->e[0] && (cp->polar || cp->e[1]) ? 0 : -1;
}

/* The point of the curve at t; 0 if it is not defined there. */
static int point_at(const ra_curve_plan *cp, double t, double *x, double *y)
{
    if (cp->polar) {
        double r = ra_expr_eval(cp->e[0], t);

        *x = r * cos(t);
        *y = r * sin(t);
    } else {
        *x = ra_expr_eval(cp->e[0], t);
        *y = ra_expr_eval(cp->e[1], t);
    }
    return isfinite(*x) && isfinite(*y) && fabs(*x) <= SIZE_LIMIT &&
           fabs(*y) <= SIZE_LIMIT;
}

/*
 * Samples the curve: trims undefined ends off the interval and finds
 * the extent. Returns 0, or -1 when it is undefined inside.
 */
static int sample(ra_curve_plan *cp)
{
    double x, y, t, first = NAN, last = NAN, h = (cp->t1 - cp->t0) / SAMPLES;
    int i;

    cp->xlo = cp->ylo = HUGE_VAL;
    cp->xhi = cp->yhi = -HUGE_VAL;
    cp->rmax = 0;
    for (i = 0; i <= SAMPLES; i++) {
        t = cp->t0 + i * h;
        if (!point_at(cp, t, &x, &y))
            continue;
        if (!isnan(last) && last < t - h * 1.5)
            return -1; /* a hole inside the interval */
        cp->rmax = fmax(cp->rmax, hypot(x, y));
        first = isnan(first) ? t : first;
        last = t;
        cp->xlo = fmin(cp->xlo, x);
        cp->xhi = fmax(cp->xhi, x);
        cp->ylo = fmin(cp->ylo, y);
        cp->yhi = fmax(cp->yhi, y);
    }
    if (isnan(first))
        return -1;
    cp->t0 = first;
    cp->t1 = last;
    return 0;
}

/* A tick spacing of 1, 2 or 5 times a power of ten, at least raw. */
static double nice_step(double raw)
{
    double p = pow(10.0, floor(log10(raw))), f = raw / p;

    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * p;
}

/* Axes with equal scales that hold the curve and the origin. */
static void layout(ra_curve_plan *cp)
{
    double span;

    if (cp->polar) {
        cp->rmax = fmax(cp->rmax, 1e-6);
        cp->step = nice_step(cp->rmax / 4);
        cp->rmax = ceil(cp->rmax / cp->step - 1e-9) * cp->step;
        cp->unit = POLAR_RADIUS / cp->rmax;
        return;
    }
    span = fmax(fmax(cp->xhi - cp->xlo, cp->yhi - cp->ylo), 1e-6);
    cp->step = nice_step(span / 8);
    cp->xlo = fmin(0, floor(cp->xlo / cp->step) * cp->step);
    cp->xhi = fmax(0, ceil(cp->xhi / cp->step) * cp->step);
    cp->ylo = fmin(0, floor(cp->ylo / cp->step) * cp->step);
    cp->yhi = fmax(0, ceil(cp->yhi / cp->step) * cp->step);
    if (cp->xhi - cp->xlo < cp->step)
        cp->xhi += cp->step;
    if (cp->yhi - cp->ylo < cp->step)
        cp->yhi += cp->step;
    cp->unit = fmin(11.5 / (cp->xhi - cp->xlo), 6.0 / (cp->yhi - cp->ylo));
}

/* The parameter's interval when the request gives none. */
static void default_interval(ra_curve_plan *cp)
{
    int trig = ra_expr_uses_trig(cp->e[0]) ||
               (cp->e[1] && ra_expr_uses_trig(cp->e[1]));

    if (cp->name)
        return; /* set with the named curve */
    cp->t0 = cp->polar || trig ? 0 : -2;
    cp->t1 = cp->polar ? (trig ? 2 : 4) * M_PI : trig ? 2 * M_PI : 2;
}

int ra_plan_curve(ra_curve_plan *cp, const char *prompt, const ra_words *ws,
                  char *why, size_t n)
{
    char *low = ra_lower_dup(prompt), *mask = ra_lower_dup(prompt);
    double a, b;
    int range = 0, rc = 0;

    memset(cp, 0, sizeof(*cp));
    cp->colour = RA_PALETTE(0);
    if (!low || !mask) {
        rc =
            ra_plan_refuse(why, n, "Out of memory while reading the request.");
        goto out;
    }
    range = ra_find_range(low, mask, &a, &b);
    if (range < 0 || (range && b - a > 40 * M_PI))
        rc = ra_plan_refuse(
            why, n,
            "The parameter's interval must be increasing and at "
            "most 40 pi long, as in \"for t from 0 to 2pi\".");
    else if (read_formulas(cp, mask, ws) != 0)
        rc = ra_plan_refuse(
            why, n,
            "The offline generator could not read the curve. "
            "Write it like \"x = cos(3t), y = sin(2t)\" or \"r = "
            "1 + cos(theta)\", with t or theta as the parameter.");
    if (rc == 0) {
        default_interval(cp);
        if (range) {
            cp->t0 = a;
            cp->t1 = b;
            cp->range_given = 1;
        }
        if (sample(cp) != 0)
            rc = ra_plan_refuse(
                why, n,
                "The curve is undefined or too large for part of "
                "the interval; choose one where it is defined.");
    }
    if (rc == 0)
        layout(cp);
    for (int i = 0; rc == 0 && i < ws->n; i++)
        if (ra_colour_word(ws->v[i].w) >= 0) {
            cp->colour = ra_colour_word(ws->v[i].w);
            break;
        }
out:
    free(low);
    free(mask);
    return rc;
}

void ra_curve_plan_free(ra_curve_plan *cp)
{
    ra_expr_free(cp->e[0]);
    ra_expr_free(cp->e[1]);
    cp->e[0] = cp->e[1] = NULL;
}
