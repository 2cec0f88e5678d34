/*
 * ra_plan_numberline: requests about the number line: arithmetic shown
 * as jumps ("show 3 + 4 on a number line", "7 minus 3", "subtract 2 from
 * 5", "3 times 4", "12 divided by 3"), counting ("count from 1 to 10", "skip
 * count by 5s to 50", "count backwards from 10") and marking numbers ("a
 * number line from -5 to 5 with -3, 1/2 and 2 marked"). Only numbers leave the
 * request; the line's range and ticks and every jump are planned here.
 */
#ifndef RA_PLAN_NUMBERLINE_H
#define RA_PLAN_NUMBERLINE_H

#include <stddef.h>

#include "ra_prompt.h"

#define RA_NL_MAX_HOPS 20 /* jumps in one scene */
#define RA_NL_MAX_MARKS 8 /* numbers marked on one line */

typedef enum {
    RA_NL_PLAIN, /* just the line */
    RA_NL_MARK,  /* numbers marked on it */
    RA_NL_ADD,   /* a + b */
    RA_NL_SUB,   /* a - b */
    RA_NL_MUL,   /* a times b, as a jumps of b from 0 */
    RA_NL_DIV,   /* a divided by b, as jumps of b back from a to 0 */
    RA_NL_COUNT  /* from a to b in steps */
} ra_nl_kind;

typedef struct ra_nl_plan {
    ra_nl_kind kind;               /* what is shown */
    double a, b;                   /* the operands; where counting
                                      starts and ends */
    double result;                 /* a + b, a - b, a * b */
    double step;                   /* the size of one counting step */
    double hop[RA_NL_MAX_HOPS][2]; /* the jumps: from, to */
    int nhop;                      /* how many */
    double mark[RA_NL_MAX_MARKS];  /* numbers to mark */
    int nmark;                     /* how many */
    double lo, hi, tick;           /* the line's range and tick step */
    int decimals;                  /* decimals of the tick labels */
} ra_nl_plan;

/*
 * Returns 1 if the request is about the number line, counting or simple
 * arithmetic (add, subtract, plus, minus, times, ...), else 0.
 */
int ra_asks_number_line(const ra_words *ws);

/*
 * Fills *np from the request. Returns 0; 1 when nothing on a number line
 * was found (no numbers); or -1 with a sentence for a person in why
 * (size n) when the numbers cannot be shown (too many jumps, too large).
 */
int ra_plan_number_line(ra_nl_plan *np, const char *prompt, const ra_words *ws,
                        char *why, size_t n);

#endif /* RA_PLAN_NUMBERLINE_H */
