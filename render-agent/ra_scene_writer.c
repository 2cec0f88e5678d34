/*
 * ra_scene_writer: appending code and explanation to a scene. See
 * ra_scene_writer.h.
 */
#include "ra_scene_writer.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "ra_plan_fraction.h"
#include "ra_prompt.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

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

/* The scene colour for a palette reference (c < 0). */
static const char *palette(const ra_scene_colours *st, int c)
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
void ra_code_header_base(ra_scene *g, const char *base)
{
    ra_code(g,
            "from manim import *\nimport numpy as np\n\n\n"
            "class MathMotionScene(%s):\n"
            "    def construct(self):\n" RA_IND
            "self.camera.background_color = ",
            base);
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, "\n");
}

void ra_code_header(ra_scene *g)
{
    ra_code_header_base(g, "Scene");
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

/* v to 4 significant digits; 1 if that is exact. */
int ra_num_round(char buf[32], double v)
{
    double r = nearbyint(v);

    if (fabs(v - r) <= 1e-9 * fmax(1.0, fabs(v)))
        v = r;
    if (fabs(v) < 1e-12)
        v = 0.0;
    if (fabs(v) >= 1e4 && fabs(v) < 1e15)
        snprintf(buf, 32, "%.0f", v);
    else
        snprintf(buf, 32, "%.4g", v);
    return fabs(strtod(buf, NULL) - v) <= 1e-9 * fmax(1.0, fabs(v));
}

/* Appends k*pi/d in LaTeX ("\frac{3\pi}{4}", "-2\pi"). */
static void tex_pi_multiple(mm_buf *b, long k, long d)
{
    const char *sign = k < 0 ? "-" : "";
    long a = labs(k);

    if (d == 1 && a == 1)
        mm_buf_printf(b, "%s\\pi", sign);
    else if (d == 1)
        mm_buf_printf(b, "%s%ld\\pi", sign, a);
    else if (a == 1)
        mm_buf_printf(b, "%s\\frac{\\pi}{%ld}", sign, d);
    else
        mm_buf_printf(b, "%s\\frac{%ld\\pi}{%ld}", sign, a, d);
}

/* v in LaTeX: whole, a simple multiple of pi, or 4 digits. */
int ra_tex_value(mm_buf *b, double v)
{
    static const long dens[] = {1, 2, 3, 4, 6};
    char buf[32];
    double k;
    size_t i;
    int exact = ra_num_round(buf, v);

    for (i = 0; !exact && v != 0 && i < sizeof(dens) / sizeof(dens[0]); i++) {
        k = v * dens[i] / M_PI;
        if (fabs(k - nearbyint(k)) < 1e-9 && fabs(k) < 1000) {
            tex_pi_multiple(b, (long)nearbyint(k), dens[i]);
            return 1;
        }
    }
    mm_buf_puts(b, buf);
    return exact;
}

/* Moves a label back inside the frame (14.2 by 8 units, with a margin). */
void ra_code_keep_in_frame(ra_scene *g, const char *var)
{
    ra_code(g,
            RA_IND "%s.shift(np.array([\n" RA_IND
                   "    min(0, 6.9 - %s.get_right()[0]) + max(0, -6.9 - "
                   "%s.get_left()[0]),\n" RA_IND
                   "    min(0, 3.85 - %s.get_top()[1]) + max(0, -3.85 - "
                   "%s.get_bottom()[1]),\n" RA_IND "    0,\n" RA_IND "]))\n",
            var, var, var, var, var);
}

/* Moves label `var` off the labels named in `others` that it covers. */
void ra_code_avoid(ra_scene *g, const char *var, const char *others)
{
    ra_code(g,
            RA_IND "for other in [%s]:\n" RA_IND
                   "    if (abs(%s.get_x() - other.get_x()) < (%s.width + "
                   "other.width) / 2\n" RA_IND
                   "            and abs(%s.get_y() - other.get_y()) < "
                   "(%s.height + other.height) / 2):\n" RA_IND
                   "        %s.next_to(other, UP if %s.get_y() >= "
                   "other.get_y() else DOWN, buff=0.1)\n",
            others, var, var, var, var, var, var);
}

/* Keeps a label clear of earlier ones and inside the frame. */
void ra_code_place_label(ra_scene *g, const char *var)
{
    if (g->labels.len)
        ra_code_avoid(g, var, g->labels.data);
    ra_code_keep_in_frame(g, var);
    mm_buf_printf(&g->labels, "%s%s", g->labels.len ? ", " : "", var);
}

/* v for people: "2 pi", "3 pi/4", or as ra_num_round() prints it. */
const char *ra_text_value(char buf[32], double v)
{
    static const int dens[] = {1, 2, 3, 4, 6};
    double k;
    size_t i;
    mm_buf b = MM_BUF_INIT;
    int a;

    if (ra_num_round(buf, v) || v == 0)
        return buf;
    for (i = 0; i < sizeof(dens) / sizeof(dens[0]); i++) {
        k = v * dens[i] / M_PI;
        if (fabs(k - nearbyint(k)) >= 1e-9 || fabs(k) >= 1000)
            continue;
        a = abs((int)nearbyint(k));
        mm_buf_puts(&b, v < 0 ? "-" : "");
        if (a != 1)
            mm_buf_printf(&b, "%d ", a);
        mm_buf_puts(&b, "pi");
        if (dens[i] != 1)
            mm_buf_printf(&b, "/%d", dens[i]);
        if (b.data)
            snprintf(buf, 32, "%s", b.data);
        mm_buf_free(&b);
        return buf;
    }
    return buf;
}

/* Whether v has at most three decimals, so that it reads best as 0.25. */
static int short_decimal(double v)
{
    return fabs(v * 1000 - nearbyint(v * 1000)) < 1e-9;
}

void ra_tex_short_or_fraction(mm_buf *b, double v)
{
    char a[32];

    if (short_decimal(v))
        mm_buf_puts(b, ra_num(a, v));
    else
        ra_tex_number(b, v, 1);
}

const char *ra_text_short_or_fraction(char buf[32], double v)
{
    return short_decimal(v) ? ra_num(buf, v) : ra_text_number(buf, v);
}
