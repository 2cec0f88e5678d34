/*
 * ra_scene_trig: the scene for the unit circle (planned by ra_plan_trig):
 * a point turned by a ValueTracker around the circle, its cosine and sine
 * drawn as the legs of a right triangle with always_redraw, live values
 * of the angle, cosine and sine, the exact values at a special angle, and
 * optionally the sine or cosine graph traced beside the circle.
 */
#ifndef RA_SCENE_TRIG_H
#define RA_SCENE_TRIG_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the unit circle scene for `prompt` (words ws). Returns
 * RA_TRY_OK, RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when
 * the request is not about the unit circle.
 */
ra_try_result ra_try_trig(ra_scene *g, const char *prompt, const ra_words *ws);

#endif /* RA_SCENE_TRIG_H */
