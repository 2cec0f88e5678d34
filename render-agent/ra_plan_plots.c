/*
 * ra_plan_plots: the functions a plot request asks for. See
 * ra_plan_plots.h.
 */
#include "ra_plan_plots.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ra_builtin_internal.h"

/* Functions that can be asked for by name ("plot a sine wave"). */
static const struct {
    const char *key;     /* word prefix */
    const char *key2;    /* second word prefix, or NULL */
    const char *formula; /* parsed with ra_expr */
} named_functions[] = {
    {"sine", NULL, "sin(x)"},        {"sin", NULL, "sin(x)"},
    {"cosine", NULL, "cos(x)"},      {"cos", NULL, "cos(x)"},
    {"tangent", NULL, "tan(x)"},     {"parabola", NULL, "x^2"},
    {"cubic", NULL, "x^3"},          {"exponential", NULL, "e^x"},
    {"logarithm", NULL, "ln(x)"},    {"square", "root", "sqrt(x)"},
    {"absolute", "value", "|x|"},    {"hyperbola", NULL, "1/x"},
    {"reciprocal", NULL, "1/x"},     {"bell", "curve", "exp(-x^2)"},
    {"gaussian", NULL, "exp(-x^2)"}, {"sigmoid", NULL, "1/(1 + e^(-x))"},
    {"quadratic", NULL, "x^2"},
};

#define N_NAMED_FUNCTIONS                                                     \
    ((int)(sizeof(named_functions) / sizeof(named_functions[0])))

/* Whether the word at s is a separator between two functions. */
static int separator_word(const char *s, size_t i)
{
    static const char *const seps[] = {"and",    "then", "also", "vs",
                                       "versus", "with", NULL};
    const char *const *w;
    size_t n;

    if (i > 0 && isalpha((unsigned char)s[i - 1]))
        return 0;
    for (w = seps; *w; w++) {
        n = strlen(*w);
        if (strncasecmp(s + i, *w, n) == 0 &&
            !isalpha((unsigned char)s[i + n]))
            return (int)n;
    }
    return 0;
}

/* Cuts the masked request into pieces that hold one function each. */
static int split_segments(const char *s, ra_span *out, int max)
{
    size_t i = 0, start = 0, skip;
    int n = 0, sep;

    for (;;) {
        skip = 1;
        sep = s[i] == '\0' || strchr(",;:!?&\n", s[i]) ||
              (s[i] == '.' &&
               (s[i + 1] == '\0' || strchr(" \t\r\n,;:!?)\"'", s[i + 1])));
        if (!sep && (skip = (size_t)separator_word(s, i)) > 0)
            sep = 1;
        if (!sep) {
            i++;
            continue;
        }
        if (i > start && n < max)
            out[n++] = (ra_span){start, i};
        if (s[i] == '\0')
            break;
        i += skip ? skip : 1;
        start = i;
    }
    return n;
}

/* The function letter of a left side such as "f(x)", or 'y'. */
static char lhs_name(const char *s, size_t n)
{
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    if (n >= 4 && strncmp(s + n - 3, "(x)", 3) == 0 &&
        isalpha((unsigned char)s[n - 4]) &&
        (n == 4 || !isalpha((unsigned char)s[n - 5])))
        return s[n - 4];
    return 'y';
}

/*
 * The longest run of whole words of s that parses as a formula (in x
 * unless constants are allowed). Returns a new tree or NULL; the parse
 * error of the whole text goes to err.
 */
static ra_expr *longest_formula(const char *s, int allow_constant, char *err,
                                size_t errlen)
{
    ra_span w[RA_MAX_SEG_WORDS];
    char cand[RA_EXPR_MAX_LEN + 2];
    int n = ra_spans_split(s, w, RA_MAX_SEG_WORDS), len, st;
    size_t m;
    ra_expr *e;

    for (len = n; len > 0; len--) {
        for (st = 0; st + len <= n; st++) {
            m = w[st + len - 1].end - w[st].start;
            if (m > RA_EXPR_MAX_LEN)
                continue;
            memcpy(cand, s + w[st].start, m);
            cand[m] = '\0';
            e = ra_expr_parse(cand, len == n ? err : NULL, errlen);
            if (e && (allow_constant || ra_expr_uses_x(e)))
                return e;
            ra_expr_free(e);
        }
    }
    return NULL;
}

/* A function named in words ("a sine wave", "the square root"), or NULL. */
static ra_expr *named_function(const ra_words *ws)
{
    int i, k;

    for (i = 0; i < ws->n; i++) {
        for (k = 0; k < N_NAMED_FUNCTIONS; k++) {
            const char *key = named_functions[k].key;
            const char *key2 = named_functions[k].key2;
            int hit = ra_word_is(ws, i, key) ||
                      (strlen(key) >= 6 && ra_word_stem(ws, i, key));

            if (hit && (!key2 || ra_word_stem(ws, i + 1, key2)))
                return ra_expr_parse(named_functions[k].formula, NULL, 0);
        }
    }
    return NULL;
}

/*
 * Reads one function from a piece of the request into the plan. Returns
 * 1 if one was found; otherwise 0, with the parse error of an explicit
 * "y = ..." in err.
 */
static int read_function(ra_plot_plan *pl, const char *piece, char *err,
                         size_t errlen)
{
    const char *eq = strrchr(piece, '=');
    const char *rhs = eq ? eq + 1 : piece;
    ra_plot_fn *f = &pl->f[pl->n];
    ra_words ws;
    int i, c;

    ra_words_split(piece, &ws);
    f->e = longest_formula(rhs, eq != NULL, eq ? err : NULL, errlen);
    if (!f->e && !eq)
        f->e = named_function(&ws);
    if (!f->e)
        return 0;
    f->name = eq ? lhs_name(piece, (size_t)(eq - piece)) : 'y';
    f->colour = RA_PALETTE(pl->n);
    for (i = 0; i < ws.n; i++)
        if ((c = ra_colour_word(ws.v[i].w)) >= 0)
            f->colour = c;
    pl->n++;
    return 1;
}

/* Reads every function of the masked request; returns how many. */
int ra_read_functions(ra_plot_plan *pl, const char *mask, char *err,
                      size_t errlen)
{
    ra_span segs[64];
    char piece[512];
    int i, n = split_segments(mask, segs, 64);
    size_t len;

    for (i = 0; i < n; i++) {
        len = segs[i].end - segs[i].start;
        if (len >= sizeof(piece))
            len = sizeof(piece) - 1;
        memcpy(piece, mask + segs[i].start, len);
        piece[len] = '\0';
        if (pl->n >= RA_MAX_FUNCS) {
            ra_expr *e = longest_formula(piece, 0, NULL, 0);

            pl->dropped += e != NULL;
            ra_expr_free(e);
            continue;
        }
        read_function(pl, piece, err[0] ? NULL : err, errlen);
    }
    return pl->n;
}

/* Whether the request holds "y = ..." or "f(x) = ...". */
int ra_has_function_equation(const char *s)
{
    size_t i, j;

    for (i = 0; s[i]; i++) {
        if (s[i] != '=' || i == 0)
            continue;
        j = i;
        while (j > 0 && s[j - 1] == ' ')
            j--;
        if (j == 0)
            continue;
        if (lhs_name(s, j) != 'y' ||
            ((s[j - 1] == 'y' || s[j - 1] == 'Y') &&
             (j == 1 || !isalpha((unsigned char)s[j - 2]))))
            return 1;
    }
    return 0;
}

/* Requests about plots that need more than curves: refused honestly. */
int ra_needs_more_than_curves(const ra_words *ws)
{
    static const char *const more[] = {
        "derivative", "derivatives", "integral", "integrals", "integrate",
        "area",       "riemann",     "shade",    "shaded",    "shading",
        "secant",     "vector",      "vectors",  "matrix",    "surface",
        "limit",      "parametric",  "polar",    NULL};
    int i;

    for (i = 0; i < ws->n; i++)
        if (ra_word_stem(ws, i, "tangent") &&
            (ra_word_is(ws, i + 1, "line") || ra_word_is(ws, i + 1, "to") ||
             ra_word_is(ws, i + 1, "at")))
            return 1;
    return ra_words_has_any(ws, more);
}

void ra_plot_plan_free(ra_plot_plan *pl)
{
    int k;

    for (k = 0; k < pl->n; k++)
        ra_expr_free(pl->f[k].e);
    free(pl);
}
