/*
 * ra_plan_sieve: the sieve of Eratosthenes on the numbers 1 to N ("sieve
 * of Eratosthenes", "primes up to 50", "which numbers below 30 are
 * prime", "the first 20 primes"). The bound is read from the request as
 * a number; the grid, the primes that sieve, what each of them crosses
 * out and the primes left are all computed here.
 */
#ifndef RA_PLAN_SIEVE_H
#define RA_PLAN_SIEVE_H

#include <stddef.h>

#include "ra_prompt.h"

#define RA_SIEVE_MIN 10           /* smallest N sieved */
#define RA_SIEVE_MAX 200          /* largest N sieved: a grid of small cells */
#define RA_SIEVE_PRIMES_IN_MAX 46 /* primes up to RA_SIEVE_MAX */
#define RA_SIEVE_DEFAULT 100      /* N when the request gives none */
#define RA_SIEVE_MAX_SIEVERS 6    /* primes up to sqrt(200): 2 .. 13 */

typedef struct ra_sieve_plan {
    int limit;      /* N: the numbers 1 .. N are sieved */
    int given;      /* N was read from the request (not the default) */
    int cols, rows; /* the grid, filled row by row */
    double cell;    /* side of one cell in scene units */
    int siever[RA_SIEVE_MAX_SIEVERS];   /* the primes p with p * p <= N */
    int crossed[RA_SIEVE_MAX_SIEVERS];  /* how many numbers each crosses
                                           out first */
    int n_sievers;                      /* how many */
    unsigned char by[RA_SIEVE_MAX + 1]; /* by[m]: index + 1 of the siever
                                           that crosses m out, 0 if m is
                                           1 or prime */
    int prime[RA_SIEVE_MAX];            /* the primes up to N, in order */
    int n_primes;                       /* how many */
} ra_sieve_plan;

/*
 * Returns 1 if the request is about the sieve of Eratosthenes: it says
 * sieve or Eratosthenes, or asks for the primes up to, below or between
 * numbers, or for the first k primes. Requests to prove something about
 * primes, to factor, or with no bound are not the sieve's: 0.
 */
int ra_sieve_asked(const ra_words *ws);

/*
 * Fills *sp from the request. Returns 0, or -1 with a sentence for a
 * person in why (size n) when N is outside RA_SIEVE_MIN..RA_SIEVE_MAX.
 */
int ra_plan_sieve(ra_sieve_plan *sp, const ra_words *ws, char *why, size_t n);

#endif /* RA_PLAN_SIEVE_H */
