/*
 * ra_scene_calculus: the scenes for tangent lines, secant lines, areas
 * under and between curves, and Riemann sums (planned by
 * ra_plan_calculus), drawn on the axes of a plot, with the slope, area
 * or sum written in LaTeX and an explanation of what it means.
 */
#ifndef RA_SCENE_CALCULUS_H
#define RA_SCENE_CALCULUS_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the calculus scene for `prompt` (with its words ws). Returns
 * RA_TRY_OK with code and explanation written to g, RA_TRY_REFUSED with
 * the reason in g->why, or RA_TRY_NO when the request is not about
 * tangents, secants, areas or Riemann sums of a function.
 */
ra_try_result ra_try_calculus(ra_scene *g, const char *prompt,
                              const ra_words *ws);

#endif /* RA_SCENE_CALCULUS_H */
