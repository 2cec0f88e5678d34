/*
 * ra_plot_axes: choosing what a plot shows. Every function is sampled
 * over the x interval; the axes get ranges and tick steps of 1, 2 or 5
 * times a power of ten, the y range ignoring the few values that run
 * away near a pole; each curve is cut into the x intervals where it is
 * defined and inside the axes, with the ends found by bisection.
 */
#ifndef RA_PLOT_AXES_H
#define RA_PLOT_AXES_H

#include "ra_plan_plots.h"

/*
 * Samples every function of pl over [pl->a, pl->b], sets the axes
 * (xlo..xstep, ylo..ystep) and the visible pieces of each curve.
 * Returns -1 when all is well, the index of a function that has nothing
 * to draw (0 when no function has a single defined point), or -2 when
 * memory runs out.
 */
int ra_plot_analyse(ra_plot_plan *pl);

/*
 * For a plot whose range was not given: narrows [pl->a, pl->b] to the
 * part where some curve can be drawn (ln(x) and sqrt(x) get x >= 0),
 * using the pieces found by ra_plot_analyse(). Returns 1 if the range
 * changed (analyse again), else 0.
 */
int ra_plot_tighten_range(ra_plot_plan *pl);

/*
 * Returns 1 if the curve f is defined at x and inside the y range of
 * the axes, else 0.
 */
int ra_plot_visible_at(const ra_plot_fn *f, const ra_plot_plan *pl, double x);

#endif /* RA_PLOT_AXES_H */
