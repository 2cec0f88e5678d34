/*
 * ra_scene_complex: the scenes for complex numbers (planned by
 * ra_plan_complex) on a ComplexPlane: numbers as points with arrows and
 * labels, sums tip to tail, products as a rotation then a scaling, the
 * conjugate as a reflection, modulus and argument, and the roots of
 * unity on the unit circle.
 */
#ifndef RA_SCENE_COMPLEX_H
#define RA_SCENE_COMPLEX_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the complex-number scene for `prompt` (words ws). Returns
 * RA_TRY_OK, RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when
 * the request is not about complex numbers.
 */
ra_try_result ra_try_complex(ra_scene *g, const char *prompt,
                             const ra_words *ws);

#endif /* RA_SCENE_COMPLEX_H */
