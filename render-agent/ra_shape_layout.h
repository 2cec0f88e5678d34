/*
 * ra_shape_layout: where the shapes of a plan are on screen. They are
 * introduced side by side and the scene is scaled down as a whole when
 * some action (a move, a scaling, a rotation, a transformation) would
 * take a shape out of the frame.
 */
#ifndef RA_SHAPE_LAYOUT_H
#define RA_SHAPE_LAYOUT_H

#include "ra_plan_shapes.h"

/*
 * Returns 1 if action a scales the whole group of shapes at once,
 * keeping their spacing (every shape, none faded out: `gone` == 0),
 * rather than each target about its own centre; else 0.
 */
int ra_shape_scales_group(const ra_shape_plan *pl, const ra_action *a,
                          unsigned gone);

/*
 * Follows every shape through the actions and returns the factor (at
 * most 1) by which the whole scene must shrink so that nothing ever
 * leaves the frame (about 14.2 x 8 units; we keep to 12.8 x 7).
 */
double ra_shape_fit_factor(const ra_shape_plan *pl);

#endif /* RA_SHAPE_LAYOUT_H */
