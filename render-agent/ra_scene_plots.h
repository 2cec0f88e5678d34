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
#include "ra_plan_plots.h"
#include "ra_prompt.h"

/*
 * Writes the plot scene for `prompt` (with its words ws). Returns
 * RA_TRY_OK with code and explanation written to g, RA_TRY_REFUSED with
 * the reason in g->why (empty if memory ran out while reading the
 * range), or RA_TRY_NO when no function was found or memory ran out.
 */
ra_try_result ra_try_plot(ra_scene *g, const char *prompt, const ra_words *ws);

/*
 * The pieces other scenes built on a plot reuse (ra_scene_calculus).
 * ra_code_plot_axes writes `axes` and `axis_labels` for the axes of pl;
 * ra_code_plot_graph writes `graph_<k+1>`, a VGroup of the visible
 * pieces of function k; ra_code_plot_label writes `label_<k+1>`, its
 * equation in LaTeX; ra_say_function appends "y = x^2 (in red)" to the
 * explanation.
 */
void ra_code_plot_axes(ra_scene *g, const ra_plot_plan *pl);
void ra_code_plot_graph(ra_scene *g, const ra_plot_plan *pl, int k);
void ra_code_plot_label(ra_scene *g, const ra_plot_fn *f, int k);
void ra_say_function(ra_scene *g, const ra_plot_fn *f);

/* Decimal places the tick numbers of an axis with this step need. */
int ra_axis_decimals(double step);

/*
 * Writes `<axis>_axis_config={...}` for one axis of an `Axes(...)`: tick
 * numbers with ra_axis_decimals(step) places, in the style's text colour.
 */
void ra_code_axis_numbers(ra_scene *g, const char *axis, double step);

#endif /* RA_SCENE_PLOTS_H */
