/*
 * ra_plan_numberline: arithmetic, counting and marked numbers on a
 * number line. See ra_plan_numberline.h.
 */
#include "ra_prompt.h"
#include "ra_plan_numberline.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ra_prompt_range.h"

#define NUMBER_LIMIT 1000.0 /* largest number shown */
#define MAX_TICKS 20        /* tick marks on the line */

static int has_line_words(const ra_words *ws)
{
    int i;

    for (i = 0; i < ws->n; i++)
        if (ra_word_is(ws, i, "numberline") ||
            (ra_word_is(ws, i, "number") && (ra_word_is(ws, i + 1, "line") ||
                                             ra_word_is(ws, i + 1, "lines"))))
            return 1;
    return 0;
}

int ra_asks_number_line(const ra_words *ws)
{
    static const char *const words[] = {"count",       "counting",
                                        "plus",        "minus",
                                        "times",       "add",
                                        "adding",      "addition",
                                        "subtract",    "subtracting",
                                        "subtraction", "multiply",
                                        "multiplying", "multiplication",
                                        "jump",        "jumps",
                                        "hop",         "hops",
                                        NULL};

    return has_line_words(ws) || ra_words_has_any(ws, words);
}

/* A plain number at *p: [-]digits[.digits], not inside a word. */
static int plain_number(const char *s, size_t *p, double *v)
{
    char buf[32];
    size_t q = *p, n = 0;

    while (s[q] == ' ')
        q++;
    if (q > 0 && (isalnum((unsigned char)s[q - 1]) || s[q - 1] == '.'))
        return 0;
    if (s[q] == '-' && n < sizeof(buf) - 1)
        buf[n++] = s[q++];
    if (!isdigit((unsigned char)s[q]))
        return 0;
    while ((isdigit((unsigned char)s[q]) ||
            (s[q] == '.' && isdigit((unsigned char)s[q + 1]))) &&
           n < sizeof(buf) - 1)
        buf[n++] = s[q++];
    if (isalpha((unsigned char)s[q]) || isdigit((unsigned char)s[q]))
        return 0;
    buf[n] = '\0';
    *v = strtod(buf, NULL);
    *p = q;
    return 1;
}

/* Consumes a word or symbol w after spaces. */
static int eat(const char *s, size_t *p, const char *w)
{
    size_t q = *p, n = strlen(w);

    while (s[q] == ' ')
        q++;
    if (strncmp(s + q, w, n) != 0 ||
        (isalpha((unsigned char)w[n - 1]) && isalpha((unsigned char)s[q + n])))
        return 0;
    *p = q + n;
    return 1;
}

/* The operator between two numbers: '+', '-', '*', or 0. */
static char operator_at(const char *s, size_t *p)
{
    static const struct {
        const char *w; /* as written */
        char op;       /* what it means */
    } ops[] = {
        {"+", '+'},         {"plus", '+'},          {"\xe2\x88\x92", '-'},
        {"-", '-'},         {"minus", '-'},         {"take away", '-'},
        {"*", '*'},         {"\xc3\x97", '*'},      {"x ", '*'},
        {"times", '*'},     {"multiplied by", '*'}, {"\xc3\xb7", '/'},
        {"divided by", '/'}};
    size_t k;

    for (k = 0; k < sizeof(ops) / sizeof(ops[0]); k++)
        if (eat(s, p, ops[k].w))
            return ops[k].op;
    return 0;
}

/* "A + B", "A minus B", "A times B" at p. */
static int infix_at(const char *s, size_t p, double *a, double *b, char *op)
{
    if (!plain_number(s, &p, a) || !(*op = operator_at(s, &p)))
        return 0;
    return plain_number(s, &p, b);
}

/* "add A and B", "add A to B", "subtract A from B", "multiply A by B". */
static int verb_at(const char *s, size_t p, double *a, double *b, char *op)
{
    double x, y;

    if (p > 0 && isalpha((unsigned char)s[p - 1]))
        return 0;
    if (eat(s, &p, "add") && plain_number(s, &p, &x) &&
        (eat(s, &p, "and") || eat(s, &p, "to")) && plain_number(s, &p, &y)) {
        *a = x;
        *b = y;
        *op = '+';
        return 1;
    }
    if (eat(s, &p, "subtract") && plain_number(s, &p, &x) &&
        eat(s, &p, "from") && plain_number(s, &p, &y)) {
        *a = y;
        *b = x;
        *op = '-';
        return 1;
    }
    if (eat(s, &p, "multiply") && plain_number(s, &p, &x) &&
        (eat(s, &p, "by") || eat(s, &p, "and")) && plain_number(s, &p, &y)) {
        *a = x;
        *b = y;
        *op = '*';
        return 1;
    }
    if (eat(s, &p, "divide") && plain_number(s, &p, &x) && eat(s, &p, "by") &&
        plain_number(s, &p, &y)) {
        *a = x;
        *b = y;
        *op = '/';
        return 1;
    }
    return 0;
}

/* The first arithmetic in the lower-case request; returns 1 if found. */
static int read_arithmetic(const char *low, double *a, double *b, char *op)
{
    size_t p;

    for (p = 0; low[p]; p++)
        if (verb_at(low, p, a, b, op) || infix_at(low, p, a, b, op))
            return 1;
    return 0;
}

/* The number after word i that is in list, or NAN. */
static double number_after(const ra_words *ws, const char *const *list)
{
    int i;

    for (i = 0; i + 1 < ws->n; i++)
        if (ra_in_list(ws->v[i].w, list) && ra_word_is(ws, i + 1, "#"))
            return ws->v[i + 1].num;
    return NAN;
}

/* "count from A to B by K", "skip count by 5s to 50", "count down". */
static int read_count(ra_nl_plan *np, const ra_words *ws)
{
    static const char *const by[] = {"by", "in", "skip", NULL};
    static const char *const from[] = {"from", "at", NULL};
    static const char *const to[] = {"to", "until", "till", "through", NULL};
    static const char *const down[] = {"backwards", "backward", "down", NULL};
    double step = number_after(ws, by), a = number_after(ws, from);
    double b = number_after(ws, to);

    step = isnan(step) ? 1.0 : fabs(step);
    if (isnan(b) && isnan(a))
        return 0;
    if (isnan(a))
        a = ra_words_has_any(ws, down) ? b : (step > 1 ? 0 : step);
    if (isnan(b))
        b = ra_words_has_any(ws, down) ? 0 : a + 10 * step;
    if (ra_words_has_any(ws, down) && a < b) {
        double t = a;

        a = b;
        b = t;
    }
    np->kind = RA_NL_COUNT;
    np->a = a;
    np->b = b;
    np->step = a <= b ? step : -step;
    return 1;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* The numbers written in the request (the range blanked out). */
static void read_marks(ra_nl_plan *np, const char *mask)
{
    size_t p, q;
    double v;

    for (p = 0; mask[p] && np->nmark < RA_NL_MAX_MARKS; p++) {
        if (p > 0 && (isalnum((unsigned char)mask[p - 1]) ||
                      mask[p - 1] == '.' || mask[p - 1] == '/'))
            continue;
        q = p;
        if (!ra_read_constant(mask, &q, &v) || q == p ||
            isalpha((unsigned char)mask[q]))
            continue;
        np->mark[np->nmark++] = v;
        p = q - 1;
    }
}

/* A tick spacing of 1, 2 or 5 times a power of ten, at least raw. */
static double nice_step(double raw)
{
    double p = pow(10.0, floor(log10(raw))), f = raw / p;

    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * p;
}

static int whole(double v)
{
    return v == floor(v);
}

/* The line from vmin to vmax (0 added when it is close), padded. */
static void choose_line(ra_nl_plan *np, double vmin, double vmax, int ints)
{
    double span;

    if (vmin > 0 && vmin <= 0.5 * (vmax - vmin) + 1)
        vmin = 0;
    if (vmax < 0 && -vmax <= 0.5 * (vmax - vmin) + 1)
        vmax = 0;
    span = fmax(vmax - vmin, 1.0);
    np->tick = nice_step(span / (MAX_TICKS - 4));
    if (ints && np->tick < 1)
        np->tick = 1;
    np->lo = floor(vmin / np->tick) * np->tick - np->tick;
    np->hi = ceil(vmax / np->tick) * np->tick + np->tick;
    np->decimals = np->tick >= 1 ? 0 : (int)ceil(-log10(np->tick) - 1e-9);
}

static void add_hops(ra_nl_plan *np, double from, double size, int count)
{
    int k;

    for (k = 0; k < count && np->nhop < RA_NL_MAX_HOPS; k++) {
        np->hop[np->nhop][0] = from;
        np->hop[np->nhop][1] = from + size;
        np->nhop++;
        from += size;
    }
}

/* a / b as jumps of b back from a to 0: how many fit. */
static int plan_division(ra_nl_plan *np, char *why, size_t n)
{
    double q = np->b != 0 ? np->a / np->b : -1;

    if (!whole(np->a) || !whole(np->b) || np->a <= 0 || np->b <= 0 ||
        !whole(q) || q > RA_NL_MAX_HOPS)
        return ra_plan_refuse(
            why, n,
            "A division is shown as equal jumps back to 0, so it "
            "must come out whole, with at most %d jumps, as in "
            "\"12 divided by 3\".",
            RA_NL_MAX_HOPS);
    np->result = q;
    add_hops(np, np->a, -np->b, (int)q);
    return 0;
}

/* The jumps of a sum, a difference or a product. */
static int plan_arithmetic(ra_nl_plan *np, char *why, size_t n)
{
    double move = np->kind == RA_NL_SUB ? -np->b : np->b;

    if (np->kind == RA_NL_DIV)
        return plan_division(np, why, n);
    if (np->kind == RA_NL_MUL) {
        if (!(whole(np->a) && np->a >= 1 && np->a <= 10) && whole(np->b) &&
            np->b >= 1 && np->b <= 10) {
            double t = np->a; /* 25 times 3 is shown as 3 jumps of 25 */

            np->a = np->b;
            np->b = t;
        }
        if (!whole(np->a) || np->a < 1 || np->a > 10)
            return ra_plan_refuse(
                why, n,
                "A product is shown as repeated jumps on the "
                "number line, so one factor must be a whole "
                "number from 1 to 10, as in \"3 times 4\".");
        np->result = np->a * np->b;
        add_hops(np, 0, np->b, (int)np->a);
        return 0;
    }
    np->result = np->a + move;
    if (whole(np->a) && whole(move) && fabs(move) <= 10 && move != 0)
        add_hops(np, np->a, move > 0 ? 1 : -1, (int)fabs(move));
    else
        add_hops(np, np->a, move, 1);
    return 0;
}

static int plan_count(ra_nl_plan *np, char *why, size_t n)
{
    double steps = (np->b - np->a) / np->step;

    if (np->step == 0 || !(steps >= 1) || steps > RA_NL_MAX_HOPS ||
        fabs(steps - nearbyint(steps)) > 1e-9)
        return ra_plan_refuse(
            why, n,
            "Counting is shown as 1 to %d equal jumps, as in "
            "\"count by 2s from 0 to 20\".",
            RA_NL_MAX_HOPS);
    add_hops(np, np->a, np->step, (int)nearbyint(steps));
    return 0;
}

/* The range of everything shown; then the line. */
static void fit_line(ra_nl_plan *np, double lo, double hi)
{
    double given[2] = {lo, hi};
    int k, ints = 1;

    for (k = 0; k < np->nhop; k++) {
        lo = fmin(lo, fmin(np->hop[k][0], np->hop[k][1]));
        hi = fmax(hi, fmax(np->hop[k][0], np->hop[k][1]));
        ints &= whole(np->hop[k][0]) && whole(np->hop[k][1]);
    }
    for (k = 0; k < np->nmark; k++) {
        lo = fmin(lo, fmin(np->mark[k], 0));
        hi = fmax(hi, fmax(np->mark[k], 0));
        ints &= whole(np->mark[k]);
    }
    if (np->nmark && hi - lo < 4) { /* a few ticks around the numbers */
        double mid = (lo + hi) / 2;

        lo = mid - 2;
        hi = mid + 2;
    }
    choose_line(np, lo, hi, ints);
    if (given[0] < given[1] && given[0] == lo && given[1] == hi &&
        fabs(remainder(lo, np->tick)) < 1e-9 &&
        fabs(remainder(hi, np->tick)) < 1e-9) {
        np->lo = lo; /* a range the request gave is kept as it is */
        np->hi = hi;
    }
}

/* Reads which kind of request it is; returns 0 or 1 (none). */
static int read_kind(ra_nl_plan *np, const char *low, char *mask,
                     const ra_words *ws, double range[2])
{
    static const char *const count[] = {"count", "counting", "counts", NULL};
    char op;

    if (read_arithmetic(low, &np->a, &np->b, &op)) {
        np->kind = op == '+'   ? RA_NL_ADD
                   : op == '-' ? RA_NL_SUB
                   : op == '*' ? RA_NL_MUL
                               : RA_NL_DIV;
        return 0;
    }
    if (ra_words_has_any(ws, count) && read_count(np, ws))
        return 0;
    if (!has_line_words(ws))
        return 1;
    if (ra_find_range(low, mask, &range[0], &range[1]) != 1) {
        range[0] = HUGE_VAL;
        range[1] = -HUGE_VAL;
    }
    read_marks(np, mask);
    qsort(np->mark, (size_t)np->nmark, sizeof(double), cmp_double);
    np->kind = np->nmark ? RA_NL_MARK : RA_NL_PLAIN;
    if (np->kind == RA_NL_PLAIN && range[0] > range[1]) {
        range[0] = -5;
        range[1] = 5;
    }
    return 0;
}

static int too_large(const ra_nl_plan *np)
{
    double v[] = {np->a, np->b, np->a + np->b, np->a - np->b, np->a * np->b};
    size_t k;
    int i;

    for (k = 0; k < sizeof(v) / sizeof(v[0]); k++)
        if (!(fabs(v[k]) <= NUMBER_LIMIT))
            return 1;
    for (i = 0; i < np->nmark; i++)
        if (!(fabs(np->mark[i]) <= NUMBER_LIMIT))
            return 1;
    return 0;
}

int ra_plan_number_line(ra_nl_plan *np, const char *prompt, const ra_words *ws,
                        char *why, size_t n)
{
    char *low = ra_lower_dup(prompt), *mask = ra_lower_dup(prompt);
    double range[2] = {HUGE_VAL, -HUGE_VAL};
    int rc;

    memset(np, 0, sizeof(*np));
    if (!low || !mask) {
        rc =
            ra_plan_refuse(why, n, "Out of memory while reading the request.");
        goto out;
    }
    rc = read_kind(np, low, mask, ws, range);
    if (rc == 0 && (too_large(np) ||
                    (range[0] <= range[1] && (fabs(range[0]) > NUMBER_LIMIT ||
                                              fabs(range[1]) > NUMBER_LIMIT))))
        rc = ra_plan_refuse(
            why, n, "The number line shows numbers between -%g and %g.",
            NUMBER_LIMIT, NUMBER_LIMIT);
    if (rc == 0 && np->kind == RA_NL_COUNT)
        rc = plan_count(np, why, n);
    else if (rc == 0 && np->kind != RA_NL_MARK && np->kind != RA_NL_PLAIN)
        rc = plan_arithmetic(np, why, n);
    if (rc == 0)
        fit_line(np, fmin(range[0], np->kind == RA_NL_MUL ? 0 : HUGE_VAL),
                 range[1]);
out:
    free(low);
    free(mask);
    return rc;
}
