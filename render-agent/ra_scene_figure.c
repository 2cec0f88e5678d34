/*
 * ra_scene_figure: points, labels and degrees written for the geometry
 * scenes. See ra_scene_figure.h.
 */
#include "ra_scene_figure.h"

#include <math.h>
#include <stdio.h>

#include "ra_scene_writer.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* `np.array([x, y, 0])` */
void ra_fig_point(ra_scene *g, const double p[2])
{
    char x[32], y[32];

    ra_code(g, "np.array([%s, %s, 0])", ra_num(x, p[0]), ra_num(y, p[1]));
}

/* The point at `deg` degrees and distance r from c. */
void ra_fig_polar(double out[2], const double c[2], double r, double deg)
{
    out[0] = c[0] + r * cos(deg * M_PI / 180);
    out[1] = c[1] + r * sin(deg * M_PI / 180);
}

/* `MathTex(part, part, ..., font_size=, color=)`, parts fixed LaTeX. */
void ra_fig_tex(ra_scene *g, const char *const *parts, int font, int colour)
{
    int k;

    ra_code(g, "MathTex(");
    for (k = 0; parts[k]; k++) {
        mm_buf_python_string(&g->code, parts[k]);
        ra_code(g, ", ");
    }
    ra_code(g, "font_size=%d, color=", font);
    ra_code_colour(g, colour);
    ra_code(g, ")");
}

/* A degree value as LaTeX into buf: "50^\circ". */
const char *ra_fig_degrees(char buf[48], double v)
{
    char n[32];

    ra_num_round(n, v);
    snprintf(buf, 48, "%s^\\circ", n);
    return buf;
}
