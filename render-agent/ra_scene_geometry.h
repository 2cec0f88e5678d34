/*
 * ra_scene_geometry: the scenes for named theorems of plane geometry
 * (planned by ra_plan_geometry): squares on the sides of a right
 * triangle with their areas and a^2 + b^2 = c^2; a point moving around a
 * circle with its inscribed angle read live beside the fixed central
 * angle; a triangle's angles copied along a parallel line to fill 180
 * degrees; a polygon cut into triangles from one corner; a triangle's
 * exterior angle filled by copies of the two opposite angles.
 */
#ifndef RA_SCENE_GEOMETRY_H
#define RA_SCENE_GEOMETRY_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the geometry scene for `prompt` (words ws). Returns RA_TRY_OK,
 * RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when the request
 * names none of these theorems.
 */
ra_try_result ra_try_geometry(ra_scene *g, const char *prompt,
                              const ra_words *ws);

#endif /* RA_SCENE_GEOMETRY_H */
