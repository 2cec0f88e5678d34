/*
 * ra_plan_complex: complex numbers on the plane. See ra_plan_complex.h.
 */
#include "ra_prompt.h"
#include "ra_plan_complex.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PART_LIMIT 50.0 /* largest real or imaginary part shown */

static void skip_spaces(const char *s, size_t *p)
{
    while (s[*p] == ' ')
        (*p)++;
}

/* A sign at *p: '+', '-' or the minus sign; returns +1, -1 or 0. */
static int sign_at(const char *s, size_t *p)
{
    skip_spaces(s, p);
    if (s[*p] == '+' || s[*p] == '-') {
        return s[(*p)++] == '+' ? 1 : -1;
    }
    if (strncmp(s + *p, "\xe2\x88\x92", 3) == 0) {
        *p += 3;
        return -1;
    }
    return 0;
}

/*
 * One term at *p: [sign] [digits[.digits]] [i]. Returns 1 with its value
 * and whether it is imaginary, or 0. A bare "i" with neither sign nor
 * number is taken only when bare is set.
 */
static int term(const char *s, size_t *p, int need_sign, int bare, double *v,
                int *imag)
{
    size_t q = *p, start;
    int sign = sign_at(s, &q), digits;
    char buf[32];

    if (need_sign && !sign)
        return 0;
    skip_spaces(s, &q);
    start = q;
    while (isdigit((unsigned char)s[q]) ||
           (s[q] == '.' && isdigit((unsigned char)s[q + 1])))
        q++;
    digits = (int)(q - start);
    if (digits >= (int)sizeof(buf) || (digits == 0 && s[q] != 'i'))
        return 0;
    memcpy(buf, s + start, (size_t)digits);
    buf[digits] = '\0';
    *v = (sign < 0 ? -1 : 1) * (digits ? strtod(buf, NULL) : 1.0);
    *imag = s[q] == 'i' && !isalpha((unsigned char)s[q + 1]);
    if (!*imag && isalpha((unsigned char)s[q]))
        return 0;
    if (*imag && !digits && !sign && !bare)
        return 0;
    *p = q + *imag;
    return 1;
}

/* A complex number such as 3 + 2i, -i, (1 - i) or 2i at *p. */
static int complex_at(const char *s, size_t *p, int bare, double z[2])
{
    size_t q = *p;
    double v, w;
    int imag, imag2, paren;

    skip_spaces(s, &q);
    if (q > 0 && (isalnum((unsigned char)s[q - 1]) || s[q - 1] == '.'))
        return 0;
    paren = s[q] == '(';
    q += (size_t)paren;
    if (!term(s, &q, 0, bare || paren, &v, &imag))
        return 0;
    z[0] = imag ? 0 : v;
    z[1] = imag ? v : 0;
    {
        size_t r = q;

        if (term(s, &r, 1, 1, &w, &imag2) && imag2 != imag) {
            z[imag2 ? 1 : 0] = w;
            q = r;
            imag = 1;
        }
    }
    skip_spaces(s, &q);
    if (paren && s[q++] != ')')
        return 0;
    if (!imag)
        return 0;
    *p = q;
    return 1;
}

/* Whether the text just before p invites a bare i ("by i", "z = i"). */
static int bare_ok(const char *s, size_t p)
{
    static const char *const before[] = {"by",  "times", "=", "*",
                                         "and", "of",    NULL};
    const char *const *w;
    size_t n;

    while (p > 0 && s[p - 1] == ' ')
        p--;
    for (w = before; *w; w++) {
        n = strlen(*w);
        if (p >= n && strncmp(s + p - n, *w, n) == 0)
            return 1;
    }
    return 0;
}

/* Whether the text just before p says "by" or "times". */
static int after_by(const char *s, size_t p)
{
    while (p > 0 && s[p - 1] == ' ')
        p--;
    return (p >= 2 && strncmp(s + p - 2, "by", 2) == 0) ||
           (p >= 5 && strncmp(s + p - 5, "times", 5) == 0);
}

/*
 * Reads up to max complex numbers from the lower-case request. *adjacent
 * tells that two were written side by side, (2 + i)(1 + i); *by_first
 * that the first follows "by" or "times" (it is a factor).
 */
static int read_numbers(const char *s, double (*z)[2], int max, int *adjacent,
                        int *by_first)
{
    size_t p = 0, q, last_end = 0;
    int n = 0;

    *adjacent = 0;
    *by_first = 0;
    while (s[p] && n < max) {
        q = p;
        if (!complex_at(s, &q, bare_ok(s, p), z[n])) {
            p++;
            continue;
        }
        if (n > 0 && s[p] == '(' && p == last_end)
            *adjacent = 1; /* (2 + i)(1 + i) */
        if (n == 0)
            *by_first = after_by(s, p);
        n++;
        last_end = q;
        p = q;
    }
    return n;
}

/* n of "the n-th roots of unity": cube, fifth, 7th, n = 8. Or 0. */
static int roots_of_unity(const ra_words *ws)
{
    static const char *const names[] = {"",       "",      "square", "cube",
                                        "fourth", "fifth", "sixth",  "seventh",
                                        "eighth", "ninth", "tenth",  NULL};
    int i, k;

    if (!ra_words_has_stem(ws, "unity"))
        return 0;
    for (i = 0; i < ws->n; i++) {
        for (k = 2; names[k]; k++)
            if (ra_word_is(ws, i, names[k]))
                return k;
        if (ra_word_is(ws, i, "#") && ws->v[i].num == floor(ws->v[i].num) &&
            ws->v[i].num >= 2)
            return ws->v[i].num <= RA_CX_MAX_ROOTS ? (int)ws->v[i].num : -1;
    }
    return 5;
}

ra_cx_kind ra_cx_kind_of(const char *prompt, const ra_words *ws)
{
    static const char *const topic[] = {"complex", "imaginary", "argand",
                                        NULL};
    double z[2][2];
    char *low = ra_lower_dup(prompt);
    int n = 0, adjacent = 0, by;

    if (low)
        n = read_numbers(low, z, 2, &adjacent, &by);
    free(low);
    if (roots_of_unity(ws))
        return RA_CX_ROOTS;
    if (!n && !ra_words_has_any(ws, topic))
        return RA_CX_NONE;
    if (ra_words_has_stem(ws, "conjugat"))
        return RA_CX_CONJ;
    if (ra_words_has_any(ws, (const char *const[]){"modulus", "absolute",
                                                   "magnitude", "argument",
                                                   "polar", "length", NULL}))
        return RA_CX_MODULUS;
    if (adjacent || strchr(prompt, '*') || strstr(prompt, "\xc3\x97") ||
        ra_words_has_stem(ws, "multipl") || ra_words_has_stem(ws, "rotat") ||
        ra_words_has_any(ws, (const char *const[]){"times", "product", NULL}))
        return RA_CX_MUL;
    if (ra_words_has_any(ws,
                         (const char *const[]){"add", "adding", "sum", "plus",
                                               "addition", NULL}) ||
        (n >= 2 && strchr(prompt, '+') &&
         ra_words_has_any(ws, (const char *const[]){"and", NULL}) == 0))
        return RA_CX_ADD;
    return RA_CX_PLOT;
}

static void set_default(ra_cx_plan *cp, int want)
{
    static const double d[RA_CX_MAX][2] = {{3, 2}, {1, 1}, {-2, 1}};
    int k;

    for (k = cp->n; k < want; k++) {
        cp->z[k][0] = d[k][0];
        cp->z[k][1] = d[k][1];
    }
    cp->defaulted |= cp->n < want;
    cp->n = want > cp->n ? want : cp->n;
}

/* The second factor of a product when only one number is written. */
static void second_factor(ra_cx_plan *cp, const ra_words *ws)
{
    int i;

    cp->z[1][0] = 0; /* multiplying by i, unless a real factor is given */
    cp->z[1][1] = 1;
    for (i = 0; i + 1 < ws->n; i++)
        if ((ra_word_is(ws, i, "by") || ra_word_is(ws, i, "times")) &&
            ra_word_is(ws, i + 1, "#") && !ra_word_is(ws, i + 2, "i")) {
            cp->z[1][0] = ws->v[i + 1].num;
            cp->z[1][1] = 0;
        }
    cp->n = 2;
}

static void compute(ra_cx_plan *cp, const ra_words *ws)
{
    double *a = cp->z[0], *b = cp->z[1];

    switch (cp->kind) {
    case RA_CX_ADD:
        set_default(cp, 2);
        cp->result[0] = a[0] + b[0];
        cp->result[1] = a[1] + b[1];
        break;
    case RA_CX_MUL:
        if (cp->n == 1)
            second_factor(cp, ws);
        set_default(cp, 2);
        cp->result[0] = a[0] * b[0] - a[1] * b[1];
        cp->result[1] = a[0] * b[1] + a[1] * b[0];
        break;
    case RA_CX_CONJ:
        set_default(cp, 1);
        cp->result[0] = a[0];
        cp->result[1] = -a[1];
        break;
    default:
        set_default(cp, 1);
    }
    if (cp->kind != RA_CX_ADD && cp->kind != RA_CX_MUL && cp->n > 1 &&
        cp->kind != RA_CX_PLOT)
        cp->n = 1;
}

/* The plane: big enough for every number shown. */
static void layout(ra_cx_plan *cp)
{
    double ex = 1, ey = 1;
    int k;

    if (cp->kind == RA_CX_ROOTS) {
        ra_plane_fit(&cp->pg, 1.4, 1.4, 2.4);
        return;
    }
    for (k = 0; k < cp->n; k++) {
        ex = fmax(ex, fabs(cp->z[k][0]));
        ey = fmax(ey, fabs(cp->z[k][1]));
    }
    ex = fmax(ex, fabs(cp->result[0]));
    ey = fmax(ey, fabs(cp->result[1]));
    ra_plane_fit(&cp->pg, ex, ey, 1.2);
}

int ra_plan_complex(ra_cx_plan *cp, ra_cx_kind kind, const char *prompt,
                    const ra_words *ws, char *why, size_t n)
{
    char *low = ra_lower_dup(prompt);
    int adjacent, by, k;

    memset(cp, 0, sizeof(*cp));
    cp->kind = kind;
    if (!low)
        return ra_plan_refuse(why, n,
                              "Out of memory while reading the request.");
    cp->n = read_numbers(low, cp->z, RA_CX_MAX, &adjacent, &by);
    if (kind == RA_CX_MUL && cp->n == 1 && by) {
        cp->z[1][0] = cp->z[0][0]; /* "multiply by i": z is an example */
        cp->z[1][1] = cp->z[0][1];
        cp->z[0][0] = 3;
        cp->z[0][1] = 2;
        cp->n = 2;
        cp->defaulted = 1;
    }
    free(low);
    if (kind == RA_CX_ROOTS) {
        cp->roots = roots_of_unity(ws);
        if (cp->roots < 2)
            return ra_plan_refuse(
                why, n, "The roots of unity are shown for n from 2 to %d.",
                RA_CX_MAX_ROOTS);
        layout(cp);
        return 0;
    }
    compute(cp, ws);
    for (k = 0; k < cp->n; k++)
        if (fabs(cp->z[k][0]) > PART_LIMIT || fabs(cp->z[k][1]) > PART_LIMIT ||
            fabs(cp->result[0]) > 4 * PART_LIMIT ||
            fabs(cp->result[1]) > 4 * PART_LIMIT)
            return ra_plan_refuse(
                why, n,
                "The real and imaginary parts must be between "
                "-%g and %g.",
                PART_LIMIT, PART_LIMIT);
    layout(cp);
    return 0;
}
