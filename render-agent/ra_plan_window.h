/*
 * ra_plan_window: the small pieces of arithmetic the analysis topics
 * (Taylor polynomials, growth comparisons, solids of revolution) share
 * when they read a request and choose what the axes show: tick steps of
 * 1, 2 or 5 times a power of ten, an axis range rounded to its ticks,
 * the blanking of words of the request that are settings (a degree, a
 * centre) so that the formula reader does not take them for a function,
 * and the formulas in x that are left.
 */
#ifndef RA_PLAN_WINDOW_H
#define RA_PLAN_WINDOW_H

#include <stddef.h>

#include "ra_expr.h"

/* One axis: its ends and tick step, as Manim's x_range takes them. */
typedef struct ra_axis {
    double lo;   /* first value shown */
    double hi;   /* last value shown */
    double step; /* distance between ticks */
} ra_axis;

/* Returns a tick step of 1, 2 or 5 times a power of ten, at least raw. */
double ra_window_step(double raw);

/*
 * Fits an axis around [lo, hi] (lo < hi) with about `ticks` ticks. A
 * range that holds 0 is kept as it is (Manim puts its ticks at
 * multiples of the step from 0); any other is rounded out to the step.
 * With round_out set, the ends are always rounded out.
 */
ra_axis ra_window_axis(double lo, double hi, int ticks, int round_out);

/* Overwrites bytes [start, end) of mask with commas (a phrase break). */
void ra_window_blank(char *mask, size_t start, size_t end);

/*
 * Reads the formulas of mask (the request with its settings blanked) as
 * ra_read_functions() does and keeps the first max that depend on x, in
 * order, in out; the caller frees each with ra_expr_free(). Returns how
 * many. err (errlen bytes, starting empty) receives the parse error of a
 * formula written as "y = ..." that does not parse.
 */
int ra_window_formulas(const char *mask, ra_expr **out, int max, char *err,
                       size_t errlen);

#endif /* RA_PLAN_WINDOW_H */
