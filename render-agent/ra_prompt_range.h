/*
 * ra_prompt_range: reading the x range of a plot, and a point on the x
 * axis, out of the text of a request: "from -3 to 3", "for x between 0
 * and 2pi", "over [-pi, pi]", "with x in (0; 5)", "-1 <= x <= 2", "at
 * x = 1" and similar phrasings. The bounds are constants (numbers, pi,
 * * / ^ and parentheses) evaluated with the formula parser of ra_expr.
 */
#ifndef RA_PROMPT_RANGE_H
#define RA_PROMPT_RANGE_H

#include <stddef.h>

/*
 * Finds the first x range in `low` (the request, lower-cased) and blanks
 * it out of `mask` (a copy of the request as long as `low`) with commas,
 * so that it is not read as a formula. Sets *a < *b. Returns 1 if found,
 * 0 if not, -1 if it is unusable (shorter than 0.01 or beyond +-1000).
 */
int ra_find_range(const char *low, char *mask, double *a, double *b);

/*
 * Finds the first point on the x axis in `low` ("at x = 1", "where x is
 * pi/4", "at the point x = 2", "at -1", "at (1, 1)") and blanks it out of
 * `mask` as ra_find_range() does. Returns 1 with *a set, 0 if there is
 * none, -1 if it lies beyond +-1000.
 */
int ra_find_point(const char *low, char *mask, double *a);

/*
 * Reads a constant such as 3, -2.5, pi, -pi/2 or 2pi at *p of s (after
 * spaces) and evaluates it with the formula parser; only digits, signs,
 * . * / ^ ( ) and pi are taken. Returns 1 with *v finite and *p just past
 * it, or 0 with *p unchanged.
 */
int ra_read_constant(const char *s, size_t *p, double *v);

#endif /* RA_PROMPT_RANGE_H */
