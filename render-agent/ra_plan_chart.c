/*
 * ra_plan_chart: bar charts and histograms. See ra_plan_chart.h.
 */
#include "ra_prompt.h"
#include "ra_plan_chart.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ra_builtin_internal.h"

#define VALUE_LIMIT 1e6 /* largest value charted */

static const char *const chart_nouns[] = {
    "chart", "charts", "graph", "graphs", "plot", "diagram", "diagrams", NULL};

/* The index of the word that names the chart, or -1. */
static int chart_word(const ra_words *ws)
{
    int i;

    for (i = 0; i < ws->n; i++) {
        if (ra_word_is(ws, i, "histogram") || ra_word_is(ws, i, "barchart") ||
            ra_word_is(ws, i, "histograms"))
            return i;
        if ((ra_word_is(ws, i, "bar") || ra_word_is(ws, i, "column") ||
             ra_word_is(ws, i, "pie")) &&
            ra_in_list(i + 1 < ws->n ? ws->v[i + 1].w : "", chart_nouns))
            return i + 1;
    }
    return -1;
}

int ra_asks_chart(const ra_words *ws)
{
    return chart_word(ws) >= 0;
}

/* A plain number at *p: [-]digits[.digits], not inside a word. */
static int plain_number(const char *s, size_t p, size_t *end, double *v)
{
    char buf[32];
    size_t q = p, n = 0;

    if (p > 0 && (isalnum((unsigned char)s[p - 1]) || s[p - 1] == '.'))
        return 0;
    if (s[q] == '-')
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
    *end = q;
    return 1;
}

/*
 * Keeps the characters a name may show: letters (also non-ASCII ones),
 * digits, spaces and - ' . & % / ( ) + #. Backslashes, braces, quotes and
 * control characters go: they are escaped in the code anyway, but the
 * validator rightly distrusts strings such as "\\input{...}".
 */
static void keep_plain(char *name)
{
    char *r = name, *w = name;
    int letters = 0;

    while (*r == ' ')
        r++;
    for (; *r; r++)
        if (isalnum((unsigned char)*r) || (unsigned char)*r >= 0x80 ||
            (*r && strchr(" -'.&%/()+#", *r))) {
            letters |= isalnum((unsigned char)*r) || (unsigned char)*r >= 0x80;
            *w++ = *r;
        }
    while (w > name && w[-1] == ' ')
        w--;
    *w = '\0';
    if (!letters)
        name[0] = '\0'; /* nothing but punctuation */
}

/* Copies s[a..b) into out without its edges' spaces and = : signs. */
static void trim_copy(char *out, size_t size, const char *s, size_t a,
                      size_t b)
{
    size_t n;

    while (a < b && (isspace((unsigned char)s[a]) || strchr("=:-", s[a])))
        a++;
    while (b > a &&
           (isspace((unsigned char)s[b - 1]) || strchr("=:-", s[b - 1])))
        b--;
    n = b - a < size - 1 ? b - a : size - 1;
    while (n > 0 && n < b - a && ((unsigned char)s[a + n] & 0xc0) == 0x80)
        n--; /* do not cut a UTF-8 character in two */
    memcpy(out, s + a, n);
    out[n] = '\0';
    keep_plain(out);
}

/*
 * Drops a leading "a", "the", "and", "of", "with" from a name, and a
 * name that only says what the numbers are ("values", "data").
 */
static void drop_filler(char *name)
{
    static const char *const vague[] = {"values", "value",      "numbers",
                                        "data",   "the values", NULL};
    const char *const *v;

    for (v = vague; *v; v++)
        if (strcasecmp(name, *v) == 0) {
            name[0] = '\0';
            return;
        }
    static const char *const filler[] = {"a ",  "an ",   "the ", "and ",
                                         "of ", "with ", "for ", NULL};
    const char *const *f;
    size_t n;

    for (f = filler; *f; f++) {
        n = strlen(*f);
        if (strncasecmp(name, *f, n) == 0) {
            memmove(name, name + n, strlen(name + n) + 1);
            return;
        }
    }
}

static int has_letters(const char *s, size_t a, size_t b)
{
    for (; a < b; a++)
        if (isalpha((unsigned char)s[a]) || (unsigned char)s[a] >= 0x80)
            return 1;
    return 0;
}

/* The name of a bar: the words before its number, else those after. */
static void item_name(ra_chart_bar *bar, const char *s, size_t a, size_t b,
                      size_t num, size_t num_end)
{
    if (has_letters(s, a, num))
        trim_copy(bar->name, sizeof(bar->name), s, a, num);
    else
        trim_copy(bar->name, sizeof(bar->name), s, num_end, b);
    drop_filler(bar->name);
}

/* Adds the bars of one item s[a..b): "apples 5", "Jan: 10" or "3 5 2". */
static void read_item(ra_chart_plan *cp, const char *s, size_t a, size_t b)
{
    const char *sep = memchr(s + a, ':', b - a);
    int named = has_letters(s, a, b);
    size_t p, end;
    double v;

    if (!sep)
        sep = memchr(s + a, '=', b - a);
    if (sep && cp->n < RA_CHART_MAX_BARS) {
        /* "2019: 45": what comes before the sign names the bar */
        for (p = (size_t)(sep - s) + 1; p < b; p++)
            if (plain_number(s, p, &end, &v) && end <= b) {
                memset(&cp->bar[cp->n], 0, sizeof(cp->bar[0]));
                cp->bar[cp->n].value = v;
                trim_copy(cp->bar[cp->n].name, sizeof(cp->bar[0].name), s, a,
                          (size_t)(sep - s));
                cp->n++;
                return;
            }
    }
    for (p = a; p < b && cp->n < RA_CHART_MAX_BARS; p++) {
        if (!plain_number(s, p, &end, &v) || end > b)
            continue;
        memset(&cp->bar[cp->n], 0, sizeof(cp->bar[0]));
        cp->bar[cp->n].value = v;
        if (named) {
            item_name(&cp->bar[cp->n], s, a, b, p, end);
            cp->n++;
            return;
        }
        cp->n++;
        p = end - 1;
    }
}

/* Where the list ends: at ',', ';', a line break, " and " or " & ". */
static size_t item_end(const char *s, size_t p, size_t *next)
{
    for (; s[p]; p++) {
        if (strchr(",;\n", s[p])) {
            *next = p + 1;
            return p;
        }
        if (strncasecmp(s + p, " and ", 5) == 0 ||
            strncmp(s + p, " & ", 3) == 0) {
            *next = p + (s[p + 1] == '&' ? 3 : 5);
            return p;
        }
    }
    *next = p;
    return p;
}

/* The bars of a bar chart: one per item of the list. */
static void read_bars(ra_chart_plan *cp, const char *s, size_t start)
{
    size_t p = start, end, next;

    while (s[p] && cp->n < RA_CHART_MAX_BARS) {
        end = item_end(s, p, &next);
        read_item(cp, s, p, end);
        p = next;
    }
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* A histogram: how often each value of the data occurs. */
static int read_histogram(ra_chart_plan *cp, const char *s, size_t start)
{
    double data[RA_CHART_MAX_DATA] = {0}, v;
    size_t p, end;
    int n = 0, k;

    for (p = start; s[p] && n < RA_CHART_MAX_DATA; p++)
        if (plain_number(s, p, &end, &v)) {
            data[n++] = v;
            p = end - 1;
        }
    qsort(data, (size_t)n, sizeof(double), cmp_double);
    for (k = 0; k < n; k++) {
        if (k == 0 || data[k] != data[k - 1]) {
            if (cp->n == RA_CHART_MAX_BARS)
                return -1;
            memset(&cp->bar[cp->n], 0, sizeof(cp->bar[0]));
            snprintf(cp->bar[cp->n].name, sizeof(cp->bar[0].name), "%.6g",
                     data[k]);
            cp->n++;
        }
        cp->bar[cp->n - 1].value += 1;
    }
    cp->data_count = n;
    return 0;
}

/*
 * Where the list of values starts: after "chart of", or after a colon,
 * in which case the words before it are the title.
 */
static size_t list_start(ra_chart_plan *cp, const char *s, const ra_words *ws)
{
    static const char *const lead[] = {"of",    "for",   "showing",   "with",
                                       "about", "shows", "comparing", NULL};
    int i = chart_word(ws), j;
    const char *colon;
    size_t start = ws->v[i].end, before;

    for (j = i + 1; j < ws->n && ra_in_list(ws->v[j].w, lead); j++)
        start = ws->v[j].end;
    colon = strchr(s + start, ':');
    before = colon ? (size_t)(colon - s) : 0;
    while (before > start && s[before - 1] == ' ')
        before--;
    if (colon && before > start && isdigit((unsigned char)s[before - 1]))
        return start; /* "2019: 45" is a bar, not a title */
    if (colon && !has_letters(s, start, (size_t)(colon - s)))
        return (size_t)(colon - s) + 1;
    if (colon) {
        trim_copy(cp->title, sizeof(cp->title), s, start, (size_t)(colon - s));
        drop_filler(cp->title);
        cp->title[0] = (char)toupper((unsigned char)cp->title[0]);
        return (size_t)(colon - s) + 1;
    }
    return start;
}

/* Bars named after a colour get that colour; others the palette's. */
static void colour_bars(ra_chart_plan *cp, const ra_words *ws)
{
    int k, c, all = -1, i;
    char low[RA_CHART_MAX_NAME + 1];

    for (i = 0; i + 1 < ws->n; i++)
        if (ra_word_is(ws, i, "in") && ra_colour_word(ws->v[i + 1].w) >= 0)
            all = ra_colour_word(ws->v[i + 1].w);
    for (k = 0; k < cp->n; k++) {
        for (i = 0; cp->bar[k].name[i]; i++)
            low[i] = (char)tolower((unsigned char)cp->bar[k].name[i]);
        low[i] = '\0';
        c = ra_colour_word(low);
        cp->bar[k].colour = c >= 0 ? c : all >= 0 ? all : RA_PALETTE(k % 3);
    }
    k = cp->n - 1;
    if (cp->pie && k > 0 && k % 3 == 0 && cp->bar[k].colour == RA_PALETTE(0))
        cp->bar[k].colour = RA_PALETTE(1); /* not the first slice's colour */
}

/* A tick spacing of 1, 2 or 5 times a power of ten, at least raw. */
static double nice_step(double raw)
{
    double p = pow(10.0, floor(log10(raw))), f = raw / p;

    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * p;
}

static void value_axis(ra_chart_plan *cp)
{
    double lo = 0, hi = 0;
    int k;

    for (k = 0; k < cp->n; k++) {
        lo = fmin(lo, cp->bar[k].value);
        hi = fmax(hi, cp->bar[k].value);
    }
    if (hi - lo <= 0)
        hi = 1;
    cp->ystep = nice_step((hi - lo) / 6);
    if (cp->histogram && cp->ystep < 1)
        cp->ystep = 1; /* counts are whole numbers */
    cp->ylo = floor(lo / cp->ystep) * cp->ystep;
    cp->yhi = ceil(hi / cp->ystep) * cp->ystep;
    if (cp->yhi - hi < 0.05 * (cp->yhi - cp->ylo) && hi > 0)
        cp->yhi += cp->ystep; /* room for the value above the bar */
    cp->decimals = cp->ystep >= 1 ? 0 : (int)ceil(-log10(cp->ystep) - 1e-9);
}

int ra_plan_chart(ra_chart_plan *cp, const char *prompt, const ra_words *ws,
                  char *why, size_t n)
{
    size_t start;
    int k;

    memset(cp, 0, sizeof(*cp));
    start = list_start(cp, prompt, ws);
    cp->histogram = ra_words_has_stem(ws, "histogram");
    cp->pie = ra_words_has_any(ws, (const char *const[]){"pie", NULL});
    if (cp->histogram && read_histogram(cp, prompt, start) != 0)
        return ra_plan_refuse(
            why, n, "A histogram here shows at most %d different values.",
            RA_CHART_MAX_BARS);
    if (!cp->histogram)
        read_bars(cp, prompt, start);
    if (cp->n == 0)
        return ra_plan_refuse(
            why, n,
            "Give the values of the bars, as in \"a bar chart of "
            "apples 5, bananas 3 and cherries 7\" (at most %d "
            "bars).",
            RA_CHART_MAX_BARS);
    for (k = 0; k < cp->n; k++) {
        if (fabs(cp->bar[k].value) > VALUE_LIMIT)
            return ra_plan_refuse(why, n,
                                  "Bar values must be between -%g and %g.",
                                  VALUE_LIMIT, VALUE_LIMIT);
        if (cp->pie && cp->bar[k].value < 0)
            return ra_plan_refuse(why, n,
                                  "A pie chart needs values that are not "
                                  "negative.");
        cp->total += cp->bar[k].value;
    }
    if (cp->pie && cp->total <= 0)
        return ra_plan_refuse(why, n,
                              "A pie chart needs values that add up to "
                              "more than zero.");
    if (cp->histogram && !cp->title[0])
        snprintf(cp->title, sizeof(cp->title), "How often each value occurs");
    colour_bars(cp, ws);
    value_axis(cp);
    return 0;
}
