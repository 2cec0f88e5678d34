/*
 * ra_plan_binomial: the binomial distribution. See ra_plan_binomial.h.
 */
#include "ra_plan_binomial.h"

#include <math.h>
#include <string.h>

#include "ra_prompt_range.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

static const char *const coin_words[] = {"coin", "coins", "heads", "tails",
                                         NULL};
static const char *const die_words[] = {"die", "dice", NULL};

/* Words a count of trials is followed by ("10 flips", "8 coin tosses"). */
static const char *const trial_words[] = {
    "flip",   "flips",    "flipped", "toss",  "tosses", "tossed", "throw",
    "throws", "roll",     "rolls",   "times", "trial",  "trials", "tries",
    "coins",  "attempts", "shots",   "games", "dice",   NULL};

/* Words that throw a coin or a die. */
static const char *const thrown_words[] = {
    "flip",   "flips",   "flipped", "flipping", "toss",   "tosses",
    "tossed", "tossing", "throw",   "throws",   "thrown", "throwing",
    "roll",   "rolls",   "rolled",  "rolling",  NULL};

/* The binomial theorem and its relatives are equations, not this. */
static const char *const theorem_words[] = {
    "theorem",      "expansion", "expand",  "expanding", "coefficient",
    "coefficients", "pascal",    "formula", "series",    NULL};

static const char *const distribution_words[] = {
    "distribution",  "distributions", "probability",
    "probabilities", "random",        "pmf",
    "histogram",     "trials",        NULL};

/* The index of the number that counts the trials, or -1. */
static int trials_index(const ra_words *ws)
{
    int i, j;

    for (i = 0; i + 1 < ws->n; i++) {
        if (ra_word_is(ws, i, "n") && ra_word_is(ws, i + 1, "#"))
            return i + 1;
        if (!ra_word_is(ws, i, "#"))
            continue;
        for (j = i + 1; j < ws->n && j <= i + 2; j++)
            if (ra_in_list(ws->v[j].w, trial_words))
                return i;
    }
    return -1;
}

/* A request to prove something is more than a scene can answer. */
static const char *const proof_words[] = {"prove", "proves", "proof", "proofs",
                                          NULL};

int ra_binom_asked(const ra_words *ws)
{
    if (ra_words_has_any(ws, proof_words))
        return 0;
    if (ra_words_has_any(ws, (const char *const[]){"binomial", NULL}))
        return ra_words_has_any(ws, distribution_words) ||
               !ra_words_has_any(ws, theorem_words);
    /* a coin or a die thrown a number of times, not once, nor "3 dice"
     * to draw */
    if (!ra_words_has_any(ws, coin_words) && !ra_words_has_any(ws, die_words))
        return 0;
    return trials_index(ws) >= 0 &&
           (ra_words_has_any(ws, distribution_words) ||
            ra_words_has_any(ws, thrown_words) ||
            ra_words_has_any(
                ws, (const char *const[]){"heads", "tails", "number", NULL}));
}

/* The value written at word i, read as a constant (so "1/6" is 1/6). */
static double value_at(const char *prompt, const ra_words *ws, int i)
{
    size_t p = ws->v[i].start;
    double v;

    return ra_read_constant(prompt, &p, &v) ? v : ws->v[i].num;
}

/*
 * p: after "p" or "probability" (", of success is" in between), or a
 * percentage, or else a number between 0 and 1. Returns 1 if found.
 */
static int read_p(const char *prompt, const ra_words *ws, int n_at, double *p)
{
    int i, j;

    for (i = 0; i < ws->n; i++) {
        if (!ra_word_is(ws, i, "p") && !ra_word_stem(ws, i, "probabilit") &&
            !ra_word_is(ws, i, "chance"))
            continue;
        for (j = i + 1; j < ws->n && j <= i + 4; j++) {
            double v = value_at(prompt, ws, j);

            if (!ra_word_is(ws, j, "#") || j == n_at)
                continue;
            if (ra_word_is(ws, j + 1, "percent"))
                v /= 100;
            if (v >= 1 && ra_word_is(ws, i, "probability"))
                continue; /* "the probability of exactly 3 heads" */
            *p = v;
            return 1;
        }
    }
    for (i = 0; i < ws->n; i++)
        if (ra_word_is(ws, i, "#") && ra_word_is(ws, i + 1, "percent")) {
            *p = ws->v[i].num / 100;
            return 1;
        }
    for (i = 0; i < ws->n; i++)
        if (ra_word_is(ws, i, "#") && i != n_at &&
            value_at(prompt, ws, i) > 0 && value_at(prompt, ws, i) < 1) {
            *p = value_at(prompt, ws, i);
            return 1;
        }
    return 0;
}

/* The face a die request counts ("number of sixes", "rolling a 3"). */
static int read_face(const ra_words *ws)
{
    static const char *const plural[] = {"ones",  "twos",  "threes", "fours",
                                         "fives", "sixes", NULL};
    static const char *const single[] = {"one",  "two", "three", "four",
                                         "five", "six", NULL};
    int i, k;

    for (i = 0; i < ws->n; i++)
        for (k = 0; k < 6; k++)
            if (ra_word_is(ws, i, plural[k]) ||
                (ra_word_is(ws, i, single[k]) && i > 0 &&
                 ra_in_list(ws->v[i - 1].w,
                            (const char *const[]){"a", "each", NULL})))
                return k + 1;
    return 6;
}

/* k of "exactly 3 heads", "at 2 sixes": a whole number before what is
 * counted or after "exactly"; -1 if none. */
static int read_asked_k(const ra_words *ws, int n_at)
{
    static const char *const counted[] = {
        "heads", "tails", "ones",      "twos",    "threes", "fours",
        "fives", "sixes", "successes", "success", NULL};
    int i;

    for (i = 0; i + 1 < ws->n; i++)
        if (i != n_at && ra_word_is(ws, i, "#") &&
            ws->v[i].num == floor(ws->v[i].num) &&
            (ra_in_list(ws->v[i + 1].w, counted) ||
             (i > 0 && ra_word_is(ws, i - 1, "exactly"))))
            return ws->v[i].num >= 0 && ws->v[i].num <= 1e6 ? (int)ws->v[i].num
                                                            : -1;
    return -1;
}

/* The story, n and p as the request gives them, with their defaults. */
static void read_request(ra_binom_plan *bp, const char *prompt,
                         const ra_words *ws)
{
    int at = trials_index(ws);

    bp->story = ra_words_has_any(ws, die_words)    ? RA_BINOM_DIE
                : ra_words_has_any(ws, coin_words) ? RA_BINOM_COIN
                                                   : RA_BINOM_TRIALS;
    if (!ra_words_has_any(
            ws, (const char *const[]){"die", "dice", "coin", "coins", NULL}) &&
        ra_words_has_stem(ws, "flip"))
        bp->story = RA_BINOM_COIN; /* "10 flips" */
    bp->n_given = at >= 0;
    bp->n = RA_BINOM_DEFAULT_N;
    bp->p = bp->story == RA_BINOM_DIE ? 1.0 / 6 : 0.5;
    if (bp->n_given) {
        double v = ws->v[at].num;

        bp->n = v == floor(v) && fabs(v) <= 1e6 ? (int)v : -1;
    }
    bp->p_given = read_p(prompt, ws, at, &bp->p);
    bp->face = read_face(ws);
    bp->asked_k = read_asked_k(ws, at);
    bp->tails = ra_words_has_any(ws, (const char *const[]){"tails", NULL}) &&
                !ra_words_has_any(ws, (const char *const[]){"heads", NULL});
    bp->normal = bp->n >= RA_BINOM_NORMAL_N ||
                 ra_words_has_any(ws, (const char *const[]){
                                          "normal", "bell", "gaussian",
                                          "curve", "approximation", NULL});
}

/* P(X = k) = C(n, k) p^k (1 - p)^(n - k) for every k. C(n, k) is built
 * up a factor at a time: for n <= 40 it stays an exact whole number in a
 * double (C(40, 20) is about 1.4e11). */
static void compute(ra_binom_plan *bp)
{
    double choose = 1;
    int k;

    for (k = 0; k <= bp->n; k++) {
        bp->prob[k] = choose * pow(bp->p, k) * pow(1 - bp->p, bp->n - k);
        if (bp->prob[k] > bp->prob[bp->mode])
            bp->mode = k;
        choose = choose * (bp->n - k) / (k + 1);
    }
    bp->mean = bp->n * bp->p;
    bp->var = bp->mean * (1 - bp->p);
    bp->sd = sqrt(bp->var);
}

/* The probability axis: up to six steps of 0.01 .. 0.5 over the top. */
static void axis(ra_binom_plan *bp)
{
    static const double steps[] = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5};
    double top = bp->prob[bp->mode];
    size_t i;

    if (bp->normal)
        top = fmax(top, 1 / (bp->sd * sqrt(2 * M_PI)));
    top *= 1.05;
    for (i = 0; i + 1 < sizeof(steps) / sizeof(steps[0]); i++)
        if (ceil(top / steps[i] - 1e-9) <= 6)
            break;
    bp->ystep = steps[i];
    bp->ymax = bp->ystep * ceil(top / bp->ystep - 1e-9);
    bp->ydecimals = bp->ystep < 0.1 ? 2 : 1;
    bp->kstep = bp->n <= 12 ? 1 : bp->n <= 25 ? 2 : 5;
}

int ra_plan_binomial(ra_binom_plan *bp, const char *prompt, const ra_words *ws,
                     char *why, size_t n)
{
    memset(bp, 0, sizeof(*bp));
    read_request(bp, prompt, ws);
    if (bp->n < 1 || bp->n > RA_BINOM_MAX_N)
        return ra_plan_refuse(why, n,
                              "The binomial distribution is drawn for a "
                              "whole number of trials n from 1 to %d "
                              "(\"binomial distribution with n = 20 and "
                              "p = 0.3\").",
                              RA_BINOM_MAX_N);
    if (!(bp->p > 0 && bp->p < 1))
        return ra_plan_refuse(why, n,
                              "The chance of success p of a binomial "
                              "distribution must lie strictly between 0 "
                              "and 1 (\"p = 0.3\", \"30%%\").");
    if (bp->asked_k > bp->n)
        bp->asked_k = -1; /* "exactly 12 heads" in 10 flips: none asked */
    compute(bp);
    axis(bp);
    return 0;
}
