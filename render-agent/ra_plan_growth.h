/*
 * ra_plan_growth: which of two functions grows faster ("compare 2^x and
 * x^2", "which grows faster, x^3 or e^x"). Both are read by the formula
 * parser; where they cross and which one is ahead in the end are found
 * numerically, scanning as far out as doubles reach; a near view shows
 * the crossings and a far view, chosen so that the winner is ten times
 * the loser or as far as the numbers stay drawable, shows who wins.
 */
#ifndef RA_PLAN_GROWTH_H
#define RA_PLAN_GROWTH_H

#include <stddef.h>

#include "ra_plan_plots.h"
#include "ra_prompt.h"

#define RA_GROWTH_MAX_CROSS 4 /* crossings listed; more are counted */
#define RA_GROWTH_SAME_RATE                                                   \
    0.1 /* relative lead below which the two                                  \
           functions grow alike */

typedef struct ra_growth_plan {
    ra_expr *f[2];                     /* the two functions; owned */
    int winner;                        /* 0 or 1: ahead in the end */
    double cross[RA_GROWTH_MAX_CROSS]; /* x where they cross, increasing */
    int ncross;                        /* how many are listed */
    int more_cross;                    /* crossings past the list */
    int range_given;                   /* the request gave the near view */
    int same_rate;                     /* at the far end the lead is under
                                          RA_GROWTH_SAME_RATE of their size: one is
                                          ahead, neither outgrows */
    ra_plot_plan view[2];              /* near and far view (formulas
                                          borrowed from f) */
} ra_growth_plan;

/*
 * Returns 1 if the request asks which of two functions grows faster:
 * it says grow, faster, eventually, overtake, dominate, beat or win, or
 * "compare" two functions that are not periodic. Else 0.
 */
int ra_growth_asked(const ra_words *ws);

/*
 * Fills *gp from the request. Returns 1 when it holds two functions and
 * the plan is made, 0 when it does not hold two functions (not this
 * topic), or -1 with a sentence for a person in why (size n). The caller
 * frees with ra_growth_plan_free() in every case.
 */
int ra_plan_growth(ra_growth_plan *gp, const char *prompt, const ra_words *ws,
                   char *why, size_t n);

/* Frees the formulas of the plan; the plan itself is the caller's. */
void ra_growth_plan_free(ra_growth_plan *gp);

#endif /* RA_PLAN_GROWTH_H */
