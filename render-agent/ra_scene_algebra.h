/*
 * ra_scene_algebra: the scene for solving a linear equation step by step
 * (planned by ra_plan_algebra): each line of the solution in LaTeX, its
 * equals sign under the one above, morphed from the line before with
 * TransformMatchingTex, with what was done to both sides written beside
 * it, and a check of the answer.
 */
#ifndef RA_SCENE_ALGEBRA_H
#define RA_SCENE_ALGEBRA_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the step-by-step solution for `prompt` (words ws). Returns
 * RA_TRY_OK with code and explanation written to g, RA_TRY_REFUSED with
 * the reason in g->why (the equation is not linear in one unknown), or
 * RA_TRY_NO when the request does not ask to solve an equation.
 */
ra_try_result ra_try_algebra(ra_scene *g, const char *prompt,
                             const ra_words *ws);

#endif /* RA_SCENE_ALGEBRA_H */
