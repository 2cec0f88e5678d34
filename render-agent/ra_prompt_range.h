/*
 * ra_prompt_range: reading the x range of a plot out of the text of a
 * request: "from -3 to 3", "for x between 0 and 2pi", "over [-pi, pi]",
 * "with x in (0; 5)", "-1 <= x <= 2" and similar phrasings. The bounds
 * are constants (numbers, pi, * / ^ and parentheses) evaluated with the
 * formula parser of ra_expr.
 */
#ifndef RA_PROMPT_RANGE_H
#define RA_PROMPT_RANGE_H

/*
 * Finds the first x range in `low` (the request, lower-cased) and blanks
 * it out of `mask` (a copy of the request as long as `low`) with commas,
 * so that it is not read as a formula. Sets *a < *b. Returns 1 if found,
 * 0 if not, -1 if it is unusable (shorter than 0.01 or beyond +-1000).
 */
int ra_find_range(const char *low, char *mask, double *a, double *b);

#endif /* RA_PROMPT_RANGE_H */
