/*
 * ra_builtin_internal: the types the parts of the offline code generator
 * (ra_builtin) share and nothing outside it uses: the scene being
 * written, the answer of a planner, and colour references.
 *
 * The generator is split by concept: ra_prompt reads the words of the
 * request, ra_prompt_range an x range or point in it and
 * ra_prompt_numbers its vectors and matrices; ra_expr parses formulas;
 * one ra_plan_<topic> per topic (shapes, plots, equations, calculus,
 * algebra, quadratic, numberline, vectors, eigen, trig, complex, chart,
 * binomial, sieve, curves, space, geometry, series, growth, revolution)
 * turns the request into a plan, and the matching ra_scene_<topic>
 * writes the plan as code and explanation through ra_scene_writer;
 * ra_builtin chooses: the named topics (quadratic, series, growth,
 * revolution, geometry, sieve, binomial, eigen) first.
 */
#ifndef RA_BUILTIN_INTERNAL_H
#define RA_BUILTIN_INTERNAL_H

#include "mm_buf.h"
#include "ra_builtin.h"

/* A scene while it is written. */
typedef struct ra_scene {
    const ra_scene_colours *st; /* colours and stroke width */
    mm_buf code;                /* the scene being written */
    mm_buf expl;                /* the explanation being written */
    int anims;                  /* self.play and self.wait calls written */
    mm_buf why;                 /* why a planner refused, for the user */
    mm_buf labels;              /* Python names of the labels placed so far,
                                   comma-separated (ra_code_place_label) */
} ra_scene;

/* What a planner made of the request. */
typedef enum {
    RA_TRY_NO,     /* not its kind of request; nothing written */
    RA_TRY_OK,     /* the scene and explanation are written */
    RA_TRY_REFUSED /* its kind, but it cannot be done: why says why (if
                      it is empty, the general message is given) */
} ra_try_result;

/*
 * A colour reference: >= 0 indexes the colour table of ra_prompt
 * (ra_colour_word), < 0 is slot k of the scene palette, RA_PALETTE(k):
 * primary, secondary, accent, text, then round again.
 */
#define RA_PALETTE(k) (-1 - (k))

#endif /* RA_BUILTIN_INTERNAL_H */
