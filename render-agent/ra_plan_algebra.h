/*
 * ra_plan_algebra: solving a linear equation in one unknown step by step
 * ("solve 2x + 3 = 7 step by step", "solve for y: 5y - 4 = 2y + 8",
 * "solve 3(x - 2) = 12"). The equation is read with ra_expr's parser,
 * each side is checked to be linear by evaluating it, brought to the form
 * a v + b = c v + d, and the steps (simplify, move the unknown, move the
 * constant, divide, check) are computed here in C.
 */
#ifndef RA_PLAN_ALGEBRA_H
#define RA_PLAN_ALGEBRA_H

#include <stddef.h>

#include "ra_expr.h"
#include "ra_prompt.h"

#define RA_ALG_MAX_STEPS 7 /* lines of one solution */

typedef enum {
    RA_STEP_WRITTEN,  /* the equation as written */
    RA_STEP_SIMPLIFY, /* both sides expanded and collected */
    RA_STEP_SWAP,     /* the sides swapped: the unknown was on the right */
    RA_STEP_MOVE_VAR, /* amount * v taken from both sides */
    RA_STEP_MOVE_ONE, /* amount taken from both sides */
    RA_STEP_DIVIDE,   /* both sides divided by amount */
    RA_STEP_VERDICT   /* no solution, or every number is one */
} ra_step_op;

typedef struct ra_alg_step {
    ra_step_op op; /* how the line follows from the one before */
    double amount; /* the term moved or the divisor */
    double l[2];   /* left side l[0] v + l[1] */
    double r[2];   /* right side r[0] v + r[1] */
} ra_alg_step;

typedef enum {
    RA_LIN_ONE,  /* exactly one solution */
    RA_LIN_NONE, /* no solution */
    RA_LIN_ALL   /* every number solves it */
} ra_lin_outcome;

typedef struct ra_alg_plan {
    ra_expr *side[2];                   /* as written; owned */
    char var[10];                       /* the unknown's plain name */
    char var_tex[16];                   /* its LaTeX */
    ra_lin_outcome outcome;             /* how many solutions */
    double solution;                    /* for RA_LIN_ONE */
    ra_alg_step step[RA_ALG_MAX_STEPS]; /* the lines */
    int nstep;                          /* how many */
} ra_alg_plan;

/* Returns 1 if the request asks to solve something, else 0. */
int ra_asks_to_solve(const ra_words *ws);

/*
 * Fills *ap from the equation in the request. Returns 0; 1 when the
 * request holds no equation; or -1 with a sentence for a person in why
 * (size n) when it is not a linear equation in one unknown. Free with
 * ra_alg_plan_free() whatever it returns.
 */
int ra_plan_algebra(ra_alg_plan *ap, const char *prompt, char *why, size_t n);

/* Frees the trees of *ap. */
void ra_alg_plan_free(ra_alg_plan *ap);

#endif /* RA_PLAN_ALGEBRA_H */
