/*
 * ra_plan_trig: the unit circle and the waves it traces. See
 * ra_plan_trig.h.
 */
#include "ra_plan_trig.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ra_prompt_range.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

static const char *const trig_words[] = {
    "sin",  "sine",         "sines",   "cos",    "cosine", "cosines",
    "trig", "trigonometry", "radians", "radian", NULL};

int ra_asks_trig(const ra_words *ws)
{
    static const char *const trace[] = {"trace",    "traces",    "tracing",
                                        "rotating", "turning",   "spinning",
                                        "generate", "generates", NULL};
    int i, circle = 0;

    for (i = 0; i < ws->n; i++) {
        if (ra_word_is(ws, i, "unit") && ra_word_stem(ws, i + 1, "circle"))
            return 1;
        circle |= ra_word_stem(ws, i, "circle");
    }
    if (circle && ra_words_has_any(ws, trig_words))
        return 1;
    return ra_words_has_any(ws, trace) &&
           (ra_words_has_stem(ws, "sine") ||
            ra_words_has_stem(ws, "cosine")) &&
           ra_words_has_any(
               ws, (const char *const[]){"wave", "waves", "graph", NULL});
}

/* Whether s[p..q) holds pi, as letters or as the Greek letter. */
static int holds_pi(const char *s, size_t p, size_t q)
{
    for (; p + 1 < q; p++)
        if ((s[p] == 'p' && s[p + 1] == 'i') ||
            (s[p] == '\xcf' && s[p + 1] == '\x80'))
            return 1;
    return 0;
}

/*
 * An angle in radians written with pi (pi/3, 2pi/3, ...) in the
 * lower-case request: the first constant holding pi. Returns 1 if found.
 */
static int radians_in(const char *s, double *v)
{
    size_t p, q;

    for (p = 0; s[p]; p++) {
        if (p > 0 && (isalnum((unsigned char)s[p - 1]) || s[p - 1] == '.'))
            continue;
        q = p;
        if (ra_read_constant(s, &q, v) && q > p && holds_pi(s, p, q) &&
            !isalpha((unsigned char)s[q]))
            return 1;
    }
    return 0;
}

/* The angle asked for: "30 degrees", "45°", "pi/4". Returns 1 if one. */
static int read_angle(const char *prompt, const ra_words *ws, double *rad)
{
    char *low = ra_lower_dup(prompt);
    int i, found;

    for (i = 0; i + 1 < ws->n; i++)
        if (ra_word_is(ws, i, "#") && ra_word_stem(ws, i + 1, "deg")) {
            *rad = ws->v[i].num * M_PI / 180;
            free(low);
            return 1;
        }
    found = low && radians_in(low, rad);
    free(low);
    return found;
}

int ra_plan_trig(ra_trig_plan *tp, const char *prompt, const ra_words *ws)
{
    static const char *const wave[] = {"wave",  "waves",  "graph",   "graphs",
                                       "trace", "traces", "tracing", "curve",
                                       "plot",  NULL};
    double a;

    memset(tp, 0, sizeof(*tp));
    tp->wave = ra_words_has_any(ws, wave);
    tp->cosine =
        (ra_words_has_stem(ws, "cos") &&
         !ra_words_has_any(ws, (const char *const[]){"sin", "sine", NULL}));
    tp->turns = 1;
    if (read_angle(prompt, ws, &a)) {
        if (fabs(a) > 8 * M_PI)
            return -1;
        tp->has_angle = 1;
        tp->angle = a;
        tp->degrees = a * 180 / M_PI;
        tp->turns = fabs(a) / (2 * M_PI);
    }
    return 0;
}
