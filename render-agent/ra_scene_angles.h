/*
 * ra_scene_angles: the scenes for the angle theorems planned by
 * ra_plan_geometry: a triangle's angles copied along the parallel through
 * its top vertex to fill 180 degrees; its exterior angle filled by copies
 * of the two opposite angles; a polygon cut into triangles from one
 * corner, (n - 2) 180 degrees.
 */
#ifndef RA_SCENE_ANGLES_H
#define RA_SCENE_ANGLES_H

#include "ra_builtin_internal.h"
#include "ra_plan_geometry.h"

/*
 * Each writes the body of its scene after the header (the figure, its
 * animations and the final wait) and its explanation.
 */
void ra_scene_angle_sum(ra_scene *g, const ra_angle_sum_plan *ap);
void ra_scene_exterior(ra_scene *g, const ra_angle_sum_plan *ap);
void ra_scene_polygon_sum(ra_scene *g, const ra_polygon_sum_plan *pp);

#endif /* RA_SCENE_ANGLES_H */
