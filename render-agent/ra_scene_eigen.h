/*
 * ra_scene_eigen: eigenvectors of a 2x2 matrix (planned by ra_plan_eigen)
 * on the plane: the eigenvector lines dashed, an arrow on each and one
 * off them, the matrix applied to the grid and the arrows, and a card
 * with A v = lambda v for each line and the image of the other arrow.
 */
#ifndef RA_SCENE_EIGEN_H
#define RA_SCENE_EIGEN_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the eigenvector scene for `prompt` (words ws). Returns
 * RA_TRY_OK, RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when
 * the request names no eigenvalue or eigenvector.
 */
ra_try_result ra_try_eigen(ra_scene *g, const char *prompt,
                           const ra_words *ws);

#endif /* RA_SCENE_EIGEN_H */
