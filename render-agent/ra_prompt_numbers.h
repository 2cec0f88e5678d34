/*
 * ra_prompt_numbers: groups of numbers written in a request: vectors
 * such as [2, 1], (3, -2) or <1, 4>, and 2x2 matrices such as
 * [[1, 2], [3, 4]], ((0, -1), (1, 0)) or [1 2; 3 4]. Every number is a
 * constant read by ra_read_constant (3, -2.5, pi/2, ...), so only values
 * leave the request, never its text.
 */
#ifndef RA_PROMPT_NUMBERS_H
#define RA_PROMPT_NUMBERS_H

#include "ra_prompt.h"

#define RA_TUPLE_MAX 3 /* numbers in one vector */

typedef struct ra_tuple {
    double v[RA_TUPLE_MAX]; /* the numbers */
    int n;                  /* how many: 2 or 3 */
    ra_span at;             /* where it is written, brackets included */
} ra_tuple;

/*
 * Finds the vectors of 2 or 3 numbers in brackets in s, in order, up to
 * max of them. Returns how many were stored in out.
 */
int ra_find_tuples(const char *s, ra_tuple *out, int max);

/*
 * Finds the first 2x2 matrix written in s. Returns 1 with m set (m[row]
 * [column]) and *at its span, or 0 when there is none.
 */
int ra_find_matrix(const char *s, double m[2][2], ra_span *at);

#endif /* RA_PROMPT_NUMBERS_H */
