/*
 * ra_prompt_range: the x range of a plot and a point on it in the
 * request. See ra_prompt_range.h.
 */
#include "ra_prompt_range.h"

#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "ra_expr.h"

static void skip_spaces(const char *s, size_t *p)
{
    while (s[*p] == ' ' || s[*p] == '\t' || s[*p] == '\n' || s[*p] == '\r')
        (*p)++;
}

/* Consumes a word (whole) or symbol after optional spaces. */
static int eat(const char *s, size_t *p, const char *w)
{
    size_t q = *p, n = strlen(w);

    skip_spaces(s, &q);
    if (strncmp(s + q, w, n) != 0)
        return 0;
    if (isalpha((unsigned char)w[n - 1]) && isalpha((unsigned char)s[q + n]))
        return 0;
    *p = q + n;
    return 1;
}

static int eat_any(const char *s, size_t *p, const char *const *list)
{
    for (; *list; list++)
        if (eat(s, p, *list))
            return 1;
    return 0;
}

/* Reads a constant at *p; see ra_prompt_range.h. */
int ra_read_constant(const char *s, size_t *p, double *v)
{
    char buf[48];
    size_t q = *p, start;
    int depth = 0;
    ra_expr *e;

    skip_spaces(s, &q);
    start = q;
    if (s[q] == '-' || s[q] == '+')
        q++;
    else if (strncmp(s + q, "\xe2\x88\x92", 3) == 0)
        q += 3;
    for (;;) {
        if (s[q] == '.' && s[q + 1] == '.')
            break;
        if (isdigit((unsigned char)s[q]) || (s[q] && strchr(".*/^", s[q])))
            q++;
        else if (s[q] == '(' && ++depth)
            q++;
        else if (s[q] == ')' && depth > 0 && depth--)
            q++;
        else if (s[q] == 'p' && s[q + 1] == 'i' &&
                 !isalpha((unsigned char)s[q + 2]))
            q += 2;
        else if (strncmp(s + q, "\xcf\x80", 2) == 0)
            q += 2;
        else
            break;
    }
    while (q > start && strchr(".*/^", s[q - 1]))
        q--;
    if (q - start == 0 || q - start >= sizeof(buf))
        return 0;
    memcpy(buf, s + start, q - start);
    buf[q - start] = '\0';
    e = ra_expr_parse(buf, NULL, 0);
    if (!e)
        return 0;
    *v = ra_expr_eval(e, 0.0);
    ra_expr_free(e);
    if (!isfinite(*v))
        return 0;
    *p = q;
    return 1;
}

/* "A to B", "A and B", "[A, B]", "(A; B)" after a range keyword. */
static int range_body(const char *s, size_t *p, double *a, double *b)
{
    static const char *const seps[] = {"to",   "and", "through", "until",
                                       "till", "..",  NULL};
    static const char *const xeq[] = {"x =", "x=", NULL};
    size_t q = *p;
    int bracket = eat(s, &q, "[") || eat(s, &q, "(");

    eat_any(s, &q, xeq);
    if (!ra_read_constant(s, &q, a))
        return 0;
    if (bracket ? !(eat(s, &q, ",") || eat(s, &q, ";"))
                : !eat_any(s, &q, seps))
        return 0;
    eat_any(s, &q, xeq);
    if (!ra_read_constant(s, &q, b))
        return 0;
    if (bracket && !(eat(s, &q, "]") || eat(s, &q, ")")))
        return 0;
    *p = q;
    return 1;
}

/* Tries the range phrases that can start at p; returns 1 on a match. */
static int range_at(const char *s, size_t p, double *a, double *b, size_t *end)
{
    static const char *const lead[] = {"for",  "where", "with",
                                       "when", "as",    NULL};
    static const char *const keys[] = {
        "from", "between",      "in",     "over",     "on",    "within", "=",
        ":",    "\xe2\x88\x88", "domain", "interval", "range", NULL};
    static const char *const fill[] = {"the", "interval", "range", "domain",
                                       "of",  "values",   NULL};
    static const char *const less[] = {"<=", "<", "\xe2\x89\xa4", NULL};
    size_t q = p, r;
    int x = 0;

    if (eat_any(s, &q, lead))
        x = eat(s, &q, "x");
    if (!x) {
        /* a bare "x" only before = or in: "plot x from 0 to 5" keeps x */
        q = p;
        r = p;
        if (eat(s, &r, "x")) {
            q = r;
            x = eat(s, &r, "=") || eat(s, &r, "in") ||
                eat(s, &r, "\xe2\x88\x88");
        }
        q = x ? q : p;
    }
    if (eat_any(s, &q, keys)) {
        while (eat_any(s, &q, fill))
            ;
        if (range_body(s, &q, a, b)) {
            *end = q;
            return 1;
        }
    }
    q = p;
    if (ra_read_constant(s, &q, a) && eat_any(s, &q, less) &&
        eat(s, &q, "x") && eat_any(s, &q, less) &&
        ra_read_constant(s, &q, b)) {
        *end = q;
        return 1;
    }
    return 0;
}

/*
 * Finds the x range in the lower-case request and blanks it out of
 * `mask` (a copy of the request) so that it is not read as a formula.
 * Returns 1 if found, 0 if not, -1 if it is unusable.
 */
int ra_find_range(const char *low, char *mask, double *a, double *b)
{
    size_t p, end, k;
    double t;

    for (p = 0; low[p]; p++) {
        if (p > 0 && isalnum((unsigned char)low[p - 1]))
            continue;
        if (!range_at(low, p, a, b, &end))
            continue;
        for (k = p; k < end; k++)
            mask[k] = ',';
        if (*a > *b)
            t = *a, *a = *b, *b = t;
        if (*b - *a < 0.01 || fabs(*a) > 1000.0 || fabs(*b) > 1000.0)
            return -1;
        return 1;
    }
    return 0;
}

/*
 * "at x = A", "where x is A", "at the point x = A", "and x = A", "at A"
 * or "at (A, B)" starting at p. Returns 1 with *a and *end set, or 0.
 */
static int point_at(const char *s, size_t p, double *a, size_t *end)
{
    static const char *const lead[] = {"where", "when", "for", "and", NULL};
    static const char *const fill[] = {"the", "point", "where", "when", NULL};
    static const char *const is[] = {"=", "equals", "is", NULL};
    size_t q = p;
    double b;
    int at = eat(s, &q, "at"), x;

    if (!at && !eat_any(s, &q, lead))
        return 0;
    while (!(x = eat(s, &q, "x")) && eat_any(s, &q, fill))
        ;
    if (x ? !eat_any(s, &q, is) : !at)
        return 0;
    if (!x && eat(s, &q, "(")) {
        if (!ra_read_constant(s, &q, a) || !eat(s, &q, ",") ||
            !ra_read_constant(s, &q, &b) || !eat(s, &q, ")"))
            return 0;
    } else if (!ra_read_constant(s, &q, a)) {
        return 0;
    }
    *end = q;
    return 1;
}

/* Finds a point "at x = a" and blanks it out; see ra_prompt_range.h. */
int ra_find_point(const char *low, char *mask, double *a)
{
    size_t p, end, k;

    for (p = 0; low[p]; p++) {
        if (p > 0 && isalnum((unsigned char)low[p - 1]))
            continue;
        if (!point_at(low, p, a, &end))
            continue;
        for (k = p; k < end; k++)
            mask[k] = ',';
        return fabs(*a) <= 1000.0 ? 1 : -1;
    }
    return 0;
}
