/*
 * ra_plan_series: Taylor (and Maclaurin) polynomials of a function the
 * request names: sin, cos, e^x, ln(1 + x) or 1/(1 - x), around 0 or a
 * centre the request gives ("around x = 1"), up to a degree it gives
 * ("up to degree 5", "with 4 terms"). The function is read by the
 * formula parser and recognised by its values; its Taylor coefficients,
 * the window of the plot (inside the radius of convergence), the y range
 * and where each polynomial stays inside the axes are computed here.
 */
#ifndef RA_PLAN_SERIES_H
#define RA_PLAN_SERIES_H

#include <stddef.h>

#include "ra_expr.h"
#include "ra_plan_window.h"
#include "ra_prompt.h"

#define RA_SERIES_MAX_DEGREE 20 /* highest degree a request may ask */
#define RA_SERIES_MAX_STAGES 6  /* polynomials shown one after another */

/* The functions whose Taylor coefficients are known here. */
typedef enum {
    RA_SERIES_SIN,      /* sin x */
    RA_SERIES_COS,      /* cos x */
    RA_SERIES_EXP,      /* e^x */
    RA_SERIES_LOG1P,    /* ln(1 + x) */
    RA_SERIES_GEOMETRIC /* 1/(1 - x) */
} ra_series_fn;

typedef struct ra_series_plan {
    ra_expr *f;                            /* the function as written; owned */
    ra_series_fn fn;                       /* which one it is */
    int fn_defaulted;                      /* none named: sin x is used */
    double centre;                         /* the point a of (x - a)^k */
    int degree;                            /* highest degree shown */
    double coef[RA_SERIES_MAX_DEGREE + 1]; /* c_k of (x - a)^k */
    double radius;                         /* of convergence (INFINITY) */
    int stage[RA_SERIES_MAX_STAGES];       /* degrees shown, increasing */
    int nstages;                           /* how many */
    double vis[RA_SERIES_MAX_STAGES][2];   /* x interval where each stays
                                              inside the axes */
    int range_given;                       /* the request gave the x range */
    int range_cut;                         /* ... and it was cut to the
                                              interval of convergence */
    double wlo, whi;                       /* x interval where f is drawn */
    ra_axis x, y;                          /* the axes */
    double probe;                          /* x where values are compared */
} ra_series_plan;

/*
 * Returns 1 if the request asks for Taylor or Maclaurin polynomials or
 * series ("taylor", "maclaurin", "power series", or "approximating ...
 * with polynomials"), else 0.
 */
int ra_series_asked(const ra_words *ws);

/*
 * Fills *sp from the request. Returns 0, or -1 with a sentence for a
 * person in why (size n): an unsupported function, degree or centre.
 * The caller frees with ra_series_plan_free() in both cases.
 */
int ra_plan_series(ra_series_plan *sp, const char *prompt, const ra_words *ws,
                   char *why, size_t n);

/* Returns the Taylor polynomial of degree `degree` at x. */
double ra_series_eval(const ra_series_plan *sp, int degree, double x);

/* Returns the function itself at x. */
double ra_series_f(const ra_series_plan *sp, double x);

/* Frees what the plan owns; the plan itself is the caller's. */
void ra_series_plan_free(ra_series_plan *sp);

#endif /* RA_PLAN_SERIES_H */
