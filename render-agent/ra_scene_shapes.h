/*
 * ra_scene_shapes: the scene for a request about shapes. The plan of
 * ra_plan_shapes is written as Manim code (the shapes created side by
 * side, filled in, then one self.play per action) and as an explanation
 * that follows the same steps in words.
 */
#ifndef RA_SCENE_SHAPES_H
#define RA_SCENE_SHAPES_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the scene for a request that names shapes. Returns RA_TRY_OK
 * with code and explanation written to g, or RA_TRY_NO (nothing written)
 * when the request names no shape to draw or memory runs out.
 */
ra_try_result ra_try_shapes(ra_scene *g, const ra_words *ws);

#endif /* RA_SCENE_SHAPES_H */
