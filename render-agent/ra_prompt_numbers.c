/*
 * ra_prompt_numbers: vectors and matrices written in a request. See
 * ra_prompt_numbers.h.
 */
#include "ra_prompt_numbers.h"

#include <string.h>

#include "ra_prompt_range.h"

static void skip_spaces(const char *s, size_t *p)
{
    while (s[*p] == ' ' || s[*p] == '\t')
        (*p)++;
}

/* An opening bracket at *p: returns its closing byte, or 0. */
static char open_bracket(const char *s, size_t *p)
{
    static const char pairs[][2] = {{'[', ']'}, {'(', ')'}, {'<', '>'}};
    size_t k;

    skip_spaces(s, p);
    if (strncmp(s + *p, "\xe2\x9f\xa8", 3) == 0) { /* mathematical < */
        *p += 3;
        return '>';
    }
    for (k = 0; k < sizeof(pairs) / sizeof(pairs[0]); k++)
        if (s[*p] == pairs[k][0]) {
            (*p)++;
            return pairs[k][1];
        }
    return 0;
}

static int close_bracket(const char *s, size_t *p, char close)
{
    skip_spaces(s, p);
    if (close == '>' && strncmp(s + *p, "\xe2\x9f\xa9", 3) == 0) {
        *p += 3;
        return 1;
    }
    if (s[*p] != close)
        return 0;
    (*p)++;
    return 1;
}

/* An optional comma between two numbers. */
static void comma(const char *s, size_t *p)
{
    skip_spaces(s, p);
    if (s[*p] == ',')
        (*p)++;
}

/*
 * Reads up to max numbers separated by commas or spaces, at least two.
 * Returns how many.
 */
static int numbers(const char *s, size_t *p, double *v, int max)
{
    size_t q = *p;
    int n = 0;

    while (n < max && ra_read_constant(s, &q, &v[n])) {
        n++;
        *p = q;
        comma(s, &q);
    }
    return n >= 2 ? n : 0;
}

/* A bracketed tuple at *p; returns its size or 0. */
static int tuple_at(const char *s, size_t *p, double *v, int max)
{
    size_t q = *p;
    char close = open_bracket(s, &q);
    int n;

    if (!close || (n = numbers(s, &q, v, max)) == 0 ||
        !close_bracket(s, &q, close))
        return 0;
    *p = q;
    return n;
}

int ra_find_tuples(const char *s, ra_tuple *out, int max)
{
    size_t p = 0, q;
    int count = 0, n;

    while (s[p] && count < max) {
        q = p;
        n = tuple_at(s, &q, out[count].v, RA_TUPLE_MAX);
        if (n == 0) {
            p++;
            continue;
        }
        out[count].n = n;
        out[count].at.start = p;
        out[count].at.end = q;
        count++;
        p = q;
    }
    return count;
}

/* [[a, b], [c, d]] or [a b; c d] at *p. */
static int matrix_at(const char *s, size_t *p, double m[2][2])
{
    size_t q = *p;
    char close = open_bracket(s, &q);

    if (!close)
        return 0;
    if (tuple_at(s, &q, m[0], 2) == 2) {
        comma(s, &q);
        if (tuple_at(s, &q, m[1], 2) != 2)
            return 0;
    } else if (numbers(s, &q, m[0], 2) == 2) {
        skip_spaces(s, &q);
        if (s[q] != ';')
            return 0;
        q++;
        if (numbers(s, &q, m[1], 2) != 2)
            return 0;
    } else {
        return 0;
    }
    if (!close_bracket(s, &q, close))
        return 0;
    *p = q;
    return 1;
}

int ra_find_matrix(const char *s, double m[2][2], ra_span *at)
{
    size_t p, q;

    for (p = 0; s[p]; p++) {
        q = p;
        if (matrix_at(s, &q, m)) {
            at->start = p;
            at->end = q;
            return 1;
        }
    }
    return 0;
}
