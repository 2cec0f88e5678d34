/*
 * ra_shape_nouns: the shapes the offline generator can draw (Manim
 * constructor, size, whether it can be filled) and the nouns that name
 * them in a request: which shapes a clause creates ("two red stars"),
 * which ones already on screen it means ("the star", "it", "both") and
 * what a transformation turns them into ("into a hexagon").
 */
#ifndef RA_SHAPE_NOUNS_H
#define RA_SHAPE_NOUNS_H

#include "ra_plan_shapes.h"
#include "ra_prompt.h"

typedef struct ra_shape_def {
    const char *word; /* singular noun */
    const char *alt;  /* another noun for it, or NULL */
    const char *ctor; /* constructor call without its closing parenthesis */
    double w, h;      /* approximate size in scene units */
    int fillable;     /* has an inside worth filling */
} ra_shape_def;

/* Returns the description of a shape type (a ra_shape_word result). */
const ra_shape_def *ra_shape_info(int type);

/*
 * Returns the shape type a noun names, singular or plural (*plural says
 * which), or -1 when it names none.
 */
int ra_shape_word(const char *w, int *plural);

/* Returns 1 if any word of the request names a shape, else 0. */
int ra_has_shape(const ra_words *ws);

/*
 * Returns 1 if the clause names a shape without "the", "this", ... (a
 * new one: "a circle", "two stars"), else 0.
 */
int ra_mentions_new_shape(const ra_words *ws, const ra_clause *c);

/*
 * Reads the shape nouns of a clause and marks the words it reads in
 * pl->used: new shapes are added to the plan (up to RA_MAX_SHAPES),
 * nouns with "the" pick shapes already there, and the first noun after
 * word `split` (if split >= 0) is what a transformation makes (*into,
 * *into_colour, left alone when there is none). Returns the bits of the
 * shapes the clause acts on.
 */
unsigned ra_read_nouns(ra_shape_plan *pl, const ra_words *ws,
                       const ra_clause *c, int split, int *into,
                       int *into_colour);

/*
 * Returns the bits of the shapes an action with no shape noun applies
 * to: the last shape for "it", else every shape not faded out.
 */
unsigned ra_pronoun_targets(const ra_shape_plan *pl, const ra_words *ws,
                            const ra_clause *c);

#endif /* RA_SHAPE_NOUNS_H */
