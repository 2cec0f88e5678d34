/*
 * ra_scene_plots: the scene for a plot request. Axes with numbers and
 * labels, each curve drawn piece by piece where it is visible, its
 * equation written above the axes in LaTeX, and an explanation; or a
 * refusal that says what was wrong (a formula that does not parse, an
 * unusable range, a curve with nothing to draw, a request for more than
 * curves).
 */
#ifndef RA_SCENE_PLOTS_H
#define RA_SCENE_PLOTS_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the plot scene for `prompt` (with its words ws). Returns
 * RA_TRY_OK with code and explanation written to g, RA_TRY_REFUSED with
 * the reason in g->why (empty if memory ran out while reading the
 * range), or RA_TRY_NO when no function was found or memory ran out.
 */
ra_try_result ra_try_plot(ra_scene *g, const char *prompt, const ra_words *ws);

#endif /* RA_SCENE_PLOTS_H */
