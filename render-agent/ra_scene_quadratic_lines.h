/*
 * ra_scene_quadratic_lines: the lines of a quadratic's solution (planned by
 * ra_plan_quadratic) as LaTeX, each split at its relation sign so the
 * scene can line the signs up, with what was done written beside it for
 * people; and the polynomial, roots and factors as LaTeX and plain text,
 * shared by the scene and its explanation.
 */
#ifndef RA_SCENE_QUADRATIC_LINES_H
#define RA_SCENE_QUADRATIC_LINES_H

#include "mm_buf.h"
#include "ra_plan_quadratic.h"

#define RA_QD_MAX_LINES 9 /* lines of one solution */

typedef struct ra_qd_line {
    mm_buf lhs;  /* LaTeX left of the relation */
    mm_buf rel;  /* "=" or "\approx" */
    mm_buf rhs;  /* LaTeX right of it */
    mm_buf note; /* what was done, plain text */
} ra_qd_line;

typedef struct ra_qd_lines {
    ra_qd_line line[RA_QD_MAX_LINES]; /* in order */
    int n;                            /* how many */
} ra_qd_lines;

/* Writes the lines of qp's solution into *ls (freed by ra_qd_lines_free). */
void ra_qd_lines_build(ra_qd_lines *ls, const ra_qd_plan *qp);

/* Frees the buffers of *ls. */
void ra_qd_lines_free(ra_qd_lines *ls);

/* Appends a x^2 + b x + c in the unknown as LaTeX ("x^{2} + 6x + 5"). */
void ra_qd_tex_poly(mm_buf *t, const char *var_tex, double a, double b,
                    double c);

/* Appends a x^2 + b x + c as plain text ("x^2 + 6x + 5"). */
void ra_qd_text_poly(mm_buf *t, const char *var, double a, double b, double c);

/*
 * Appends the roots for people: "x = -1 and x = -5", "x = -3 +/- sqrt(2)
 * (about ...)", in the order the last line shows them.
 */
void ra_qd_text_roots(mm_buf *t, const ra_qd_plan *qp);

/*
 * Returns 1 if a quadratic expression is factored by splitting its
 * middle term and grouping (whole coefficients, no common factor, two
 * roots, none 0), else 0.
 */
int ra_qd_splits_middle(const ra_qd_plan *qp);

/* Appends the factored form (method factor) as plain text. */
void ra_qd_text_factored(mm_buf *t, const ra_qd_plan *qp);

#endif /* RA_SCENE_QUADRATIC_LINES_H */
