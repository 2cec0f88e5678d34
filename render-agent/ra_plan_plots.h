/*
 * ra_plan_plots: reading the functions of a plot request ("plot y = x^2
 * and sin(x)", "graph a sine wave in red", "f(x) = e^x") into a plan:
 * up to RA_MAX_FUNCS formulas with their labels and colours. The x range
 * is read by ra_prompt_range, the axes and visible pieces are chosen by
 * ra_plot_axes.
 */
#ifndef RA_PLAN_PLOTS_H
#define RA_PLAN_PLOTS_H

#include <stddef.h>

#include "ra_expr.h"
#include "ra_prompt.h"

#define RA_MAX_FUNCS 4 /* functions in one plot; the rest are dropped */
#define RA_MAX_SEGS 24 /* visible pieces of one curve */

typedef struct ra_plot_fn {
    ra_expr *e;                 /* the formula; owned */
    int colour;                 /* colour reference */
    char name;                  /* label: 'y' for y = ..., else f(x) = ... */
    double seg[RA_MAX_SEGS][2]; /* x intervals where it is drawn */
    int nseg;                   /* how many */
} ra_plot_fn;

typedef struct ra_plot_plan {
    ra_plot_fn f[RA_MAX_FUNCS]; /* the functions */
    int n;                      /* how many */
    int dropped;                /* functions beyond RA_MAX_FUNCS */
    int range_given;            /* the request gave the x range */
    int y_zero;                 /* the y axis must reach y = 0 */
    double a, b;                /* x interval of the graphs */
    double xlo, xhi, xstep;     /* x axis */
    double ylo, yhi, ystep;     /* y axis */
} ra_plot_plan;

/*
 * Reads every function of `mask` (the request with its x range blanked
 * out) into pl, one per piece between commas, "and", "vs", ...: an
 * explicit "y = ..." or "f(x) = ...", else the longest run of words that
 * is a formula in x, else a function named in words ("a sine wave"). A
 * colour word in the piece colours the curve. Functions past
 * RA_MAX_FUNCS are counted in pl->dropped. Returns pl->n. err must
 * start empty; it receives the parse error of the first explicit right
 * side that does not parse as a whole, for the refusal when no function
 * is found.
 */
int ra_read_functions(ra_plot_plan *pl, const char *mask, char *err,
                      size_t errlen);

/* Returns 1 if the request holds "y = ..." or "f(x) = ...", else 0. */
int ra_has_function_equation(const char *s);

/*
 * Returns 1 if the request asks for more than curves (tangent lines,
 * areas, derivatives, integrals, vectors, ...), which the offline
 * generator refuses honestly; else 0.
 */
int ra_needs_more_than_curves(const ra_words *ws);

/* Frees the formulas of *pl and pl itself (from calloc); not NULL. */
void ra_plot_plan_free(ra_plot_plan *pl);

#endif /* RA_PLAN_PLOTS_H */
