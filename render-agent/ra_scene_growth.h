/*
 * ra_scene_growth: the scene for a growth comparison (planned by
 * ra_plan_growth): both functions on one set of axes with their
 * equations, the crossings marked, then a zoom out to a far view where
 * the winner's lead is plain, with the values at its end.
 */
#ifndef RA_SCENE_GROWTH_H
#define RA_SCENE_GROWTH_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the growth comparison for `prompt` (words ws). Returns
 * RA_TRY_OK, RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO
 * when the request does not compare the growth of two functions.
 */
ra_try_result ra_try_growth(ra_scene *g, const char *prompt,
                            const ra_words *ws);

#endif /* RA_SCENE_GROWTH_H */
