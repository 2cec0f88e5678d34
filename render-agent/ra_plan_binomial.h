/*
 * ra_plan_binomial: the binomial distribution: the chance of k successes
 * in n independent trials ("binomial distribution with n = 20 and p =
 * 0.3", "10 coin flips", "roll a die 12 times, number of sixes"), with
 * the normal curve of the same mean and spread. n and p are read from
 * the request as numbers (a coin's heads 1/2, a die's face 1/6 unless p
 * is given); every probability, the mean, the standard deviation and the
 * axis are computed here.
 */
#ifndef RA_PLAN_BINOMIAL_H
#define RA_PLAN_BINOMIAL_H

#include <stddef.h>

#include "ra_prompt.h"

#define RA_BINOM_MAX_N 40     /* most trials drawn: bars stay readable */
#define RA_BINOM_DEFAULT_N 10 /* trials when the request gives none */
#define RA_BINOM_NORMAL_N                                                     \
    10 /* from this n the normal curve is drawn                               \
          unasked */

typedef enum {
    RA_BINOM_TRIALS, /* successes in n trials with probability p */
    RA_BINOM_COIN,   /* heads (or tails) in n coin flips */
    RA_BINOM_DIE     /* one face in n rolls of a die */
} ra_binom_story;

typedef struct ra_binom_plan {
    ra_binom_story story;            /* what the trials are */
    int n;                           /* how many trials */
    double p;                        /* chance of success in one */
    int n_given;                     /* n was read from the request */
    int p_given;                     /* p was read (not the coin's 1/2 or
                                        the die's 1/6) */
    int face;                        /* the face counted on a die, 1..6 */
    int tails;                       /* a coin counts tails, not heads */
    double prob[RA_BINOM_MAX_N + 1]; /* P(X = k) for k = 0..n */
    int mode;                        /* the most likely k */
    int asked_k;                     /* the k asked about ("exactly 3
                                        heads"), or -1 */
    double mean;                     /* np */
    double var;                      /* np(1 - p) */
    double sd;                       /* sqrt(np(1 - p)) */
    int normal;                      /* the normal curve is drawn */
    double ymax, ystep;              /* the probability axis */
    int ydecimals;                   /* decimals of its numbers */
    int kstep;                       /* a label under every kstep-th k */
} ra_binom_plan;

/*
 * Returns 1 if the request asks for a binomial distribution (not the
 * binomial theorem), or for the count of heads in a number of coin flips
 * or of one face in a number of rolls of a die; else 0.
 */
int ra_binom_asked(const ra_words *ws);

/*
 * Fills *bp from the request. Returns 0, or -1 with a sentence for a
 * person in why (size n) when n or p is out of range.
 */
int ra_plan_binomial(ra_binom_plan *bp, const char *prompt, const ra_words *ws,
                     char *why, size_t n);

#endif /* RA_PLAN_BINOMIAL_H */
