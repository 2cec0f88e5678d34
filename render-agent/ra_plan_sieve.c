/*
 * ra_plan_sieve: the sieve of Eratosthenes. See ra_plan_sieve.h.
 */
#include "ra_plan_sieve.h"

#include <math.h>
#include <string.h>

/* Words before a number that make it the end of the range. */
static const char *const bound_words[] = {
    "to",   "below",   "under",   "than", "through", "until",
    "till", "upto",    "between", "and",  "up",      "within",
    "max",  "maximum", "limit",   "n",    NULL};

/* Words that ask for something about primes other than a sieve. */
static const char *const not_sieve_words[] = {
    "prove",     "proof",     "proofs",  "why",           "infinitely",
    "infinite",  "factor",    "factors", "factorization", "factorisation",
    "factorize", "factorise", "twin",    "spiral",        "gap",
    "gaps",      NULL};

/* Words before a number that exclude it from the range ("below 30"). */
static const char *const strict_words[] = {"below", "under", "than", NULL};

/* The index of the number that bounds the range, or -1. */
static int bound_index(const ra_words *ws)
{
    int i, best = -1;

    for (i = 1; i < ws->n; i++)
        if (ra_word_is(ws, i, "#") &&
            ra_in_list(ws->v[i - 1].w, bound_words) &&
            (best < 0 || ws->v[i].num > ws->v[best].num))
            best = i;
    return best;
}

/* A request to prove something is more than a scene can answer. */
static const char *const proof_words[] = {"prove", "proves", "proof", "proofs",
                                          NULL};

/* The index of k in "the first k primes", or -1. */
static int first_count_index(const ra_words *ws)
{
    int i;

    for (i = 1; i + 1 < ws->n; i++)
        if (ra_word_is(ws, i - 1, "first") && ra_word_is(ws, i, "#") &&
            (ra_word_stem(ws, i + 1, "prime") ||
             ra_word_stem(ws, i + 2, "prime")))
            return i;
    return -1;
}

/* The k-th prime, or a number past RA_SIEVE_MAX when it lies beyond. */
static double kth_prime(double k)
{
    int n, d, found = 0;

    if (k < 1 || k != floor(k))
        return k; /* refused as it stands */
    for (n = 2; n <= RA_SIEVE_MAX; n++) {
        for (d = 2; d * d <= n && n % d; d++)
            continue;
        if (d * d > n && ++found == k)
            return n;
    }
    return RA_SIEVE_MAX + 1;
}

int ra_sieve_asked(const ra_words *ws)
{
    static const char *const prime_words[] = {"prime", "primes", NULL};

    if (ra_words_has_any(ws, proof_words))
        return 0;
    if (ra_words_has_any(ws, (const char *const[]){"sieve", "sieving",
                                                   "eratosthenes", NULL}))
        return 1;
    return ra_words_has_any(ws, prime_words) &&
           !ra_words_has_any(ws, not_sieve_words) &&
           (bound_index(ws) >= 0 || first_count_index(ws) >= 0);
}

/*
 * N: the k-th prime for "the first k primes", the largest number after
 * a bound word ("up to 100", "1 to 120", "below 30" gives 29), else the
 * largest whole number written, else the default. *given tells whether the
 * request wrote N.
 */
static double read_limit(const ra_words *ws, int *given)
{
    int i = bound_index(ws), k;

    *given = 1;
    if (first_count_index(ws) >= 0) /* "the first 20 primes" */
        return kth_prime(ws->v[first_count_index(ws)].num);
    if (i > 0) /* a bound word comes before it */
        return ws->v[i].num -
               (ra_in_list(ws->v[i - 1].w, strict_words) ? 1 : 0);
    for (k = 0; k < ws->n; k++)
        if (ra_word_is(ws, k, "#") && ws->v[k].num >= 2 &&
            (i < 0 || ws->v[k].num > ws->v[i].num))
            i = k;
    if (i >= 0)
        return ws->v[i].num;
    *given = 0;
    return RA_SIEVE_DEFAULT;
}

/* Crosses out the multiples of each prime p with p * p <= N in turn. */
static void sieve(ra_sieve_plan *sp)
{
    int m, p;

    for (p = 2; p * p <= sp->limit; p++) {
        if (sp->by[p] || sp->n_sievers >= RA_SIEVE_MAX_SIEVERS)
            continue;
        sp->siever[sp->n_sievers++] = p;
        for (m = 2 * p; m <= sp->limit; m += p)
            if (!sp->by[m]) {
                sp->by[m] = (unsigned char)sp->n_sievers;
                sp->crossed[sp->n_sievers - 1]++;
            }
    }
    for (m = 2; m <= sp->limit; m++)
        if (!sp->by[m])
            sp->prime[sp->n_primes++] = m;
}

/* Ten to a row up to 100, then up to 20 columns of about ten rows. */
static void layout(ra_sieve_plan *sp)
{
    sp->cols = sp->limit <= 100 ? 10 : (sp->limit + 9) / 10;
    sp->rows = (sp->limit + sp->cols - 1) / sp->cols;
    sp->cell = fmin(0.62, fmin(8.4 / sp->cols, 6.6 / sp->rows) - 0.04);
}

int ra_plan_sieve(ra_sieve_plan *sp, const ra_words *ws, char *why, size_t n)
{
    double limit;

    memset(sp, 0, sizeof(*sp));
    limit = read_limit(ws, &sp->given);
    if (limit != floor(limit) || limit < RA_SIEVE_MIN || limit > RA_SIEVE_MAX)
        return ra_plan_refuse(
            why, n,
            "The sieve of Eratosthenes is animated on a grid of the "
            "numbers 1 to N, for a whole number N from %d to %d (\"the "
            "primes up to 100\"), so up to the first %d primes.",
            RA_SIEVE_MIN, RA_SIEVE_MAX, RA_SIEVE_PRIMES_IN_MAX);
    sp->limit = (int)limit;
    sieve(sp);
    layout(sp);
    return 0;
}
