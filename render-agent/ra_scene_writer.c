/*
 * ra_scene_writer: appending code and explanation to a scene. See
 * ra_scene_writer.h.
 */
#include "ra_scene_writer.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>

#include "ra_prompt.h"

void ra_code(ra_scene *g, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    mm_buf_vprintf(&g->code, fmt, ap);
    va_end(ap);
}

void ra_say(ra_scene *g, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    mm_buf_vprintf(&g->expl, fmt, ap);
    va_end(ap);
}

/* Records why the request cannot be done; returns RA_TRY_REFUSED. */
ra_try_result ra_refuse(ra_scene *g, const char *fmt, ...)
{
    va_list ap;

    mm_buf_free(&g->why);
    va_start(ap, fmt);
    mm_buf_vprintf(&g->why, fmt, ap);
    va_end(ap);
    return RA_TRY_REFUSED;
}

/* The style's colour for a palette reference (c < 0). */
static const char *palette(const mm_style *st, int c)
{
    switch ((-1 - c) % 4) {
    case 0:
        return st->primary;
    case 1:
        return st->secondary;
    case 2:
        return st->accent;
    default:
        return st->text;
    }
}

/* Writes a colour reference as a Manim constant or a string literal. */
void ra_code_colour(ra_scene *g, int c)
{
    if (c >= 0)
        mm_buf_puts(&g->code, ra_colour_manim(c));
    else
        mm_buf_python_string(&g->code, palette(g->st, c));
}

/* The start of every scene: imports, the class and the background. */
void ra_code_header(ra_scene *g)
{
    ra_code(g, "from manim import *\nimport numpy as np\n\n\n"
               "class MathMotionScene(Scene):\n"
               "    def construct(self):\n" RA_IND
               "self.camera.background_color = ");
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, "\n");
}

void ra_code_wait(ra_scene *g)
{
    ra_code(g, RA_IND "self.wait(1)\n");
    g->anims++;
}

/* A number for code or text: at most 6 significant digits, no "-0". */
const char *ra_num(char buf[32], double v)
{
    if (fabs(v) < 1e-12)
        v = 0.0;
    snprintf(buf, 32, "%.6g", v);
    return buf;
}
