/*
 * ra_scene_series: the scene for Taylor polynomials (planned by
 * ra_plan_series): the function on axes, then its Taylor polynomials of
 * increasing degree, each morphing into the next, with the current one
 * written in LaTeX above the axes.
 */
#ifndef RA_SCENE_SERIES_H
#define RA_SCENE_SERIES_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the Taylor polynomial scene for `prompt` (words ws). Returns
 * RA_TRY_OK, RA_TRY_REFUSED with the reason in g->why (an unsupported
 * function, degree or centre), or RA_TRY_NO when the request does not
 * ask for Taylor polynomials.
 */
ra_try_result ra_try_series(ra_scene *g, const char *prompt,
                            const ra_words *ws);

#endif /* RA_SCENE_SERIES_H */
