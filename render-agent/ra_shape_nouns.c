/*
 * ra_shape_nouns: the shape table and the shape nouns of a request. See
 * ra_shape_nouns.h.
 */
#include "ra_shape_nouns.h"

#include <stddef.h>
#include <string.h>

#include "ra_builtin_internal.h"

static const ra_shape_def shape_defs[] = {
    {"circle", NULL, "Circle(radius=1", 2.0, 2.0, 1},
    {"square", NULL, "Square(side_length=2", 2.0, 2.0, 1},
    {"rectangle", "rect", "Rectangle(width=3, height=2", 3.0, 2.0, 1},
    {"triangle", NULL, "Triangle(radius=1.2", 2.1, 1.8, 1},
    {"pentagon", NULL, "RegularPolygon(n=5, radius=1.1", 2.1, 2.0, 1},
    {"hexagon", NULL, "RegularPolygon(n=6, radius=1.1", 2.2, 1.9, 1},
    {"heptagon", NULL, "RegularPolygon(n=7, radius=1.1", 2.2, 2.1, 1},
    {"octagon", NULL, "RegularPolygon(n=8, radius=1.1", 2.2, 2.1, 1},
    {"star", NULL, "Star(n=5, outer_radius=1.2", 2.3, 2.2, 1},
    {"ellipse", "oval", "Ellipse(width=3, height=1.8", 3.0, 1.8, 1},
    {"dot", "point", "Dot(radius=0.15", 0.3, 0.3, 0},
    {"line", "segment", "Line(LEFT * 1.5, RIGHT * 1.5", 3.0, 0.1, 0},
    {"arrow", NULL, "Arrow(LEFT * 1.5, RIGHT * 1.5, buff=0", 3.0, 0.4, 0},
};

#define N_SHAPE_DEFS ((int)(sizeof(shape_defs) / sizeof(shape_defs[0])))

/* Words before a shape noun that do not change which shape is meant. */
static const char *const article_words[] = {
    "a",       "an",     "the",     "this",     "that",   "these",  "those",
    "another", "new",    "big",     "small",    "large",  "little", "tiny",
    "filled",  "solid",  "hollow",  "outlined", "bright", "dark",   "light",
    "nice",    "simple", "regular", "of",       NULL};

static const char *const definite_words[] = {"the",   "this",  "that",
                                             "these", "those", NULL};

static const char *const all_words[] = {"them",     "they",       "both",
                                        "all",      "everything", "each",
                                        "together", "shapes",     NULL};

const ra_shape_def *ra_shape_info(int type)
{
    return &shape_defs[type];
}

/* The shape a noun names (also in the plural), or -1. */
int ra_shape_word(const char *w, int *plural)
{
    size_t n = strlen(w);
    int i;

    for (i = 0; i < N_SHAPE_DEFS; i++) {
        const char *a = shape_defs[i].word, *b = shape_defs[i].alt;
        size_t la = strlen(a), lb = b ? strlen(b) : 0;

        *plural = 0;
        if (strcmp(w, a) == 0 || (b && strcmp(w, b) == 0))
            return i;
        *plural = 1;
        if ((n == la + 1 && strncmp(w, a, la) == 0 && w[la] == 's') ||
            (b && n == lb + 1 && strncmp(w, b, lb) == 0 && w[lb] == 's'))
            return i;
    }
    *plural = 0;
    return -1;
}

int ra_has_shape(const ra_words *ws)
{
    int i, plural;

    for (i = 0; i < ws->n; i++)
        if (ra_shape_word(ws->v[i].w, &plural) >= 0)
            return 1;
    return 0;
}

/* Whether a shape noun in the clause is new ("a circle", "two stars"). */
int ra_mentions_new_shape(const ra_words *ws, const ra_clause *c)
{
    int i, plural;

    for (i = c->from; i < c->to; i++)
        if (ra_shape_word(ws->v[i].w, &plural) >= 0 &&
            !ra_in_list(ws->v[i > 0 ? i - 1 : 0].w, definite_words))
            return 1;
    return 0;
}

/* What the words just before a shape noun say about it. */
typedef struct noun_info {
    int colour;   /* colour reference, or -1 when none is named */
    int count;    /* how many, 0 when not given */
    int definite; /* "the", "this", ... */
} noun_info;

static noun_info describe_noun(ra_shape_plan *pl, const ra_words *ws, int i,
                               int from)
{
    noun_info ni = {-1, 0, 0};
    int j, c, plural;

    for (j = i - 1; j >= from && j >= i - 4; j--) {
        if ((c = ra_colour_word(ws->v[j].w)) >= 0 && ni.colour < 0)
            ni.colour = c;
        else if (ra_count_word(ws, j) && !ni.count)
            ni.count = ra_count_word(ws, j);
        else if (ra_in_list(ws->v[j].w, definite_words))
            ni.definite = 1;
        else if (!ra_in_list(ws->v[j].w, article_words) ||
                 ra_shape_word(ws->v[j].w, &plural) >= 0)
            break;
        pl->used[j] = 1;
    }
    /* "a circle in red", "a square coloured blue" */
    if (ni.colour < 0 &&
        (ra_word_is(ws, i + 1, "in") || ra_word_is(ws, i + 1, "colored") ||
         ra_word_is(ws, i + 1, "coloured")) &&
        (c = i + 2 < ws->n ? ra_colour_word(ws->v[i + 2].w) : -1) >= 0) {
        ni.colour = c;
        pl->used[i + 2] = 1;
    }
    return ni;
}

/* Adds count shapes of a type; returns the bits of the new shapes. */
static unsigned add_shapes(ra_shape_plan *pl, int type, int colour, int count)
{
    unsigned bits = 0;
    int k;

    for (k = 0; k < count && pl->n < RA_MAX_SHAPES; k++) {
        ra_shape_obj *s = &pl->s[pl->n];

        s->type = s->current = type;
        s->colour = colour >= 0 ? colour : RA_PALETTE(pl->palette_used++);
        bits |= 1u << pl->n;
        pl->last = pl->n++;
    }
    return bits;
}

/* The shapes of a type already on screen (the newest one, or all). */
static unsigned existing(const ra_shape_plan *pl, int type, int all)
{
    unsigned bits = 0;
    int k;

    for (k = pl->n - 1; k >= 0; k--) {
        if (pl->s[k].current != type || (pl->gone & (1u << k)))
            continue;
        bits |= 1u << k;
        if (!all)
            break;
    }
    return bits;
}

/*
 * Reads the shape nouns of a clause: new shapes are added, nouns with
 * "the" pick shapes already there, and the noun after the split point is
 * what a transformation makes (*into, *into_colour). Returns the shapes
 * the clause acts on.
 */
unsigned ra_read_nouns(ra_shape_plan *pl, const ra_words *ws,
                       const ra_clause *c, int split, int *into,
                       int *into_colour)
{
    unsigned targets = 0, bits;
    int i, type, plural;
    noun_info ni;

    for (i = c->from; i < c->to; i++) {
        if ((type = ra_shape_word(ws->v[i].w, &plural)) < 0)
            continue;
        ni = describe_noun(pl, ws, i, c->from);
        pl->used[i] = 1;
        if (split >= 0 && i > split) {
            if (*into < 0) {
                *into = type;
                *into_colour = ni.colour;
            }
            continue;
        }
        bits = ni.definite ? existing(pl, type, plural) : 0;
        if (!bits)
            bits = add_shapes(pl, type, ni.colour,
                              ni.count ? ni.count
                              : plural ? 2
                                       : 1);
        else
            pl->last = 31 - __builtin_clz(bits);
        targets |= bits;
    }
    return targets;
}

/* The shapes an action with no shape noun applies to. */
unsigned ra_pronoun_targets(const ra_shape_plan *pl, const ra_words *ws,
                            const ra_clause *c)
{
    unsigned all = ((1u << pl->n) - 1) & ~pl->gone;
    int i;

    for (i = c->from; i < c->to; i++) {
        if ((ra_word_is(ws, i, "it") || ra_word_is(ws, i, "its")) &&
            pl->last >= 0)
            return (1u << pl->last) & ~pl->gone;
        if (ra_in_list(ws->v[i].w, all_words))
            return all;
    }
    return all;
}
