/*
 * ra_plan_shapes: turns a request about shapes ("a blue circle and a
 * green star, then turn the star into a hexagon") into a plan: the shapes
 * with their colours, in order of creation, and up to RA_MAX_ACTIONS
 * actions (rotate, scale, move, transform, recolour, fade out), each on
 * a set of the shapes. The request is cut into clauses at its verbs; the
 * nouns of a clause are read by ra_shape_nouns.
 */
#ifndef RA_PLAN_SHAPES_H
#define RA_PLAN_SHAPES_H

#include "ra_prompt.h"

#define RA_MAX_SHAPES 6  /* shapes in one scene */
#define RA_MAX_ACTIONS 4 /* actions in one scene; the rest are dropped */

typedef enum {
    RA_ACT_ROTATE,
    RA_ACT_SCALE,
    RA_ACT_MOVE,
    RA_ACT_TRANSFORM,
    RA_ACT_COLOUR,
    RA_ACT_FADE_OUT
} ra_act_kind;

typedef struct ra_action {
    ra_act_kind kind; /* what happens */
    unsigned targets; /* bit i set: shape i takes part */
    double amount;    /* degrees, scale factor or distance */
    double dx, dy;    /* direction of a move */
    int shape;        /* RA_ACT_TRANSFORM: the new shape */
    int colour;       /* RA_ACT_TRANSFORM (-1 keeps it) and RA_ACT_COLOUR */
} ra_action;

typedef struct ra_shape_obj {
    int type;     /* shape (see ra_shape_info) at the start */
    int current;  /* what it is after the planned transformations */
    int colour;   /* colour reference */
    char var[20]; /* Python variable */
} ra_shape_obj;

typedef struct ra_shape_plan {
    ra_shape_obj s[RA_MAX_SHAPES];    /* shapes in order of creation */
    int n;                            /* how many */
    ra_action a[RA_MAX_ACTIONS];      /* actions in order */
    int nact;                         /* how many */
    int dropped;                      /* actions left out over the limit */
    int fade_in;                      /* introduce with FadeIn, not Create */
    int last;                         /* the shape "it" means, or -1 */
    int palette_used;                 /* shapes coloured from the style */
    unsigned gone;                    /* shapes faded out by earlier actions */
    unsigned char used[RA_MAX_WORDS]; /* words already given a meaning */
} ra_shape_plan;

/* What the verb of a clause asks for, before the rest is read. */
typedef enum {
    RA_VERB_NONE,
    RA_VERB_CREATE,
    RA_VERB_FADE_IN,
    RA_VERB_ROTATE,
    RA_VERB_SPIN,
    RA_VERB_SCALE,
    RA_VERB_SHRINK,
    RA_VERB_MOVE,
    RA_VERB_TRANSFORM,
    RA_VERB_FADE,
    RA_VERB_FADE_OUT,
    RA_VERB_COLOUR,
    RA_VERB_TURN,
    RA_VERB_CHANGE,
    RA_VERB_MAKE
} ra_verb;

/* The words of the request from one verb to the next. */
typedef struct ra_clause {
    ra_verb v; /* the verb that starts it (RA_VERB_NONE: leading phrase) */
    int word;  /* index of the verb word, or -1 */
    int from;  /* first word after the verb */
    int to;    /* one past the last word */
} ra_clause;

/*
 * Fills *pl (which it first clears) from the words of a request and
 * names every shape's Python variable. A request without a shape noun
 * gives pl->n == 0.
 */
void ra_plan_shapes(ra_shape_plan *pl, const ra_words *ws);

#endif /* RA_PLAN_SHAPES_H */
