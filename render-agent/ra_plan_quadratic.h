/*
 * ra_plan_quadratic: quadratic equations solved step by step ("solve
 * x^2 + 6x + 5 = 0 by completing the square", "use the quadratic formula
 * to solve x^2 - x - 2 = 0", "factor x^2 + 5x + 6", "find the roots of
 * x^2 - 4"). The quadratic is found in the request with ra_expr's parser,
 * brought to the standard form a x^2 + b x + c = 0 by evaluating it, and
 * everything the scene shows is computed here: the method, the exact
 * roots (P +- Q sqrt(R)) / S when the coefficients are simple fractions,
 * the factors, the vertex and the axes of the graph.
 */
#ifndef RA_PLAN_QUADRATIC_H
#define RA_PLAN_QUADRATIC_H

#include <stddef.h>

#include "ra_expr.h"
#include "ra_prompt.h"

typedef enum {
    RA_QD_FACTOR, /* factoring: rational roots */
    RA_QD_SQUARE, /* completing the square */
    RA_QD_FORMULA /* the quadratic formula */
} ra_qd_method;

typedef struct ra_qd_plan {
    ra_expr *side[2];        /* the equation as written; owned; side[1]
                                is NULL for an expression ("= 0") */
    int standard;            /* what is written is already a x^2+bx+c = 0 */
    char var[10];            /* the unknown's plain name */
    char var_tex[16];        /* its LaTeX */
    double a, b, c;          /* the standard form a x^2 + b x + c = 0 */
    ra_qd_method method;     /* how it is solved */
    int method_named;        /* the request named the method */
    int factor_failed;       /* factoring was asked but the roots are not
                                rational: the formula is used */
    int factor_expression;   /* "factor x^2 + 5x + 6": no equation */
    int graph;               /* draw the parabola and its roots */
    int defaulted;           /* no quadratic was written: an example */
    double disc;             /* b^2 - 4ac */
    int nreal;               /* distinct real roots: 0, 1 or 2 */
    double root[2];          /* the real roots, root[0] <= root[1] */
    double re, im;           /* complex roots re +- im i (nreal == 0) */
    int exact;               /* the integer form below is known */
    long long A, B, C;       /* a, b, c times one factor: whole numbers
                                with no common divisor, A > 0 */
    long long P, Q, R, S;    /* roots (P +- Q sqrt(R)) / S, R square-free,
                                S > 0; times i for a negative
                                discriminant; R == 1: rational */
    long long KQ, KS;        /* completing the square: the square root of
                                |(b/2a)^2 - c/a| is KQ sqrt(R) / KS */
    long fnum[2], fden[2];   /* rational roots num/den in lowest terms
                                (method factor), fnum[0]/fden[0] first */
    double lead;             /* a / (fden[0] fden[1]): factored form is
                                lead (fden[0] x - fnum[0]) (...) */
    double xv, yv;           /* the vertex */
    double xlo, xhi, xstep;  /* x axis */
    double ylo, yhi, ystep;  /* y axis */
    double plot_lo, plot_hi; /* where the parabola is inside the axes */
} ra_qd_plan;

/*
 * Fills *qp from the request. Returns 0; 1 when the request is not
 * about a quadratic (nothing to free); or -1 with a sentence for a person
 * in why (size n). Free with ra_qd_plan_free() whatever it returns.
 */
int ra_plan_quadratic(ra_qd_plan *qp, const char *prompt, const ra_words *ws,
                      char *why, size_t n);

/* Frees the trees of *qp. */
void ra_qd_plan_free(ra_qd_plan *qp);

/* Returns a x^2 + b x + c at x. */
double ra_qd_eval(const ra_qd_plan *qp, double x);

#endif /* RA_PLAN_QUADRATIC_H */
