/*
 * ra_prompt: the words of a request, the colour table and the small
 * counts. See ra_prompt.h.
 */
#include "ra_prompt.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The colours a request may name; several words may mean one colour. */
typedef struct colour_def {
    const char *word;  /* as written in a request */
    const char *manim; /* Manim colour constant */
    const char *name;  /* for the explanation */
} colour_def;

static const colour_def colours[] = {
    {"red", "RED", "red"},          {"blue", "BLUE", "blue"},
    {"green", "GREEN", "green"},    {"yellow", "YELLOW", "yellow"},
    {"orange", "ORANGE", "orange"}, {"purple", "PURPLE", "purple"},
    {"violet", "PURPLE", "purple"}, {"pink", "PINK", "pink"},
    {"white", "WHITE", "white"},    {"black", "BLACK", "black"},
    {"grey", "GREY", "grey"},       {"gray", "GREY", "grey"},
    {"teal", "TEAL", "teal"},       {"gold", "GOLD", "gold"},
    {"golden", "GOLD", "gold"},     {"maroon", "MAROON", "maroon"},
};

#define N_COLOURS ((int)(sizeof(colours) / sizeof(colours[0])))

/* Small counts in words, indexed by their value. */
static const char *const number_words[] = {"zero", "one",  "two", "three",
                                           "four", "five", "six", NULL};

static void add_word(ra_words *ws, const char *w, double v, size_t start,
                     size_t end)
{
    ra_word *x;

    if (ws->n >= RA_MAX_WORDS)
        return;
    x = &ws->v[ws->n++];
    snprintf(x->w, sizeof(x->w), "%s", w);
    x->num = v;
    x->start = start;
    x->end = end;
}

static size_t scan_letters(const char *s, size_t i, ra_words *ws)
{
    char w[16];
    size_t j = i, n = 0;

    while (isalpha((unsigned char)s[j])) {
        if (n < sizeof(w) - 1)
            w[n++] = (char)tolower((unsigned char)s[j]);
        j++;
    }
    w[n] = '\0';
    add_word(ws, w, 0.0, i, j);
    return j;
}

/* Reads [-]digits[.digits]; only digits and a dot reach strtod. */
static size_t scan_number(const char *s, size_t i, ra_words *ws)
{
    char buf[32];
    size_t j = i, n = 0;
    int neg = s[j] == '-', dot = 0;

    j += neg;
    while (isdigit((unsigned char)s[j]) ||
           (s[j] == '.' && !dot && isdigit((unsigned char)s[j + 1]))) {
        dot |= s[j] == '.';
        if (n < sizeof(buf) - 1)
            buf[n++] = s[j];
        j++;
    }
    buf[n] = '\0';
    add_word(ws, "#", (neg ? -1.0 : 1.0) * strtod(buf, NULL), i, j);
    return j;
}

static int starts_number(const char *s, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = i + (s[i] == '-');

    if (s[i] == '-' && i > 0 && isalnum(u[i - 1]))
        return 0;
    return isdigit(u[k]) || (u[k] == '.' && isdigit(u[k + 1]));
}

void ra_words_split(const char *s, ra_words *ws)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;

    ws->n = 0;
    while (u[i] != '\0') {
        if (isalpha(u[i])) {
            i = scan_letters(s, i, ws);
        } else if (starts_number(s, i)) {
            i = scan_number(s, i, ws);
        } else if (strchr(",;.!?:", u[i])) {
            add_word(ws, ",", 0.0, i, i + 1);
            i++;
        } else if (u[i] == '%') {
            add_word(ws, "percent", 0.0, i, i + 1);
            i++;
        } else if (u[i] == 0xc2 && u[i + 1] == 0xb0) {
            add_word(ws, "degrees", 0.0, i, i + 2);
            i += 2;
        } else {
            i++;
        }
    }
}

int ra_word_is(const ra_words *ws, int i, const char *w)
{
    return i >= 0 && i < ws->n && strcmp(ws->v[i].w, w) == 0;
}

int ra_word_stem(const ra_words *ws, int i, const char *prefix)
{
    return i >= 0 && i < ws->n &&
           strncmp(ws->v[i].w, prefix, strlen(prefix)) == 0;
}

int ra_in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* Index of the first word in [from, to) that is in list, or -1. */
int ra_words_find(const ra_words *ws, int from, int to,
                  const char *const *list)
{
    int i;

    for (i = from; i < to && i < ws->n; i++)
        if (ra_in_list(ws->v[i].w, list))
            return i;
    return -1;
}

int ra_words_has_any(const ra_words *ws, const char *const *list)
{
    return ra_words_find(ws, 0, ws->n, list) >= 0;
}

int ra_words_has_stem(const ra_words *ws, const char *prefix)
{
    int i;

    for (i = 0; i < ws->n; i++)
        if (ra_word_stem(ws, i, prefix))
            return 1;
    return 0;
}

int ra_colour_word(const char *w)
{
    int i;

    for (i = 0; i < N_COLOURS; i++)
        if (strcmp(w, colours[i].word) == 0)
            return i;
    return -1;
}

const char *ra_colour_manim(int c)
{
    return colours[c].manim;
}

const char *ra_colour_name(int c)
{
    return colours[c].name;
}

/* A small count: "one".."six" or a whole number 1..6; else 0. */
int ra_count_word(const ra_words *ws, int i)
{
    int k;

    if (ra_word_is(ws, i, "#")) {
        double v = ws->v[i].num;

        return (v >= 1 && v <= 6 && v == floor(v)) ? (int)v : 0;
    }
    for (k = 1; number_words[k]; k++)
        if (ra_word_is(ws, i, number_words[k]))
            return k;
    return 0;
}

const char *ra_number_word(int n)
{
    return n >= 0 && n <= 6 ? number_words[n] : NULL;
}

int ra_spans_split(const char *s, ra_span *w, int max)
{
    int n = 0;
    size_t i = 0;

    while (s[i] && n < max) {
        while (isspace((unsigned char)s[i]))
            i++;
        if (!s[i])
            break;
        w[n].start = i;
        while (s[i] && !isspace((unsigned char)s[i]))
            i++;
        w[n++].end = i;
    }
    return n;
}

char *ra_lower_dup(const char *s)
{
    char *low = malloc(strlen(s) + 1);
    size_t k;

    if (!low)
        return NULL;
    for (k = 0; s[k]; k++)
        low[k] = (char)tolower((unsigned char)s[k]);
    low[k] = '\0';
    return low;
}

int ra_plan_refuse(char *why, size_t n, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(why, n, fmt, ap);
    va_end(ap);
    return -1;
}
