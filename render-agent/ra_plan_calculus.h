/*
 * ra_plan_calculus: requests about one curve that need calculus: the
 * tangent line at a point ("the tangent to y = x^2 at x = 1"), a secant
 * line through two points, the area under a curve or between two curves
 * over an interval, and Riemann sums with n left, right or midpoint
 * rectangles. The function and the axes are read as for a plot
 * (ra_plan_plots, ra_plot_axes); every number shown (slopes, areas, sums)
 * is computed here in C, by central differences and Simpson's rule.
 */
#ifndef RA_PLAN_CALCULUS_H
#define RA_PLAN_CALCULUS_H

#include <stddef.h>

#include "ra_plan_plots.h"
#include "ra_prompt.h"

#define RA_CALC_MAX_RECTS 100 /* most Riemann rectangles drawn */

typedef enum {
    RA_CALC_NONE = -1,
    RA_CALC_TANGENT,
    RA_CALC_SECANT,
    RA_CALC_AREA,
    RA_CALC_RIEMANN
} ra_calc_kind;

typedef enum { RA_SAMPLE_LEFT, RA_SAMPLE_RIGHT, RA_SAMPLE_MID } ra_sample_kind;

typedef struct ra_calc_plan {
    ra_calc_kind kind;     /* what is shown */
    ra_plot_plan *pl;      /* the function(s) and the axes; owned */
    double x0, x1;         /* tangent point x0; secant points or the
                              interval of an area or a sum */
    double y0, y1;         /* f(x0), f(x1) */
    double slope;          /* of the tangent or the secant */
    double line[2][2];     /* ends (x, y) of that line inside the axes */
    int between;           /* area between pl->f[0] and pl->f[1] */
    int interval_given;    /* the interval was in the request */
    double integral;       /* of f (or f - g) over [x0, x1] */
    int n;                 /* Riemann rectangles */
    int n_fine;            /* rectangles of the refined sum (0: none) */
    ra_sample_kind sample; /* where each rectangle meets the curve */
    double sum, sum_fine;  /* the Riemann sums with n and n_fine */
    int secant_limit;      /* a tangent reached by secants through x0 and
                              x0 + h as h goes to 0 */
    double h0;             /* the first h of those secants (either sign) */
} ra_calc_plan;

/*
 * Returns what calculus the request asks for, from its words: Riemann
 * sums, a tangent line, a secant line, an area or definite integral; or
 * RA_CALC_NONE.
 */
ra_calc_kind ra_calc_kind_of(const ra_words *ws);

/*
 * Fills *cp for a request of the given kind. Returns 0; 1 when it is not
 * such a request after all (no function, an integral without bounds:
 * another planner may take it); or -1 with a sentence for a person in
 * why (size n) when it cannot be drawn. cp->pl is set (and owned) in
 * every case; free with ra_calc_plan_free().
 */
int ra_plan_calculus(ra_calc_plan *cp, ra_calc_kind kind, const char *prompt,
                     const ra_words *ws, char *why, size_t n);

/* Frees what *cp owns; NULL members are allowed. */
void ra_calc_plan_free(ra_calc_plan *cp);

#endif /* RA_PLAN_CALCULUS_H */
