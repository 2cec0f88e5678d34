/*
 * ra_plan_shapes: from the words of a request to shapes and actions. See
 * ra_plan_shapes.h.
 */
#include "ra_plan_shapes.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ra_shape_nouns.h"

/* Verbs by stem, tried in order; the first that matches counts. */
static const struct {
    const char *stem; /* word prefix */
    ra_verb v;        /* what it asks for */
} verbs[] = {
    {"draw", RA_VERB_CREATE},
    {"creat", RA_VERB_CREATE},
    {"show", RA_VERB_CREATE},
    {"display", RA_VERB_CREATE},
    {"add", RA_VERB_CREATE},
    {"put", RA_VERB_CREATE},
    {"place", RA_VERB_CREATE},
    {"render", RA_VERB_CREATE},
    {"generat", RA_VERB_CREATE},
    {"animat", RA_VERB_CREATE},
    {"sketch", RA_VERB_CREATE},
    {"appear", RA_VERB_FADE_IN},
    {"rotat", RA_VERB_ROTATE},
    {"spin", RA_VERB_SPIN},
    {"twirl", RA_VERB_SPIN},
    {"revolv", RA_VERB_SPIN},
    {"scal", RA_VERB_SCALE},
    {"grow", RA_VERB_SCALE},
    {"enlarg", RA_VERB_SCALE},
    {"expand", RA_VERB_SCALE},
    {"doubl", RA_VERB_SCALE},
    {"resiz", RA_VERB_SCALE},
    {"shrink", RA_VERB_SHRINK},
    {"shrunk", RA_VERB_SHRINK},
    {"halv", RA_VERB_SHRINK},
    {"mov", RA_VERB_MOVE},
    {"shift", RA_VERB_MOVE},
    {"slid", RA_VERB_MOVE},
    {"translat", RA_VERB_MOVE},
    {"glid", RA_VERB_MOVE},
    {"transform", RA_VERB_TRANSFORM},
    {"morph", RA_VERB_TRANSFORM},
    {"becom", RA_VERB_TRANSFORM},
    {"convert", RA_VERB_TRANSFORM},
    {"fad", RA_VERB_FADE},
    {"disappear", RA_VERB_FADE_OUT},
    {"vanish", RA_VERB_FADE_OUT},
    {"remov", RA_VERB_FADE_OUT},
    {"color", RA_VERB_COLOUR},
    {"colour", RA_VERB_COLOUR},
    {"paint", RA_VERB_COLOUR},
    {"recolo", RA_VERB_COLOUR},
    {"turn", RA_VERB_TURN},
    {"chang", RA_VERB_CHANGE},
    {"make", RA_VERB_MAKE},
    {"making", RA_VERB_MAKE},
    {"made", RA_VERB_MAKE},
};

static ra_verb verb_of(const ra_words *ws, int i)
{
    size_t k;

    /* "a circle coloured red" describes the circle; it is not an action */
    if (ra_word_is(ws, i, "colored") || ra_word_is(ws, i, "coloured") ||
        ra_word_is(ws, i, "painted"))
        return RA_VERB_NONE;
    for (k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
        if (ra_word_stem(ws, i, verbs[k].stem))
            return verbs[k].v;
    return RA_VERB_NONE;
}

/* Splits the request at its verbs; returns the number of clauses. */
static int split_clauses(const ra_words *ws, ra_clause *out, int max)
{
    int i, n = 0, content = 0, plural;
    ra_verb v;

    out[0] = (ra_clause){RA_VERB_NONE, -1, 0, ws->n};
    for (i = 0; i < ws->n; i++) {
        v = verb_of(ws, i);
        if (v == RA_VERB_NONE) {
            content |= ra_shape_word(ws->v[i].w, &plural) >= 0;
            continue;
        }
        if (out[n].v == RA_VERB_NONE && !content) {
            out[n] = (ra_clause){v, i, i + 1, ws->n};
            continue;
        }
        if (n + 1 >= max)
            break;
        out[n].to = i;
        out[++n] = (ra_clause){v, i, i + 1, ws->n};
        content = 0;
    }
    return n + 1;
}

/*
 * Index of the word that separates a shape from what it becomes ("into",
 * "to", "as", "in" followed closely by a shape noun), or -1.
 */
static int split_point(const ra_words *ws, const ra_clause *c)
{
    static const char *const into[] = {"into", "to", "as", "in", NULL};
    int i, j, plural;

    for (i = c->from; i < c->to; i++) {
        if (!ra_in_list(ws->v[i].w, into))
            continue;
        for (j = i + 1; j < c->to && j <= i + 4; j++)
            if (ra_shape_word(ws->v[j].w, &plural) >= 0)
                return i;
    }
    return -1;
}

/* The first colour word of the clause not describing a shape noun, or -1. */
static int free_colour(const ra_shape_plan *pl, const ra_words *ws,
                       const ra_clause *c)
{
    int i;

    for (i = c->from; i < c->to; i++)
        if (!pl->used[i] && ra_colour_word(ws->v[i].w) >= 0)
            return ra_colour_word(ws->v[i].w);
    return -1;
}

/* What the verb means here: "fade in", "turn into", "make it bigger". */
static ra_verb resolve_verb(const ra_shape_plan *pl, const ra_words *ws,
                            const ra_clause *c)
{
    static const char *const bigger[] = {"big",  "bigger", "large", "larger",
                                         "huge", "grow",   NULL};
    static const char *const smaller[] = {"small", "smaller", "tiny", NULL};
    int i;

    switch (c->v) {
    case RA_VERB_FADE:
        for (i = c->from; i < c->to && i < c->from + 3; i++) {
            if (ra_word_is(ws, i, "in"))
                return RA_VERB_FADE_IN;
            if (ra_word_is(ws, i, "out") || ra_word_is(ws, i, "away"))
                return RA_VERB_FADE_OUT;
        }
        return RA_VERB_FADE_OUT;
    case RA_VERB_TURN:
    case RA_VERB_CHANGE:
        if (split_point(ws, c) >= 0)
            return RA_VERB_TRANSFORM;
        if (free_colour(pl, ws, c) >= 0)
            return RA_VERB_COLOUR;
        return c->v == RA_VERB_TURN ? RA_VERB_ROTATE : RA_VERB_NONE;
    case RA_VERB_MAKE:
        if (ra_mentions_new_shape(ws, c))
            return RA_VERB_CREATE;
        if (ra_words_find(ws, c->from, c->to, bigger) >= 0)
            return RA_VERB_SCALE;
        if (ra_words_find(ws, c->from, c->to, smaller) >= 0)
            return RA_VERB_SHRINK;
        return free_colour(pl, ws, c) >= 0 ? RA_VERB_COLOUR : RA_VERB_NONE;
    default:
        return c->v;
    }
}

/* The first number of the clause not already used for a count. */
static int clause_number(const ra_shape_plan *pl, const ra_words *ws,
                         const ra_clause *c)
{
    int i;

    for (i = c->from; i < c->to; i++)
        if (ra_word_is(ws, i, "#") && !pl->used[i])
            return i;
    return -1;
}

/* The angle asked for, in degrees (< 0 clockwise), within +-1080. */
static double rotate_angle(const ra_shape_plan *pl, const ra_words *ws,
                           const ra_clause *c, ra_verb v)
{
    double angle = v == RA_VERB_SPIN ? 360.0 : 90.0;
    int i = clause_number(pl, ws, c), k;

    if (i >= 0) {
        angle = ws->v[i].num;
        if (ra_word_stem(ws, i + 1, "rad"))
            angle *= 180.0 / M_PI;
        else if (ra_word_stem(ws, i + 1, "turn") ||
                 ra_word_stem(ws, i + 1, "time") ||
                 ra_word_stem(ws, i + 1, "revolution") ||
                 ra_word_stem(ws, i + 1, "rotation"))
            angle *= 360.0;
    } else {
        for (k = c->from; k < c->to; k++) {
            if (ra_word_is(ws, k, "quarter"))
                angle = 90.0;
            else if (ra_word_is(ws, k, "half") || ra_word_is(ws, k, "pi"))
                angle = 180.0;
            else if (ra_word_is(ws, k, "full") ||
                     ra_word_is(ws, k, "complete") ||
                     ra_word_is(ws, k, "whole") || ra_word_is(ws, k, "once"))
                angle = 360.0;
            else if (ra_word_is(ws, k, "twice"))
                angle = 720.0;
        }
    }
    for (k = c->from; k < c->to; k++)
        if (ra_word_is(ws, k, "clockwise") &&
            !ra_word_is(ws, k - 1, "counter") &&
            !ra_word_is(ws, k - 1, "anti"))
            angle = -fabs(angle);
    return fmax(-1080.0, fmin(1080.0, angle));
}

/* The scale factor asked for, within 0.2 .. 3. */
static double scale_factor(const ra_shape_plan *pl, const ra_words *ws,
                           const ra_clause *c, ra_verb v)
{
    int shrink = v == RA_VERB_SHRINK, i = clause_number(pl, ws, c), k;
    double f = shrink ? 0.5 : ra_word_stem(ws, c->word, "doubl") ? 2.0 : 1.5;

    for (k = c->from; k < c->to; k++) {
        if (ra_word_is(ws, k, "twice") || ra_word_is(ws, k, "double"))
            f = 2.0;
        else if (ra_word_is(ws, k, "triple") || ra_word_is(ws, k, "thrice"))
            f = 3.0;
        else if (ra_word_is(ws, k, "half"))
            f = 0.5;
        else if (ra_word_is(ws, k, "down") || ra_word_is(ws, k, "smaller"))
            shrink = 1, f = 0.5;
    }
    if (i >= 0 && ws->v[i].num > 0) {
        f = ws->v[i].num;
        /* "scale to 50%" is half; "grow by 50%" and "shrink by 50%" are
           changes of the size */
        if (ra_word_is(ws, i + 1, "percent"))
            f = shrink ? 1.0 - f / 100.0
                : ra_word_stem(ws, c->word, "scal") ||
                        ra_word_stem(ws, c->word, "resiz")
                    ? f / 100.0
                    : 1.0 + f / 100.0;
        else if (shrink && f > 1.0)
            f = 1.0 / f;
    }
    return fmax(0.2, fmin(3.0, f));
}

/* The direction and distance (0.2 .. 5 units) of a move. */
static void move_vector(const ra_shape_plan *pl, const ra_words *ws,
                        const ra_clause *c, ra_action *a)
{
    int i = clause_number(pl, ws, c), k;

    a->dx = a->dy = 0.0;
    for (k = c->from; k < c->to; k++) {
        if (ra_word_stem(ws, k, "left"))
            a->dx -= 1.0;
        else if (ra_word_stem(ws, k, "right"))
            a->dx += 1.0;
        else if (ra_word_is(ws, k, "up") || ra_word_stem(ws, k, "upward") ||
                 ra_word_is(ws, k, "top"))
            a->dy += 1.0;
        else if (ra_word_is(ws, k, "down") ||
                 ra_word_stem(ws, k, "downward") ||
                 ra_word_is(ws, k, "bottom"))
            a->dy -= 1.0;
    }
    if (a->dx == 0.0 && a->dy == 0.0)
        a->dx = 1.0;
    a->amount = i >= 0 ? fabs(ws->v[i].num) : 2.0;
    a->amount = fmax(0.2, fmin(5.0, a->amount));
}

/* Keeps an action that has targets, up to RA_MAX_ACTIONS of them. */
static void add_action(ra_shape_plan *pl, const ra_action *a)
{
    int i;

    if (!a->targets)
        return;
    if (pl->nact >= RA_MAX_ACTIONS) {
        pl->dropped++;
        return;
    }
    pl->a[pl->nact++] = *a;
    if (a->kind == RA_ACT_FADE_OUT)
        pl->gone |= a->targets;
    for (i = 0; i < pl->n && a->kind == RA_ACT_TRANSFORM; i++)
        if (a->targets & (1u << i))
            pl->s[i].current = a->shape;
}

/* Turns one clause into new shapes and at most one action. */
static void plan_clause(ra_shape_plan *pl, const ra_words *ws,
                        const ra_clause *c)
{
    ra_verb v = resolve_verb(pl, ws, c);
    int split = v == RA_VERB_TRANSFORM ? split_point(ws, c) : -1;
    int into = -1, into_colour = -1;
    ra_action a;

    memset(&a, 0, sizeof(a));
    a.targets = ra_read_nouns(pl, ws, c, split, &into, &into_colour);
    if (v == RA_VERB_NONE || v == RA_VERB_CREATE || v == RA_VERB_FADE_IN) {
        pl->fade_in |= v == RA_VERB_FADE_IN;
        return;
    }
    if (!a.targets)
        a.targets = ra_pronoun_targets(pl, ws, c);
    a.targets &= ~pl->gone;
    switch (v) {
    case RA_VERB_ROTATE:
    case RA_VERB_SPIN:
        a.kind = RA_ACT_ROTATE;
        a.amount = rotate_angle(pl, ws, c, v);
        break;
    case RA_VERB_SCALE:
    case RA_VERB_SHRINK:
        a.kind = RA_ACT_SCALE;
        a.amount = scale_factor(pl, ws, c, v);
        break;
    case RA_VERB_MOVE:
        a.kind = RA_ACT_MOVE;
        move_vector(pl, ws, c, &a);
        break;
    case RA_VERB_TRANSFORM:
        a.kind = RA_ACT_TRANSFORM;
        a.shape = into;
        a.colour = into_colour;
        break;
    case RA_VERB_COLOUR:
        a.kind = RA_ACT_COLOUR;
        a.colour = free_colour(pl, ws, c);
        break;
    default:
        a.kind = RA_ACT_FADE_OUT;
    }
    if ((a.kind == RA_ACT_TRANSFORM && a.shape < 0) ||
        (a.kind == RA_ACT_COLOUR && a.colour < 0) ||
        (a.kind == RA_ACT_ROTATE && a.amount == 0.0) ||
        (a.kind == RA_ACT_SCALE && a.amount == 1.0))
        return;
    add_action(pl, &a);
}

/* Gives every shape a Python name: circle, or circle_1, circle_2, ... */
static void name_shapes(ra_shape_plan *pl)
{
    int i, k, total, nth;

    for (i = 0; i < pl->n; i++) {
        const char *w = ra_shape_info(pl->s[i].type)->word;

        for (total = 0, nth = 0, k = 0; k < pl->n; k++) {
            total += pl->s[k].type == pl->s[i].type;
            nth += k <= i && pl->s[k].type == pl->s[i].type;
        }
        if (total > 1)
            snprintf(pl->s[i].var, sizeof(pl->s[i].var), "%s_%d", w, nth);
        else
            snprintf(pl->s[i].var, sizeof(pl->s[i].var), "%s", w);
    }
}

void ra_plan_shapes(ra_shape_plan *pl, const ra_words *ws)
{
    ra_clause cl[32];
    int i, n = split_clauses(ws, cl, 32);

    memset(pl, 0, sizeof(*pl));
    pl->last = -1;
    for (i = 0; i < n; i++)
        plan_clause(pl, ws, &cl[i]);
    name_shapes(pl);
}
