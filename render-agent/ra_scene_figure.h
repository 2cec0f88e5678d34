/*
 * ra_scene_figure: what the geometry scenes (ra_scene_geometry,
 * ra_scene_angles) write alike: points computed by the planner as numpy
 * arrays, points on circles, MathTex of fixed LaTeX parts, and angles in
 * degrees as LaTeX.
 */
#ifndef RA_SCENE_FIGURE_H
#define RA_SCENE_FIGURE_H

#include "ra_builtin_internal.h"

/* Text colour of labels and outlines: the palette's fourth slot. */
#define RA_FIG_TEXT RA_PALETTE(3)

/* Writes p as `np.array([x, y, 0])`. */
void ra_fig_point(ra_scene *g, const double p[2]);

/* Sets out to the point at `deg` degrees and distance r from c. */
void ra_fig_polar(double out[2], const double c[2], double r, double deg);

/*
 * Writes `MathTex(part, ..., font_size=font, color=colour)`; the parts
 * (NULL-terminated) are written as string literals.
 */
void ra_fig_tex(ra_scene *g, const char *const *parts, int font, int colour);

/* Prints v degrees as LaTeX ("50^\circ") into buf; returns buf. */
const char *ra_fig_degrees(char buf[48], double v);

#endif /* RA_SCENE_FIGURE_H */
