/*
 * ra_plan_space: surfaces z = f(x, y) and solids. See ra_plan_space.h.
 */
#include "ra_prompt.h"
#include "ra_plan_space.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ra_builtin_internal.h"
#include "ra_prompt_range.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define GRID 41     /* samples along x and along y */
#define Z_LIMIT 1e6 /* largest |z| accepted */

static const ra_solid_def solids[] = {
    {"sphere", "Sphere(radius=1.6, resolution=(16, 32)",
     "V = \\frac{4}{3}\\pi r^{3}",
     "every point of its surface is the same distance r from the centre", 1},
    {"ball", "Sphere(radius=1.6, resolution=(16, 32)",
     "V = \\frac{4}{3}\\pi r^{3}",
     "every point of its surface is the same distance r from the centre", 1},
    {"cube", "Cube(side_length=2.4, fill_opacity=0.85", "V = a^{3}",
     "it has 6 square faces, 12 edges and 8 vertices", 0},
    {"prism", "Prism(dimensions=[3, 2, 1.6]", "V = \\ell w h",
     "it is a box with rectangular faces", 0},
    {"cuboid", "Prism(dimensions=[3, 2, 1.6]", "V = \\ell w h",
     "it is a box with rectangular faces", 0},
    {"cone", "Cone(base_radius=1.4, height=2.8",
     "V = \\frac{1}{3}\\pi r^{2} h",
     "its volume is a third of the cylinder around it", 1},
    {"cylinder", "Cylinder(radius=1.3, height=2.8", "V = \\pi r^{2} h",
     "its volume is the area of the base times the height", 1},
    {"torus", "Torus(major_radius=1.8, minor_radius=0.6, resolution=(16, 32)",
     "V = 2\\pi^{2} R r^{2}",
     "it is a circle of radius r swept around a circle of radius R", 1},
    {"donut", "Torus(major_radius=1.8, minor_radius=0.6, resolution=(16, 32)",
     "V = 2\\pi^{2} R r^{2}",
     "it is a circle of radius r swept around a circle of radius R", 1},
    {"doughnut",
     "Torus(major_radius=1.8, minor_radius=0.6, resolution=(16, 32)",
     "V = 2\\pi^{2} R r^{2}",
     "it is a circle of radius r swept around a circle of radius R", 1},
    {"tetrahedron", "Tetrahedron(edge_length=2.8",
     "V = \\frac{a^{3}}{6\\sqrt{2}}",
     "it has 4 triangular faces, 6 edges and 4 vertices", 0},
    {"octahedron", "Octahedron(edge_length=2.4",
     "V = \\frac{\\sqrt{2}}{3} a^{3}",
     "it has 8 triangular faces, 12 edges and 6 vertices", 0},
    {"dodecahedron", "Dodecahedron(edge_length=1.2",
     "V = \\frac{15 + 7\\sqrt{5}}{4} a^{3}",
     "it has 12 pentagonal faces, 30 edges and 20 vertices", 0},
    {"icosahedron", "Icosahedron(edge_length=1.6",
     "V = \\frac{5(3 + \\sqrt{5})}{12} a^{3}",
     "it has 20 triangular faces, 30 edges and 12 vertices", 0},
    {"pyramid",
     "Polyhedron([[-1.3, -1.3, -1], [1.3, -1.3, -1], [1.3, 1.3, -1], "
     "[-1.3, 1.3, -1], [0, 0, 1.6]], [[0, 1, 2, 3], [0, 1, 4], [1, 2, 4], "
     "[2, 3, 4], [3, 0, 4]]",
     "V = \\frac{1}{3} B h",
     "its volume is a third of the base area times the height", 0},
};

#define N_SOLIDS ((int)(sizeof(solids) / sizeof(solids[0])))

/* Surfaces that can be asked for by name. */
static const struct {
    const char *key;     /* word prefix */
    const char *formula; /* in x and y */
    const char *name;    /* for people */
} named[] = {
    {"paraboloid", "x^2 + y^2", "paraboloid"},
    {"saddle", "x^2 - y^2", "saddle"},
    {"ripple", "sin(2sqrt(x^2 + y^2))", "ripple"},
    {"hill", "3exp(-(x^2 + y^2)/2)", "Gaussian hill"},
    {"gaussian", "3exp(-(x^2 + y^2)/2)", "Gaussian hill"},
    {"egg", "sin(x)cos(y)", "egg crate"},
};

#define N_NAMED ((int)(sizeof(named) / sizeof(named[0])))

/* The solid a noun names (singular or plural), or -1. */
static int solid_word(const char *w)
{
    size_t n = strlen(w), k;
    int i;

    for (i = 0; i < N_SOLIDS; i++) {
        k = strlen(solids[i].word);
        if (strcmp(w, solids[i].word) == 0 ||
            (n == k + 1 && strncmp(w, solids[i].word, k) == 0 && w[k] == 's'))
            return i;
    }
    return -1;
}

static int named_surface(const ra_words *ws)
{
    int i, k;

    for (k = 0; k < N_NAMED; k++)
        for (i = 0; i < ws->n; i++)
            if (ra_word_stem(ws, i, named[k].key))
                return k;
    return -1;
}

/* Whether the request says 3D ("3d", "3-D", "three dimensional"). */
static int says_3d(const ra_words *ws)
{
    int i;

    for (i = 0; i < ws->n; i++)
        if ((ra_word_is(ws, i, "#") && ws->v[i].num == 3 &&
             ra_word_is(ws, i + 1, "d")) ||
            ra_word_stem(ws, i, "dimension") || ra_word_is(ws, i, "threed"))
            return 1;
    return 0;
}

/* Whether the text writes "z =" or "f(x, y)". */
static int writes_surface(const char *low)
{
    size_t p;

    if (strstr(low, "(x, y)") || strstr(low, "(x,y)"))
        return 1;
    for (p = 0; low[p]; p++)
        if (low[p] == 'z' && (p == 0 || !isalnum((unsigned char)low[p - 1])) &&
            (low[p + 1] == '=' || (low[p + 1] == ' ' && low[p + 2] == '=')))
            return 1;
    return 0;
}

/* The solid word i names, or -1 ("cube roots" names none). */
static int solid_at(const ra_words *ws, int i)
{
    if (ra_word_stem(ws, i + 1, "root"))
        return -1;
    return solid_word(ws->v[i].w);
}

static int has_solid(const ra_words *ws)
{
    int i;

    for (i = 0; i < ws->n; i++)
        if (solid_at(ws, i) >= 0)
            return 1;
    return 0;
}

/* A surface rather than solids: surface words, z = ..., f(x, y), 3D. */
static int wants_surface(const char *low, const ra_words *ws)
{
    return ra_words_has_any(
               ws, (const char *const[]){"surface", "surfaces", NULL}) ||
           writes_surface(low) || named_surface(ws) >= 0 ||
           (says_3d(ws) && !has_solid(ws));
}

int ra_asks_space(const char *prompt, const ra_words *ws)
{
    static const char *const formula[] = {"formula",   "formulas", "equation",
                                          "equations", "area",     NULL};
    char *low = ra_lower_dup(prompt);
    int yes;

    if (!low)
        return 0;
    yes = wants_surface(low, ws) || has_solid(ws);
    if (yes && ra_words_has_any(ws, formula) && !says_3d(ws) &&
        !ra_words_has_any(
            ws, (const char *const[]){"surface", "draw", "solid", NULL}))
        yes = 0; /* "the formula for the volume of a sphere" */
    free(low);
    return yes;
}

/* The longest run of words from `from` that parses in x and y. */
static ra_expr *prefix_formula(const char *s, size_t from)
{
    char buf[RA_EXPR_MAX_LEN + 1];
    ra_span w[RA_MAX_SEG_WORDS];
    size_t len = strlen(s + from);
    int n, k;
    ra_expr *e;

    len = len > RA_EXPR_MAX_LEN ? RA_EXPR_MAX_LEN : len;
    memcpy(buf, s + from, len);
    buf[len] = '\0';
    buf[strcspn(buf, ",;")] = '\0';
    n = ra_spans_split(buf, w, RA_MAX_SEG_WORDS);
    for (k = n; k > 0; k--) {
        buf[w[k - 1].end] = '\0';
        e = ra_expr_parse_flags(buf + w[0].start, RA_EXPR_VAR_XY, NULL, 0);
        if (e)
            return e;
    }
    return NULL;
}

/* The longest run of words anywhere that is a formula in x and y. */
static ra_expr *any_formula(const char *s)
{
    ra_span w[RA_MAX_SEG_WORDS];
    char cand[RA_EXPR_MAX_LEN + 1];
    int n = ra_spans_split(s, w, RA_MAX_SEG_WORDS), len, st;
    size_t m;
    ra_expr *e;

    for (len = n; len > 0; len--)
        for (st = 0; st + len <= n; st++) {
            m = w[st + len - 1].end - w[st].start;
            if (m > RA_EXPR_MAX_LEN)
                continue;
            memcpy(cand, s + w[st].start, m);
            cand[m] = '\0';
            cand[strcspn(cand, ",;")] = '\0';
            e = ra_expr_parse_flags(cand, RA_EXPR_VAR_XY, NULL, 0);
            if (e && ra_expr_variable_name(e, NULL, 0) > 0)
                return e;
            ra_expr_free(e);
        }
    return NULL;
}

/* The formula after "z =" or "f(x, y) =", else anywhere, else named. */
static ra_expr *read_surface(ra_space_plan *sp, const char *mask,
                             const ra_words *ws)
{
    const char *eq = strchr(mask, '=');
    ra_expr *e = NULL;
    int k;

    if (eq)
        e = prefix_formula(mask, (size_t)(eq - mask) + 1);
    if (!e && (k = named_surface(ws)) >= 0) {
        sp->name = named[k].name;
        return ra_expr_parse_flags(named[k].formula, RA_EXPR_VAR_XY, NULL, 0);
    }
    return e ? e : any_formula(mask);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* A tick spacing of 1, 2 or 5 times a power of ten, at least raw. */
static double nice_step(double raw)
{
    double p = pow(10.0, floor(log10(raw))), f = raw / p;

    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * p;
}

/*
 * Samples the surface over the square: every value must be defined. The
 * z axis covers them all, unless a few run away; then it covers the
 * middle 90% and the surface is clipped to it. Returns 0 or -1.
 */
static int sample_surface(ra_space_plan *sp)
{
    double z[GRID * GRID], h = (sp->hi - sp->lo) / (GRID - 1), lo, hi;
    int i, j, n = GRID * GRID;

    for (i = 0; i < GRID; i++)
        for (j = 0; j < GRID; j++) {
            z[i * GRID + j] =
                ra_expr_eval_xy(sp->e, sp->lo + i * h, sp->lo + j * h);
            if (!isfinite(z[i * GRID + j]) || fabs(z[i * GRID + j]) > Z_LIMIT)
                return -1;
        }
    qsort(z, (size_t)n, sizeof(double), cmp_double);
    lo = z[0];
    hi = z[n - 1];
    if (hi - lo >
        3 * (z[(int)(0.95 * (n - 1))] - z[(int)(0.05 * (n - 1))]) + 1e-9) {
        lo = z[(int)(0.05 * (n - 1))];
        hi = z[(int)(0.95 * (n - 1))];
        sp->clipped = 1;
    }
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    sp->zstep = nice_step((hi - lo) / 4);
    sp->zlo = floor(lo / sp->zstep) * sp->zstep;
    sp->zhi = ceil(hi / sp->zstep) * sp->zstep;
    if (sp->zlo == sp->zhi)
        sp->zhi += sp->zstep;
    return 0;
}

/* The solids named, in order, with the colour said before or after. */
static void read_solids(ra_space_plan *sp, const ra_words *ws)
{
    int i, k, c;

    for (i = 0; i < ws->n && sp->nsolid < RA_MAX_SOLIDS; i++) {
        if ((k = solid_at(ws, i)) < 0)
            continue;
        c = RA_PALETTE(sp->nsolid);
        if (i > 0 && ra_colour_word(ws->v[i - 1].w) >= 0)
            c = ra_colour_word(ws->v[i - 1].w);
        else if (ra_word_is(ws, i + 1, "in") && i + 2 < ws->n &&
                 ra_colour_word(ws->v[i + 2].w) >= 0)
            c = ra_colour_word(ws->v[i + 2].w);
        sp->solid[sp->nsolid] = &solids[k];
        sp->colour[sp->nsolid++] = c;
    }
    sp->spin = ra_words_has_stem(ws, "rotat") ||
               ra_words_has_stem(ws, "spin") || ra_words_has_stem(ws, "turn");
}

static int plan_surface(ra_space_plan *sp, const char *prompt, char *why,
                        size_t n, const ra_words *ws)
{
    char *low = ra_lower_dup(prompt), *mask = ra_lower_dup(prompt);
    int range = -2, rc = 0;

    if (low && mask)
        range = ra_find_range(low, mask, &sp->lo, &sp->hi);
    if (range == -2)
        rc =
            ra_plan_refuse(why, n, "Out of memory while reading the request.");
    else if (range < 0 || (range && sp->hi - sp->lo > 100))
        rc = ra_plan_refuse(
            why, n,
            "The x and y range of a surface must go from a smaller "
            "to a larger number, at most 100 apart.");
    else if (!(sp->e = read_surface(sp, mask, ws)))
        rc = ra_plan_refuse(
            why, n,
            "The offline generator could not read the surface. "
            "Write it like \"plot the surface z = x^2 - y^2\".");
    if (rc == 0 && !range) {
        sp->hi = ra_expr_uses_trig(sp->e) ? 3 : 2;
        sp->lo = -sp->hi;
    }
    sp->range_given = range == 1;
    if (rc == 0 && sample_surface(sp) != 0)
        rc = ra_plan_refuse(
            why, n,
            "The surface is undefined or too large somewhere over "
            "the square from %g to %g; choose a range where it is "
            "defined.",
            sp->lo, sp->hi);
    sp->step = nice_step((sp->hi - sp->lo) / 6);
    free(low);
    free(mask);
    return rc;
}

int ra_plan_space(ra_space_plan *sp, const char *prompt, const ra_words *ws,
                  char *why, size_t n)
{
    char *low = ra_lower_dup(prompt);

    memset(sp, 0, sizeof(*sp));
    if (!low)
        return ra_plan_refuse(why, n,
                              "Out of memory while reading the request.");
    sp->surface = wants_surface(low, ws);
    free(low);
    if (sp->surface)
        return plan_surface(sp, prompt, why, n, ws);
    read_solids(sp, ws);
    return sp->nsolid
               ? 0
               : ra_plan_refuse(why, n,
                                "Name a solid to draw: a sphere, cube, cone, "
                                "cylinder, torus, prism, pyramid or a "
                                "regular polyhedron.");
}

void ra_space_plan_free(ra_space_plan *sp)
{
    ra_expr_free(sp->e);
    sp->e = NULL;
}
