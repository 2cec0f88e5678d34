/*
 * ra_scene_quadratic: the scene for a quadratic equation (planned by
 * ra_plan_quadratic): the solution line by line in LaTeX, equals signs
 * lined up, each line with what was done beside it (factoring,
 * completing the square or the quadratic formula), and, beside it, the
 * parabola with its roots and vertex marked.
 */
#ifndef RA_SCENE_QUADRATIC_H
#define RA_SCENE_QUADRATIC_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the solution of the quadratic in `prompt` (words ws). Returns
 * RA_TRY_OK with code and explanation written to g, RA_TRY_REFUSED with
 * the reason in g->why, or RA_TRY_NO when the request does not ask to
 * solve, factor or find the roots of a quadratic.
 */
ra_try_result ra_try_quadratic(ra_scene *g, const char *prompt,
                               const ra_words *ws);

#endif /* RA_SCENE_QUADRATIC_H */
