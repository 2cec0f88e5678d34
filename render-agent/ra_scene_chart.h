/*
 * ra_scene_chart: the scene for a bar chart or histogram (planned by
 * ra_plan_chart): Manim's BarChart with the style's colours, the bars
 * grown one after another, their values on top, their names underneath
 * as escaped string literals, and the tallest bar pointed out.
 */
#ifndef RA_SCENE_CHART_H
#define RA_SCENE_CHART_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the bar chart scene for `prompt` (words ws). Returns RA_TRY_OK,
 * RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when the request
 * does not ask for a bar chart or histogram.
 */
ra_try_result ra_try_chart(ra_scene *g, const char *prompt,
                           const ra_words *ws);

#endif /* RA_SCENE_CHART_H */
