/*
 * ra_plan_fraction: numbers computed by the planners shown exactly when
 * they are simple fractions ("1/2", "\frac{7}{2}") and otherwise to 4
 * significant digits, for LaTeX labels and for explanations.
 */
#ifndef RA_PLAN_FRACTION_H
#define RA_PLAN_FRACTION_H

#include "mm_buf.h"

/*
 * Writes v as a fraction num/den in lowest terms with 1 <= den <= 1000
 * when it is one (to 1e-9). Returns 1 if so, else 0.
 */
int ra_fraction(double v, long *num, long *den);

/*
 * Appends v to b as LaTeX: "7", "-\frac{7}{2}", or 4 significant
 * digits; with_sign 0 leaves out the sign of a negative v.
 */
void ra_tex_number(mm_buf *b, double v, int with_sign);

/* Prints v for people into buf: "2", "-1/2" or "0.3333". Returns buf. */
const char *ra_text_number(char buf[32], double v);

#endif /* RA_PLAN_FRACTION_H */
