/*
 * ra_plan_series: Taylor polynomials of a named function. See
 * ra_plan_series.h.
 */
#include "ra_plan_series.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ra_prompt_range.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define DEFAULT_TERMS 5   /* nonzero terms of the last polynomial shown */
#define MAX_TERMS 12      /* "with N terms" accepted up to this */
#define CENTRE_LIMIT 5.0  /* |a| of a centre accepted */
#define INSIDE_RADIUS 0.9 /* share of the radius of convergence shown */
#define SCAN_STEPS 800    /* steps when a polynomial leaves the axes */
#define SUPPORTED "sin x, cos x, e^x, ln(1 + x) and 1/(1 - x)"

int ra_series_asked(const ra_words *ws)
{
    int i;

    if (ra_words_has_stem(ws, "taylor") || ra_words_has_stem(ws, "maclaurin"))
        return 1;
    for (i = 0; i + 1 < ws->n; i++)
        if (ra_word_is(ws, i, "power") && ra_word_stem(ws, i + 1, "series"))
            return 1;
    return ra_words_has_stem(ws, "approximat") &&
           ra_words_has_stem(ws, "polynomial");
}

/* ---------------------------------------------------------------------
 * Settings written in words: the degree and the centre
 */

/* An ordinal ending read as its own word: the "th" of "5th". */
static int ordinal_suffix(const ra_words *ws, int i)
{
    return ra_word_is(ws, i, "th") || ra_word_is(ws, i, "st") ||
           ra_word_is(ws, i, "nd") || ra_word_is(ws, i, "rd");
}

/*
 * Reads "degree 5", "order 3", "5th degree", "4 terms" and blanks them
 * out of mask. Sets *degree or *terms (else leaves them at -1).
 */
static void read_degree(const ra_words *ws, char *mask, int *degree,
                        int *terms)
{
    static const char *const deg_words[] = {"degree", "degrees", "order",
                                            NULL};
    int i, j;

    for (i = 0; i < ws->n; i++) {
        if (!ra_word_is(ws, i, "#") || ws->v[i].num != floor(ws->v[i].num))
            continue;
        j = i + 1 + ordinal_suffix(ws, i + 1);
        if (i > 0 && ra_in_list(ws->v[i - 1].w, deg_words)) {
            *degree = (int)fmax(-1, fmin(1000, ws->v[i].num));
            ra_window_blank(mask, ws->v[i - 1].start, ws->v[i].end);
        } else if (j < ws->n && ra_in_list(ws->v[j].w, deg_words)) {
            *degree = (int)fmax(-1, fmin(1000, ws->v[i].num));
            ra_window_blank(mask, ws->v[i].start, ws->v[j].end);
        } else if (ra_word_is(ws, i + 1, "terms") ||
                   ra_word_is(ws, i + 1, "term")) {
            *terms = (int)fmax(-1, fmin(1000, ws->v[i].num));
            ra_window_blank(mask, ws->v[i].start, ws->v[i + 1].end);
        }
    }
}

/* Whether s + p starts the word w (letters on neither side). */
static int word_at(const char *s, size_t p, const char *w)
{
    size_t n = strlen(w);

    return strncmp(s + p, w, n) == 0 &&
           (p == 0 || !isalpha((unsigned char)s[p - 1])) &&
           !isalpha((unsigned char)s[p + n]);
}

/*
 * Reads the centre: "around x = 1", "about 0", "centered at a = pi/2",
 * "at x = -1" in low (lower-cased), blanking it out of mask. Returns 1
 * with *a set, else 0.
 */
static int read_centre(const char *low, char *mask, double *a)
{
    static const char *const keys[] = {
        "around",     "about", "centered at", "centred at", "centered on",
        "centred on", "near",  "at",          NULL};
    const char *const *k;
    size_t p, q;

    for (p = 0; low[p]; p++)
        for (k = keys; *k; k++) {
            if (!word_at(low, p, *k))
                continue;
            q = p + strlen(*k);
            while (low[q] == ' ')
                q++;
            if ((low[q] == 'x' || low[q] == 'a') &&
                low[q + 1 + strspn(low + q + 1, " ")] == '=')
                q += 2 + strspn(low + q + 1, " ");
            if (ra_read_constant(low, &q, a)) {
                ra_window_blank(mask, p, q);
                return 1;
            }
        }
    return 0;
}

/* ---------------------------------------------------------------------
 * The function
 */

static double geometric(double x)
{
    return 1.0 / (1.0 - x);
}

/* The supported functions in the order of ra_series_fn. */
static double (*const known[])(double) = {sin, cos, exp, log1p, geometric};

double ra_series_f(const ra_series_plan *sp, double x)
{
    return known[sp->fn](x);
}

/*
 * Which supported function e is, compared by its values at points
 * inside every domain; -1 if none.
 */
static int identify(const ra_expr *e)
{
    static const double xs[] = {-0.37, -0.1, 0.23, 0.41, 0.6};
    size_t f, i;

    for (f = 0; f < sizeof(known) / sizeof(known[0]); f++) {
        for (i = 0; i < sizeof(xs) / sizeof(xs[0]); i++) {
            double want = known[f](xs[i]), got = ra_expr_eval(e, xs[i]);

            if (!(fabs(got - want) <= 1e-9 * (1 + fabs(want))))
                break;
        }
        if (i == sizeof(xs) / sizeof(xs[0]))
            return (int)f;
    }
    return -1;
}

/*
 * Reads the function from mask into sp->f. Returns 0, or -1 with the
 * reason in why.
 */
static int read_function(ra_series_plan *sp, const char *mask, char *why,
                         size_t n)
{
    char err[160] = "";
    int which;

    ra_window_formulas(mask, &sp->f, 1, err, sizeof(err));
    if (!sp->f && err[0])
        return ra_plan_refuse(
            why, n,
            "The function of the Taylor polynomials "
            "could not be read: %s. They are drawn for " SUPPORTED ".",
            err);
    if (!sp->f) {
        sp->f = ra_expr_parse("sin(x)", NULL, 0);
        sp->fn_defaulted = 1;
        if (!sp->f)
            return ra_plan_refuse(why, n, "Out of memory.");
    }
    which = identify(sp->f);
    if (which < 0)
        return ra_plan_refuse(why, n,
                              "Taylor polynomials are drawn for " SUPPORTED
                              " (around 0, or a centre such as \"around x = "
                              "1\"), not for this function.");
    sp->fn = (ra_series_fn)which;
    return 0;
}

/* ---------------------------------------------------------------------
 * Coefficients, degrees and the window
 */

/* The k-th derivative of sin (cos when shift is 1) at a; 0 when tiny. */
static double trig_derivative(double a, int k, int shift)
{
    double d;

    switch ((k + shift) % 4) {
    case 0:
        d = sin(a);
        break;
    case 1:
        d = cos(a);
        break;
    case 2:
        d = -sin(a);
        break;
    default:
        d = -cos(a);
    }
    return fabs(d) < 1e-12 ? 0.0 : d; /* sin(pi) is 1.2e-16, not 0 */
}

static void coefficients(ra_series_plan *sp)
{
    double a = sp->centre, fact = 1.0;
    int k;

    sp->radius = INFINITY;
    if (sp->fn == RA_SERIES_LOG1P)
        sp->radius = 1 + a;
    else if (sp->fn == RA_SERIES_GEOMETRIC)
        sp->radius = fabs(1 - a);
    for (k = 0; k <= RA_SERIES_MAX_DEGREE; k++) {
        fact *= k > 0 ? k : 1;
        switch (sp->fn) {
        case RA_SERIES_SIN:
        case RA_SERIES_COS:
            sp->coef[k] =
                trig_derivative(a, k, sp->fn == RA_SERIES_COS) / fact;
            break;
        case RA_SERIES_EXP:
            sp->coef[k] = exp(a) / fact;
            break;
        case RA_SERIES_LOG1P:
            sp->coef[k] =
                k == 0 ? log1p(a) : (k % 2 ? 1.0 : -1.0) / (k * pow(1 + a, k));
            break;
        default:
            sp->coef[k] = 1.0 / pow(1 - a, k + 1);
        }
    }
}

/* The degree of the n-th nonzero term, or -1 past the highest degree. */
static int degree_of_term(const ra_series_plan *sp, int n)
{
    int k;

    for (k = 0; k <= RA_SERIES_MAX_DEGREE; k++)
        if (sp->coef[k] != 0 && --n == 0)
            return k;
    return -1;
}

/*
 * The degrees shown: every degree up to sp->degree where a term is
 * added, or RA_SERIES_MAX_STAGES of them evenly spread, ending with the
 * highest.
 */
static void choose_stages(ra_series_plan *sp)
{
    int all[RA_SERIES_MAX_DEGREE + 1] = {0}, n = 0, k, i;

    for (k = 0; k <= sp->degree; k++)
        if (sp->coef[k] != 0)
            all[n++] = k;
    if (n <= RA_SERIES_MAX_STAGES) {
        memcpy(sp->stage, all, sizeof(int) * (size_t)n);
        sp->nstages = n;
        return;
    }
    for (i = 0; i < RA_SERIES_MAX_STAGES; i++)
        sp->stage[i] = all[(int)nearbyint((double)i * (n - 1) /
                                          (RA_SERIES_MAX_STAGES - 1))];
    sp->nstages = RA_SERIES_MAX_STAGES;
}

double ra_series_eval(const ra_series_plan *sp, int degree, double x)
{
    double s = 0;
    int k;

    for (k = degree; k >= 0; k--) /* Horner in (x - a) */
        s = s * (x - sp->centre) + sp->coef[k];
    return s;
}

/*
 * The x interval of f: the request's (cut to the interval of
 * convergence) or one around the centre. Returns 0 or -1 with why.
 */
static int choose_window(ra_series_plan *sp, int found, double a, double b,
                         char *why, size_t n)
{
    double c = sp->centre, half;

    if (isfinite(sp->radius)) {
        half = INSIDE_RADIUS * sp->radius;
        sp->wlo = found ? fmax(a, c - half) : c - half;
        sp->whi = found ? fmin(b, c + half) : c + half;
        sp->range_cut = found && (sp->wlo > a || sp->whi < b);
    } else {
        half = sp->fn == RA_SERIES_EXP ? 3.0 : 2 * M_PI;
        sp->wlo = found ? a : c - half;
        sp->whi = found ? b : c + half;
    }
    sp->range_given = found;
    if (sp->whi - sp->wlo < 0.01 || c < sp->wlo || c > sp->whi)
        return ra_plan_refuse(
            why, n,
            "The x range must contain the centre of the "
            "Taylor polynomials%s.",
            isfinite(sp->radius) ? " and lie where the series converges" : "");
    return 0;
}

/* The y axis from the values of f, with room for the polynomials. */
static void choose_axes(ra_series_plan *sp)
{
    double lo = INFINITY, hi = -INFINITY, span, x;
    int i;

    for (i = 0; i <= SCAN_STEPS; i++) {
        x = sp->wlo + (sp->whi - sp->wlo) * i / SCAN_STEPS;
        lo = fmin(lo, ra_series_f(sp, x));
        hi = fmax(hi, ra_series_f(sp, x));
    }
    span = hi - lo;
    sp->x = ra_window_axis(sp->wlo, sp->whi, 10, 0);
    sp->y = ra_window_axis(lo - 0.2 * span - 0.5, hi + 0.2 * span + 0.5, 8, 1);
    sp->probe = sp->centre + (sp->whi - sp->centre) / 2;
}

static int inside(const ra_series_plan *sp, int degree, double x)
{
    double y = ra_series_eval(sp, degree, x);

    return y >= sp->y.lo && y <= sp->y.hi;
}

/* From the centre towards end, the last x where the polynomial is
 * still inside the axes (bisected where it leaves). */
static double reach(const ra_series_plan *sp, int degree, double end)
{
    double h = (end - sp->centre) / SCAN_STEPS, good = sp->centre, bad;
    int i, k;

    for (i = 1; i <= SCAN_STEPS; i++) {
        bad = sp->centre + h * i;
        if (!inside(sp, degree, bad)) {
            for (k = 0; k < 48; k++) {
                double mid = (good + bad) / 2;

                *(inside(sp, degree, mid) ? &good : &bad) = mid;
            }
            return good;
        }
        good = bad;
    }
    return end;
}

int ra_plan_series(ra_series_plan *sp, const char *prompt, const ra_words *ws,
                   char *why, size_t n)
{
    char *low = ra_lower_dup(prompt), *mask = malloc(strlen(prompt) + 1);
    int degree = -1, terms = -1, found = 0, rc = -1, i;
    double a = 0, b = 0;

    memset(sp, 0, sizeof(*sp));
    if (!low || !mask) {
        rc = ra_plan_refuse(why, n, "Out of memory.");
        goto done;
    }
    memcpy(mask, prompt, strlen(prompt) + 1);
    found = ra_find_range(low, mask, &a, &b);
    if (found < 0) {
        rc = ra_plan_refuse(why, n,
                            "The x range must go from a smaller to "
                            "a larger number between -1000 and "
                            "1000.");
        goto done;
    }
    read_degree(ws, mask, &degree, &terms);
    read_centre(low, mask, &sp->centre);
    if (read_function(sp, mask, why, n) != 0)
        goto done;
    if (fabs(sp->centre) > CENTRE_LIMIT ||
        (sp->fn == RA_SERIES_LOG1P && sp->centre <= -1) ||
        (sp->fn == RA_SERIES_GEOMETRIC && sp->centre == 1)) {
        rc = ra_plan_refuse(why, n,
                            "The centre of the Taylor polynomials must be "
                            "between -%g and %g, where the function is "
                            "defined.",
                            CENTRE_LIMIT, CENTRE_LIMIT);
        goto done;
    }
    coefficients(sp);
    if (terms > MAX_TERMS || terms == 0 || degree > RA_SERIES_MAX_DEGREE ||
        degree == 0) {
        rc = ra_plan_refuse(why, n,
                            "Taylor polynomials are drawn up to degree %d "
                            "(or %d terms), from degree 1.",
                            RA_SERIES_MAX_DEGREE, MAX_TERMS);
        goto done;
    }
    sp->degree = degree > 0
                     ? degree
                     : degree_of_term(sp, terms > 0 ? terms : DEFAULT_TERMS);
    if (sp->degree < 0)
        sp->degree = RA_SERIES_MAX_DEGREE;
    choose_stages(sp);
    if (choose_window(sp, found, a, b, why, n) != 0)
        goto done;
    choose_axes(sp);
    for (i = 0; i < sp->nstages; i++) {
        sp->vis[i][0] = reach(sp, sp->stage[i], sp->wlo);
        sp->vis[i][1] = reach(sp, sp->stage[i], sp->whi);
    }
    rc = 0;
done:
    free(low);
    free(mask);
    return rc;
}

void ra_series_plan_free(ra_series_plan *sp)
{
    ra_expr_free(sp->f);
    sp->f = NULL;
}
