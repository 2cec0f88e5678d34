/*
 * ra_scene_space: the ThreeDScene for a surface z = f(x, y) on
 * ThreeDAxes, coloured by height, or for solids side by side with their
 * names and volume formulas fixed in the frame; the camera then turns
 * around them (planned by ra_plan_space).
 */
#ifndef RA_SCENE_SPACE_H
#define RA_SCENE_SPACE_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the 3D scene for `prompt` (words ws). Returns RA_TRY_OK,
 * RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when the request
 * asks for no surface or solid.
 */
ra_try_result ra_try_space(ra_scene *g, const char *prompt,
                           const ra_words *ws);

#endif /* RA_SCENE_SPACE_H */
