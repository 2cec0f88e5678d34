/*
 * ra_plot_axes: the axes of a plot and the visible pieces of its curves.
 * See ra_plot_axes.h.
 */
#include "ra_plot_axes.h"

#include <math.h>
#include <stdlib.h>

#define SAMPLES 801 /* points sampled along the x interval */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* A tick spacing of 1, 2 or 5 times a power of ten, at least raw. */
static double nice_step(double raw)
{
    double p = pow(10.0, floor(log10(raw))), f = raw / p;

    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * p;
}

static double sample_x(const ra_plot_plan *pl, int i)
{
    return pl->a + (pl->b - pl->a) * i / (SAMPLES - 1);
}

/*
 * Picks the y range from the sampled values: all of them, unless a few
 * run away (poles of tan or 1/x), then the middle 90%. Zero is included
 * when it is near, and the ends are padded and rounded to ticks.
 */
static void choose_y(ra_plot_plan *pl, double *pool, int n)
{
    double lo, hi, q05, q95, span;

    qsort(pool, (size_t)n, sizeof(double), cmp_double);
    lo = pool[0];
    hi = pool[n - 1];
    q05 = pool[(int)(0.05 * (n - 1))];
    q95 = pool[(int)(0.95 * (n - 1))];
    if (hi - lo > 3.0 * (q95 - q05) + 1e-9) {
        lo = q05;
        hi = q95;
    }
    if (pl->y_zero) {
        lo = fmin(lo, 0.0);
        hi = fmax(hi, 0.0);
    }
    if (hi - lo < 1e-9) {
        lo -= 1.0;
        hi += 1.0;
    }
    span = hi - lo;
    if (lo > 0.0 && lo <= span)
        lo = 0.0;
    if (hi < 0.0 && -hi <= span)
        hi = 0.0;
    lo -= lo != 0.0 ? 0.1 * span : 0.0;
    hi += hi != 0.0 ? 0.1 * span : 0.0;
    pl->ystep = nice_step((hi - lo) / 8.0);
    pl->ylo = floor(lo / pl->ystep) * pl->ystep;
    pl->yhi = ceil(hi / pl->ystep) * pl->ystep;
}

static void choose_x(ra_plot_plan *pl)
{
    pl->xstep = nice_step((pl->b - pl->a) / 10.0);
    if (pl->a <= 0.0 && pl->b >= 0.0) {
        pl->xlo = pl->a;
        pl->xhi = pl->b;
    } else {
        pl->xlo = floor(pl->a / pl->xstep) * pl->xstep;
        pl->xhi = ceil(pl->b / pl->xstep) * pl->xstep;
    }
}

/* Whether the curve is defined at x and inside the axes. */
int ra_plot_visible_at(const ra_plot_fn *f, const ra_plot_plan *pl, double x)
{
    double y = ra_expr_eval(f->e, x), tol = 1e-9 * (pl->yhi - pl->ylo);

    return isfinite(y) && y >= pl->ylo - tol && y <= pl->yhi + tol;
}

/* Narrows down where the curve enters or leaves the visible area. */
static double refine(const ra_plot_fn *f, const ra_plot_plan *pl, double bad,
                     double good)
{
    int k;

    for (k = 0; k < 48; k++) {
        double mid = (bad + good) / 2;

        if (ra_plot_visible_at(f, pl, mid))
            good = mid;
        else
            bad = mid;
    }
    return good;
}

/* Splits a curve into the x intervals where it can be drawn. */
static void find_segments(ra_plot_fn *f, const ra_plot_plan *pl,
                          const double *y)
{
    double jump = 0.5 * (pl->yhi - pl->ylo), lo, hi;
    int i = 0, start;

    f->nseg = 0;
    while (i < SAMPLES && f->nseg < RA_MAX_SEGS) {
        if (!ra_plot_visible_at(f, pl, sample_x(pl, i))) {
            i++;
            continue;
        }
        start = i;
        while (i + 1 < SAMPLES &&
               ra_plot_visible_at(f, pl, sample_x(pl, i + 1)) &&
               fabs(y[i + 1] - y[i]) <= jump)
            i++;
        lo = sample_x(pl, start);
        hi = sample_x(pl, i);
        if (start > 0 && !ra_plot_visible_at(f, pl, sample_x(pl, start - 1)))
            lo = refine(f, pl, sample_x(pl, start - 1), lo);
        if (i + 1 < SAMPLES && !ra_plot_visible_at(f, pl, sample_x(pl, i + 1)))
            hi = refine(f, pl, sample_x(pl, i + 1), hi);
        if (hi - lo > 1e-9 * (pl->b - pl->a)) {
            f->seg[f->nseg][0] = lo;
            f->seg[f->nseg][1] = hi;
            f->nseg++;
        }
        i++;
    }
}

/*
 * Samples every function, chooses the axes and the visible pieces.
 * Returns -1 when all is well, the index of a function that has nothing
 * to draw, or -2 when memory runs out.
 */
int ra_plot_analyse(ra_plot_plan *pl)
{
    double *y = malloc(sizeof(double) * SAMPLES * RA_MAX_FUNCS);
    double *pool = malloc(sizeof(double) * SAMPLES * RA_MAX_FUNCS);
    int i, k, n = 0, empty = -1;

    if (!y || !pool) {
        free(y);
        free(pool);
        return -2;
    }
    for (k = 0; k < pl->n; k++)
        for (i = 0; i < SAMPLES; i++) {
            y[k * SAMPLES + i] = ra_expr_eval(pl->f[k].e, sample_x(pl, i));
            if (isfinite(y[k * SAMPLES + i]))
                pool[n++] = y[k * SAMPLES + i];
        }
    choose_x(pl);
    if (n > 0)
        choose_y(pl, pool, n);
    for (k = 0; k < pl->n && n > 0; k++) {
        find_segments(&pl->f[k], pl, y + k * SAMPLES);
        if (pl->f[k].nseg == 0 && empty < 0)
            empty = k;
    }
    free(y);
    free(pool);
    return n > 0 ? empty : 0;
}

/*
 * With no range in the request, keeps only the part of the standard range
 * where some curve can be drawn (ln(x) and sqrt(x) get x >= 0). Returns
 * 1 if the range changed.
 */
int ra_plot_tighten_range(ra_plot_plan *pl)
{
    double lo = pl->b, hi = pl->a, step = nice_step((pl->b - pl->a) / 10);
    int k;

    for (k = 0; k < pl->n; k++) {
        lo = fmin(lo, pl->f[k].seg[0][0]);
        hi = fmax(hi, pl->f[k].seg[pl->f[k].nseg - 1][1]);
    }
    lo = fmax(pl->a, floor(lo / step) * step);
    hi = fmin(pl->b, ceil(hi / step) * step);
    if (hi - lo >= 0.9 * (pl->b - pl->a) || hi - lo < 2 * step)
        return 0;
    pl->a = lo;
    pl->b = hi;
    return 1;
}
