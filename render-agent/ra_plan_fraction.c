/*
 * ra_plan_fraction: exact fractions for display. See ra_plan_fraction.h.
 */
#include "ra_plan_fraction.h"

#include <math.h>
#include <stdio.h>

#define FRACTION_LIMIT 1e9 /* larger numbers are never fractions here */

int ra_fraction(double v, long *num, long *den)
{
    long d;
    double n;

    if (!isfinite(v) || fabs(v) > FRACTION_LIMIT)
        return 0;
    for (d = 1; d <= 1000; d++) {
        n = nearbyint(v * d);
        if (fabs(n / d - v) <= 1e-9 * fmax(1.0, fabs(v))) {
            *num = (long)n;
            *den = d;
            return 1;
        }
    }
    return 0;
}

/* 4 significant digits, whole numbers in full. */
static void digits(char buf[32], double v)
{
    if (fabs(v) >= 1e4 && fabs(v) < 1e15)
        snprintf(buf, 32, "%.0f", v);
    else
        snprintf(buf, 32, "%.4g", v);
}

void ra_tex_number(mm_buf *b, double v, int with_sign)
{
    long num, den;
    char buf[32];
    double a = fabs(v);

    if (with_sign && v < 0 && a > 1e-12)
        mm_buf_puts(b, "-");
    if (ra_fraction(a, &num, &den) && den == 1) {
        mm_buf_printf(b, "%ld", num);
    } else if (ra_fraction(a, &num, &den)) {
        mm_buf_printf(b, "\\frac{%ld}{%ld}", num, den);
    } else {
        digits(buf, a);
        mm_buf_puts(b, buf);
    }
}

const char *ra_text_number(char buf[32], double v)
{
    long num, den;

    if (fabs(v) < 1e-12)
        v = 0.0;
    if (ra_fraction(v, &num, &den) && den == 1)
        snprintf(buf, 32, "%ld", num);
    else if (ra_fraction(v, &num, &den))
        snprintf(buf, 32, "%ld/%ld", num, den);
    else
        digits(buf, v);
    return buf;
}
