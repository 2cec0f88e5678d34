/*
 * ra_plan_quadratic_read: finding a quadratic written in a request
 * ("solve x^2 + 6x + 5 = 0 by completing the square", "factor x^2 + 5x +
 * 6", "the zeros of y = x^2 - 4", "(x - 1)(x + 2) = 0"). Every window of
 * whole words made of formula characters is parsed with ra_expr's parser
 * (any letter a variable) and read as a x^2 + b x + c in one unknown by
 * evaluating it; the longest window that is one, and is not cut out of a
 * longer formula, wins. Nothing of the request is kept but the parsed
 * trees.
 */
#ifndef RA_PLAN_QUADRATIC_READ_H
#define RA_PLAN_QUADRATIC_READ_H

#include <stddef.h>

#include "ra_expr.h"

/* Largest coefficient read; the planner sets its own, smaller limit. */
#define RA_QD_READ_LIMIT 1e12

/* A quadratic found in the request. */
typedef struct ra_qd_found {
    ra_expr *side[2]; /* owned; side[1] NULL for an expression, or for
                         "y = ..." (side[0] is then the right side) */
    char var[10];     /* the unknown's plain name */
    double k[3];      /* a, b, c of a x^2 + b x + c = 0, a != 0 */
    size_t len;       /* bytes of the window it was read from */
} ra_qd_found;

/*
 * Finds the longest quadratic equation or expression in one unknown
 * written in the request. Returns 0 with *f filled (free it with
 * ra_qd_found_free()), or -1 with nothing to free.
 */
int ra_qd_find(const char *prompt, ra_qd_found *f);

/* Frees the trees of *f. */
void ra_qd_found_free(ra_qd_found *f);

#endif /* RA_PLAN_QUADRATIC_READ_H */
