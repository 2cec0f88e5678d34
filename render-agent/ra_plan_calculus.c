/*
 * ra_plan_calculus: tangents, secants, areas and Riemann sums. See
 * ra_plan_calculus.h.
 */
#include "ra_prompt.h"
#include "ra_plan_calculus.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ra_plot_axes.h"
#include "ra_prompt_range.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define SIMPSON_STEPS 2000 /* even number of steps of Simpson's rule */
#define ROOT_SAMPLES 2000  /* samples when looking for crossings */
#define MAX_ROOTS 16       /* crossings kept */
#define DEFAULT_RECTS 8    /* Riemann rectangles when none are asked */

static const char *const rect_words[] = {
    "rectangle", "rectangles", "subintervals", "subinterval",
    "intervals", "strips",     "partitions",   "boxes",
    "bars",      "columns",    "slices",       "subdivisions",
    NULL};

ra_calc_kind ra_calc_kind_of(const ra_words *ws)
{
    static const char *const sums[] = {
        "sum",  "sums",     "area", "under", "approximate", "integral",
        "rule", "midpoint", "left", "right", NULL};
    static const char *const near[] = {"line", "lines", "to", "at", NULL};
    static const char *const region[] = {"under",      "between", "below",
                                         "beneath",    "bounded", "enclosed",
                                         "underneath", NULL};
    static const char *const shade[] = {"shade",    "shaded",    "shading",
                                        "integral", "integrate", NULL};
    int i;

    if (ra_words_has_stem(ws, "riemann") ||
        (ra_words_has_any(ws, rect_words) && ra_words_has_any(ws, sums)))
        return RA_CALC_RIEMANN;
    for (i = 0; i < ws->n; i++)
        if (ra_word_stem(ws, i, "tangent") &&
            (ra_in_list(i + 1 < ws->n ? ws->v[i + 1].w : "", near) ||
             ra_words_has_any(ws, (const char *const[]){"at", NULL})))
            return RA_CALC_TANGENT;
    if (ra_words_has_stem(ws, "secant"))
        return RA_CALC_SECANT;
    if ((ra_words_has_any(ws, (const char *const[]){"area", NULL}) &&
         ra_words_has_any(ws, region)) ||
        ra_words_has_any(ws, shade))
        return RA_CALC_AREA;
    return RA_CALC_NONE;
}

/* The curve of an area or a sum: f, or f - g between two curves. */
static double height(const ra_calc_plan *cp, double x)
{
    double v = ra_expr_eval(cp->pl->f[0].e, x);

    return cp->between ? v - ra_expr_eval(cp->pl->f[1].e, x) : v;
}

/*
 * Blanks the words starting with stem out of mask, so that "tangent" is
 * not read as the function tan(x).
 */
static void blank_stem(const char *low, char *mask, const char *stem)
{
    const char *p = low;
    size_t n = strlen(stem);

    while ((p = strstr(p, stem)) != NULL) {
        size_t at = (size_t)(p - low);

        if (at == 0 || !isalpha((unsigned char)low[at - 1]))
            while (isalpha((unsigned char)low[at]))
                mask[at++] = ',';
        p += n;
    }
}

/* Reads the number of rectangles and where they meet the curve. */
static int read_rectangles(ra_calc_plan *cp, const ra_words *ws)
{
    static const char *const mid[] = {
        "midpoint", "middle", "center", "centre", "mid", "midpoints", NULL};
    int i;

    cp->n = DEFAULT_RECTS;
    for (i = 0; i < ws->n; i++) {
        if (!ra_word_is(ws, i, "#"))
            continue;
        if (ra_in_list(i + 1 < ws->n ? ws->v[i + 1].w : "", rect_words) ||
            ra_in_list(i + 2 < ws->n ? ws->v[i + 2].w : "", rect_words) ||
            ra_in_list(i + 3 < ws->n ? ws->v[i + 3].w : "", rect_words) ||
            ra_word_is(ws, i - 1, "n")) {
            if (ws->v[i].num < 1 || ws->v[i].num > RA_CALC_MAX_RECTS ||
                ws->v[i].num != floor(ws->v[i].num))
                return -1;
            cp->n = (int)ws->v[i].num;
        }
    }
    cp->sample = ra_words_has_any(ws, mid) ? RA_SAMPLE_MID
                 : ra_words_has_any(ws, (const char *const[]){"right", NULL})
                     ? RA_SAMPLE_RIGHT
                     : RA_SAMPLE_LEFT;
    return 0;
}

/*
 * Reads the points and the interval out of the request, blanking them
 * out of mask. Returns 0, or -1 with why set.
 */
static int read_points(ra_calc_plan *cp, char *low, char *mask, char *why,
                       size_t n)
{
    int point = 0, range;
    double a, b;

    if (cp->kind == RA_CALC_TANGENT &&
        (point = ra_find_point(low, mask, &cp->x0)) <= 0)
        return ra_plan_refuse(
            why, n,
            "Say where the tangent line touches the curve, as in "
            "\"the tangent to y = x^2 at x = 1\".");
    range = ra_find_range(low, mask, &a, &b);
    if (range < 0)
        return ra_plan_refuse(
            why, n,
            "The interval must go from a smaller to a larger "
            "number, both between -1000 and 1000.");
    if (cp->kind == RA_CALC_SECANT && !range) {
        if (ra_find_point(low, mask, &a) <= 0)
            return ra_plan_refuse(
                why, n,
                "Say through which two points the secant line "
                "goes, as in \"the secant of y = x^2 between x = "
                "1 and x = 3\".");
        memcpy(low, mask, strlen(mask));
        for (size_t k = 0; low[k]; k++)
            low[k] =
                (char)(low[k] >= 'A' && low[k] <= 'Z' ? low[k] + 32 : low[k]);
        if (ra_find_point(low, mask, &b) <= 0 || a == b)
            return ra_plan_refuse(
                why, n,
                "The secant line needs two different points, as "
                "in \"between x = 1 and x = 3\".");
        range = 1;
    }
    if (range && cp->kind != RA_CALC_TANGENT) {
        cp->x0 = fmin(a, b);
        cp->x1 = fmax(a, b);
        cp->interval_given = 1;
    } else if (range) {
        cp->pl->a = a;
        cp->pl->b = b;
        cp->pl->range_given = 1;
    }
    return 0;
}

/*
 * The crossings of the area's curve with zero over [lo, hi], found by
 * sampling and bisection. Returns how many (at most MAX_ROOTS).
 */
static int crossings(const ra_calc_plan *cp, double lo, double hi,
                     double *roots)
{
    double h = (hi - lo) / ROOT_SAMPLES, xa, xb, ya, yb, m;
    int i, k, n = 0;

    for (i = 0; i < ROOT_SAMPLES && n < MAX_ROOTS; i++) {
        xa = lo + i * h;
        xb = xa + h;
        ya = height(cp, xa);
        yb = height(cp, xb);
        if (!isfinite(ya) || !isfinite(yb) || (ya != 0 && ya * yb > 0) ||
            (ya != 0 && yb == 0))
            continue;
        for (k = 0; k < 60 && ya != 0; k++) {
            m = (xa + xb) / 2;
            if (height(cp, m) * ya > 0)
                xa = m;
            else
                xb = m;
        }
        roots[n++] = ya == 0 ? xa : (xa + xb) / 2;
    }
    return n;
}

/* With no interval given: the two crossings closest around zero. */
static int interval_from_crossings(ra_calc_plan *cp, char *why, size_t n)
{
    double roots[MAX_ROOTS], best = HUGE_VAL, mid, span;
    int k, count, trig = ra_expr_uses_trig(cp->pl->f[0].e);

    span = trig ? 2 * M_PI : 5.0;
    count = crossings(cp, -span, span, roots);
    for (k = 0; k + 1 < count; k++) {
        mid = (roots[k] + roots[k + 1]) / 2;
        if (roots[k + 1] - roots[k] > 1e-6 && fabs(mid) - 1e-9 < best) {
            best = fabs(mid);
            cp->x0 = roots[k];
            cp->x1 = roots[k + 1];
        }
    }
    if (best == HUGE_VAL)
        return ra_plan_refuse(
            why, n,
            "Say over which interval to take the area, as in "
            "\"the area under y = x^2 from 0 to 2\".");
    return 0;
}

/* The plot window: around the point or the interval. */
static void choose_window(ra_calc_plan *cp)
{
    ra_plot_plan *pl = cp->pl;
    double w, pad, span;

    if (pl->range_given)
        return;
    if (cp->kind == RA_CALC_TANGENT) {
        span = ra_expr_uses_trig(pl->f[0].e) ? 2 * M_PI : 3.0;
        pl->a = -span;
        pl->b = span;
        if (cp->x0 < -span + 0.5 || cp->x0 > span - 0.5) {
            pl->a = cp->x0 - span;
            pl->b = cp->x0 + span;
        }
        return;
    }
    w = cp->x1 - cp->x0;
    pad = fmax(0.5, 0.25 * w);
    pl->a = cp->x0 - pad;
    pl->b = cp->x1 + pad;
    if (pl->a > 0 && pl->a < 0.5 * w)
        pl->a = 0;
    if (pl->b < 0 && pl->b > -0.5 * w)
        pl->b = 0;
}

/* Samples the plot; returns 0 or -1 with why set. */
static int analyse(ra_calc_plan *cp, char *why, size_t n)
{
    ra_plot_plan *pl = cp->pl;
    int empty = ra_plot_analyse(pl);

    if (empty == -1 && !pl->range_given && cp->kind == RA_CALC_TANGENT &&
        ra_plot_tighten_range(pl))
        empty = ra_plot_analyse(pl);
    if (empty == -2)
        return ra_plan_refuse(why, n,
                              "Out of memory while planning the plot.");
    if (empty >= 0)
        return ra_plan_refuse(why, n,
                              "The function has no points to draw near the "
                              "place asked for.");
    return 0;
}

/* Clips the line through (x, y) with slope m to the axes. */
static int clip_line(ra_calc_plan *cp, double x, double y, double m)
{
    const ra_plot_plan *pl = cp->pl;
    double lo = pl->xlo, hi = pl->xhi, xa, xb;

    if (m != 0) {
        xa = x + (pl->ylo - y) / m;
        xb = x + (pl->yhi - y) / m;
        lo = fmax(lo, fmin(xa, xb));
        hi = fmin(hi, fmax(xa, xb));
    }
    if (!(hi - lo > 1e-9 * (pl->xhi - pl->xlo)))
        return -1;
    cp->line[0][0] = lo;
    cp->line[0][1] = y + m * (lo - x);
    cp->line[1][0] = hi;
    cp->line[1][1] = y + m * (hi - x);
    return 0;
}

static int inside(const ra_plot_plan *pl, double x, double y)
{
    double tx = 1e-9 * (pl->xhi - pl->xlo), ty = 1e-9 * (pl->yhi - pl->ylo);

    return isfinite(y) && x >= pl->xlo - tx && x <= pl->xhi + tx &&
           y >= pl->ylo - ty && y <= pl->yhi + ty;
}

static int plan_tangent(ra_calc_plan *cp, char *why, size_t n)
{
    const ra_expr *f = cp->pl->f[0].e;
    double x = cp->x0, h = 1e-5 * fmax(1.0, fabs(x)), fp, fm, y;
    char b[32];

    y = cp->y0 = ra_expr_eval(f, x);
    snprintf(b, sizeof(b), "%.6g", x);
    if (!inside(cp->pl, x, y))
        return ra_plan_refuse(
            why, n,
            "The point x = %s is not on the visible part of the "
            "curve; choose a point where the function is "
            "defined.",
            b);
    fp = (ra_expr_eval(f, x + h) - y) / h;
    fm = (y - ra_expr_eval(f, x - h)) / h;
    cp->slope = (ra_expr_eval(f, x + h) - ra_expr_eval(f, x - h)) / (2 * h);
    if (!isfinite(fp) || !isfinite(fm) || !isfinite(cp->slope) ||
        fabs(fp - fm) > 1e-2 * fmax(1.0, fabs(cp->slope)))
        return ra_plan_refuse(
            why, n,
            "The curve has no tangent line at x = %s (it has a "
            "corner, a jump or a vertical tangent there).",
            b);
    return clip_line(cp, x, y, cp->slope) == 0
               ? 0
               : ra_plan_refuse(why, n,
                                "The tangent line at x = %s is not "
                                "visible on the axes.",
                                b);
}

/* 1 when the curve stays on the axes for every x between a and b. */
static int visible_between(const ra_calc_plan *cp, double a, double b)
{
    int k;

    for (k = 0; k <= 40; k++) {
        double x = a + (b - a) * k / 40.0;
        if (!inside(cp->pl, x, ra_expr_eval(cp->pl->f[0].e, x)))
            return 0;
    }
    return 1;
}

/*
 * The first h of the secants that turn into the tangent: as wide as the
 * axes allow (at most 2), on the right of x0 unless it has no room, with the
 * curve visible all the way so that the second point never leaves the
 * picture. Returns 0, or -1 when no such h is found.
 */
static int choose_secant_start(ra_calc_plan *cp)
{
    double right = cp->pl->xhi - cp->x0, left = cp->x0 - cp->pl->xlo;
    /* From the right (h > 0, as textbooks draw it) when there is room. */
    double sign = right >= fmin(left, 1.0) ? 1.0 : -1.0;
    double h = sign * fmin(2.0, 0.8 * (sign > 0 ? right : left));
    int k;

    for (k = 0; k < 12; k++, h *= 0.7)
        if (visible_between(cp, cp->x0, cp->x0 + h)) {
            cp->h0 = h;
            return 0;
        }
    return -1;
}

static int plan_secant(ra_calc_plan *cp, char *why, size_t n)
{
    const ra_expr *f = cp->pl->f[0].e;

    cp->y0 = ra_expr_eval(f, cp->x0);
    cp->y1 = ra_expr_eval(f, cp->x1);
    if (!inside(cp->pl, cp->x0, cp->y0) || !inside(cp->pl, cp->x1, cp->y1))
        return ra_plan_refuse(why, n,
                              "Both points of the secant line must be on the "
                              "visible part of the curve.");
    cp->slope = (cp->y1 - cp->y0) / (cp->x1 - cp->x0);
    return clip_line(cp, cp->x0, cp->y0, cp->slope) == 0
               ? 0
               : ra_plan_refuse(why, n, "The secant line is not visible.");
}

/*
 * Checks that the curve(s) are defined and on the axes all over the
 * interval, then integrates with Simpson's rule.
 */
static int integrate(ra_calc_plan *cp, char *why, size_t n)
{
    double h = (cp->x1 - cp->x0) / SIMPSON_STEPS, x, v, s = 0;
    int i, k;

    for (i = 0; i <= SIMPSON_STEPS; i++) {
        x = cp->x0 + i * h;
        for (k = 0; k <= cp->between; k++)
            if (!inside(cp->pl, x, ra_expr_eval(cp->pl->f[k].e, x)))
                return ra_plan_refuse(
                    why, n,
                    "The curve is undefined or runs off the "
                    "axes somewhere between x = %.6g and x = "
                    "%.6g; choose an interval where it is "
                    "defined and bounded.",
                    cp->x0, cp->x1);
        v = height(cp, x);
        s += v * (i == 0 || i == SIMPSON_STEPS ? 1 : i % 2 ? 4 : 2);
    }
    cp->integral = s * h / 3;
    return 0;
}

static double riemann_sum(const ra_calc_plan *cp, int rects)
{
    double dx = (cp->x1 - cp->x0) / rects, off, s = 0;
    int i;

    off = cp->sample == RA_SAMPLE_LEFT    ? 0.0
          : cp->sample == RA_SAMPLE_RIGHT ? dx
                                          : dx / 2;
    for (i = 0; i < rects; i++)
        s += height(cp, cp->x0 + i * dx + off) * dx;
    return s;
}

/* Reads the function(s); returns 0, 1 when there is none, or -1. */
static int read_curves(ra_calc_plan *cp, const char *mask, const char *low,
                       char *why, size_t n)
{
    ra_plot_plan *pl = cp->pl;
    char err[160] = "";
    int k;

    ra_read_functions(pl, mask, err, sizeof(err));
    if (pl->n == 0 && err[0])
        return ra_plan_refuse(
            why, n,
            "The offline generator could not read the function: "
            "%s.",
            err);
    if (pl->n == 0)
        return 1;
    cp->between = cp->kind == RA_CALC_AREA && pl->n >= 2 &&
                  strstr(low, "between") != NULL;
    for (k = cp->between ? 2 : 1; k < pl->n; k++)
        ra_expr_free(pl->f[k].e);
    pl->n = cp->between ? 2 : 1;
    pl->dropped = 0;
    return 0;
}

/* Everything after the request is read: window, axes, numbers. */
static int compute(ra_calc_plan *cp, char *why, size_t n)
{
    if ((cp->kind == RA_CALC_AREA || cp->kind == RA_CALC_RIEMANN) &&
        !cp->interval_given && interval_from_crossings(cp, why, n) != 0)
        return -1;
    choose_window(cp);
    cp->pl->y_zero = cp->kind == RA_CALC_RIEMANN ||
                     (cp->kind == RA_CALC_AREA && !cp->between);
    if (analyse(cp, why, n) != 0)
        return -1;
    switch (cp->kind) {
    case RA_CALC_TANGENT:
        if (plan_tangent(cp, why, n) != 0)
            return -1;
        return cp->secant_limit && choose_secant_start(cp) != 0
                   ? ra_plan_refuse(why, n,
                                    "The curve leaves the axes right beside "
                                    "the point, so no secant through it can "
                                    "be shown turning into the tangent.")
                   : 0;
    case RA_CALC_SECANT:
        return plan_secant(cp, why, n);
    case RA_CALC_RIEMANN:
        cp->sum = riemann_sum(cp, cp->n);
        cp->n_fine = cp->n * 4 <= RA_CALC_MAX_RECTS ? cp->n * 4 : 0;
        if (cp->n_fine)
            cp->sum_fine = riemann_sum(cp, cp->n_fine);
        return integrate(cp, why, n);
    default:
        return integrate(cp, why, n);
    }
}

int ra_plan_calculus(ra_calc_plan *cp, ra_calc_kind kind, const char *prompt,
                     const ra_words *ws, char *why, size_t n)
{
    char *low = ra_lower_dup(prompt), *mask = ra_lower_dup(prompt);
    int rc;

    memset(cp, 0, sizeof(*cp));
    cp->kind = kind;
    /* "a secant turning into the tangent at x = 1": the derivative as
     * the limit of secant slopes. */
    cp->secant_limit =
        kind == RA_CALC_TANGENT && ra_words_has_stem(ws, "secant");
    cp->pl = calloc(1, sizeof(*cp->pl));
    if (!low || !mask || !cp->pl) {
        rc =
            ra_plan_refuse(why, n, "Out of memory while reading the request.");
        goto out;
    }
    memcpy(mask, prompt, strlen(prompt) + 1);
    blank_stem(low, mask, "tangent");
    blank_stem(low, mask, "secant");
    if (kind == RA_CALC_RIEMANN && read_rectangles(cp, ws) != 0) {
        rc = ra_plan_refuse(
            why, n,
            "A Riemann sum here has from 1 to %d rectangles, as in "
            "\"with 8 rectangles\".",
            RA_CALC_MAX_RECTS);
        goto out;
    }
    rc = read_points(cp, low, mask, why, n);
    if (rc != 0 && read_curves(cp, mask, low, why, n) == 1)
        rc = 1; /* no function either ("a circle and a tangent line") */
    else if (rc == 0)
        rc = read_curves(cp, mask, low, why, n);
    if (rc == 0)
        rc = compute(cp, why, n);
out:
    free(low);
    free(mask);
    return rc;
}

void ra_calc_plan_free(ra_calc_plan *cp)
{
    if (cp && cp->pl)
        ra_plot_plan_free(cp->pl);
    if (cp)
        cp->pl = NULL;
}
