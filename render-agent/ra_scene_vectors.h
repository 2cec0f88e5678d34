/*
 * ra_scene_vectors: the scenes for vectors and matrices (planned by
 * ra_plan_vectors): a NumberPlane with coordinates, arrows from the
 * origin labelled with their columns, tip-to-tail addition, differences,
 * scalar multiples, the dot product with the angle and the projection,
 * and a 2x2 matrix applied to a grid and the basis vectors.
 */
#ifndef RA_SCENE_VECTORS_H
#define RA_SCENE_VECTORS_H

#include "ra_builtin_internal.h"
#include "ra_plan_vectors.h"
#include "ra_prompt.h"

/*
 * Writes the vector or matrix scene for `prompt` (words ws). Returns
 * RA_TRY_OK, RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when
 * the request is not about vectors or matrices.
 */
ra_try_result ra_try_vectors(ra_scene *g, const char *prompt,
                             const ra_words *ws);

/*
 * Writes a coordinate plane named var (a fixed Python name) sized by pg:
 * a NumberPlane, or a ComplexPlane when complex is 1. The plain one is
 * faint and numbered on its axes (numbers cut by the frame left out);
 * with grid 1 it is a larger, bolder grid in the style's first colour,
 * without numbers, for a matrix to move.
 */
void ra_code_plane(ra_scene *g, const ra_plane_geom *pg, const char *var,
                   int complex, int grid);

#endif /* RA_SCENE_VECTORS_H */
