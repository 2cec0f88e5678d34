/*
 * ra_plan_curves: parametric curves ("x = cos(3t), y = sin(2t)", "the
 * parametric curve (t^2, t^3) for t from -2 to 2") and polar curves
 * ("r = 1 + cos(theta)", "a rose r = cos(4 theta)"), also a few named
 * ones (cardioid, rose, spiral, limacon, Lissajous figure, cycloid,
 * astroid, heart, lemniscate). The formulas are parsed by ra_expr with
 * the parameter t (or theta); the curve is sampled here to size the axes
 * with equal scales on both.
 */
#ifndef RA_PLAN_CURVES_H
#define RA_PLAN_CURVES_H

#include <stddef.h>

#include "ra_expr.h"
#include "ra_prompt.h"

typedef struct ra_curve_plan {
    int polar;        /* r = f(theta); else x = f(t), y = g(t) */
    ra_expr *e[2];    /* r, or x and y; owned */
    const char *name; /* a named curve ("cardioid"), static, or NULL */
    double t0, t1;    /* the parameter's interval */
    int range_given;  /* it was in the request */
    double xlo, xhi, ylo, yhi; /* the curve's extent */
    double rmax;               /* polar: the plane's radius */
    double step;               /* tick step of the axes */
    double unit; /* scene units per unit, the same on both axes */
    int colour;  /* colour reference of the curve */
} ra_curve_plan;

/*
 * Returns 1 if the request asks for a parametric or polar curve (it says
 * parametric or polar, writes "r = ...", writes both "x = ..." and
 * "y = ..." in t, or names such a curve), else 0.
 */
int ra_asks_curve(const char *prompt, const ra_words *ws);

/*
 * Fills *cp from the request. Returns 0, or -1 with a sentence for a
 * person in why (size n). Free with ra_curve_plan_free() either way.
 */
int ra_plan_curve(ra_curve_plan *cp, const char *prompt, const ra_words *ws,
                  char *why, size_t n);

/* Frees the formulas of *cp. */
void ra_curve_plan_free(ra_curve_plan *cp);

#endif /* RA_PLAN_CURVES_H */
