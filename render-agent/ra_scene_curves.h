/*
 * ra_scene_curves: the scenes for parametric and polar curves (planned
 * by ra_plan_curves): axes with equal scales or a PolarPlane, the curve
 * drawn while a dot traces it, and its equations in LaTeX.
 */
#ifndef RA_SCENE_CURVES_H
#define RA_SCENE_CURVES_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the curve scene for `prompt` (words ws). Returns RA_TRY_OK,
 * RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when the request
 * is not about a parametric or polar curve.
 */
ra_try_result ra_try_curve(ra_scene *g, const char *prompt,
                           const ra_words *ws);

#endif /* RA_SCENE_CURVES_H */
