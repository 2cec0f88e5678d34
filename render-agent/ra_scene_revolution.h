/*
 * ra_scene_revolution: the scene for a solid of revolution (planned by
 * ra_plan_revolution): the curve drawn flat, the camera tilting into 3D,
 * the curve swept once around the x-axis while the solid appears, one
 * disc cross-section, and the volume written as pi times the integral
 * of f(x)^2 with its value.
 */
#ifndef RA_SCENE_REVOLUTION_H
#define RA_SCENE_REVOLUTION_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the solid of revolution for `prompt` (words ws). Returns
 * RA_TRY_OK, RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO
 * when the request is not about a solid of revolution of a curve.
 */
ra_try_result ra_try_revolution(ra_scene *g, const char *prompt,
                                const ra_words *ws);

#endif /* RA_SCENE_REVOLUTION_H */
