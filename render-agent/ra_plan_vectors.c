/*
 * ra_plan_vectors: vectors and matrices in the plane. See
 * ra_plan_vectors.h.
 */
#include "ra_prompt.h"
#include "ra_plan_vectors.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ra_prompt_numbers.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define COORD_LIMIT 100.0 /* largest coordinate shown */
#define HALF_WIDTH 5.6    /* scene units the plane may use right of 0 */
#define HALF_HEIGHT 3.1   /* and above 0 */

static const char *const vector_words[] = {"vector", "vectors", NULL};
static const char *const matrix_words[] = {
    "matrix",      "matrices",     "linear", "determinant",
    "eigenvector", "eigenvectors", NULL};
static const char *const transformation_words[] = {
    "transformation", "transformations", "transform", "map", NULL};
static const char *const plane_words[] = {"plane", "grid", "space", NULL};

/* A transformation of the plane named in words. */
typedef enum {
    T_NONE,
    T_ROTATE,
    T_SHEAR,
    T_REFLECT,
    T_STRETCH,
    T_PROJECT
} tkind;

static tkind named_transformation(const ra_words *ws)
{
    if (ra_words_has_stem(ws, "rotat"))
        return T_ROTATE;
    if (ra_words_has_stem(ws, "shear"))
        return T_SHEAR;
    if (ra_words_has_stem(ws, "reflect") || ra_words_has_stem(ws, "mirror") ||
        ra_words_has_stem(ws, "flip"))
        return T_REFLECT;
    if (ra_words_has_stem(ws, "stretch") || ra_words_has_stem(ws, "scal") ||
        ra_words_has_stem(ws, "dilat") || ra_words_has_stem(ws, "squish"))
        return T_STRETCH;
    if (ra_words_has_stem(ws, "project"))
        return T_PROJECT;
    return T_NONE;
}

ra_vec_kind ra_vec_kind_of(const char *prompt, const ra_words *ws)
{
    double m[2][2];
    ra_span at;
    int vec = ra_words_has_any(ws, vector_words);

    ra_tuple t[2];
    int pairs = ra_find_tuples(prompt, t, 2);

    if (ra_find_matrix(prompt, m, &at) ||
        (ra_words_has_any(ws, matrix_words) && !vec) ||
        ((ra_words_has_any(ws, matrix_words) ||
          ra_words_has_any(ws, transformation_words) ||
          ra_words_has_any(ws, plane_words)) &&
         named_transformation(ws) != T_NONE))
        return RA_VEC_MATRIX;
    if (!vec && !(pairs == 2 &&
                  ra_words_has_any(ws, (const char *const[]){
                                           "dot", "inner", "product", NULL})))
        return RA_VEC_NONE;
    if (ra_words_has_any(ws,
                         (const char *const[]){"dot", "inner", "angle", NULL}))
        return RA_VEC_DOT;
    if (ra_words_has_any(ws,
                         (const char *const[]){"subtract", "subtracting",
                                               "minus", "difference", NULL}))
        return RA_VEC_SUB;
    if (ra_words_has_any(ws, (const char *const[]){"add", "adding", "sum",
                                                   "plus", "addition", "tip",
                                                   "resultant", NULL}) ||
        strchr(prompt, '+'))
        return RA_VEC_ADD;
    if (ra_words_has_stem(ws, "scal") || ra_words_has_stem(ws, "multipl") ||
        ra_words_has_any(ws, (const char *const[]){"times", "stretch", NULL}))
        return RA_VEC_SCALE;
    return RA_VEC_DRAW;
}

/* The number after "by" (or before "times"), or def. */
static double factor(const ra_words *ws, double def)
{
    int i;

    for (i = 0; i + 1 < ws->n; i++) {
        if ((ra_word_is(ws, i, "by") || ra_word_is(ws, i, "factor")) &&
            ra_word_is(ws, i + 1, "#"))
            return ws->v[i + 1].num;
        if (ra_word_is(ws, i, "#") && ra_word_is(ws, i + 1, "times"))
            return ws->v[i].num;
    }
    return def;
}

/* The angle in degrees ("45 degrees", "90°"), or def. */
static double degrees(const ra_words *ws, double def)
{
    int i;

    for (i = 0; i + 1 < ws->n; i++)
        if (ra_word_is(ws, i, "#") && (ra_word_stem(ws, i + 1, "deg")))
            return ws->v[i].num;
    return def;
}

static void set_matrix(ra_vec_plan *vp, double a, double b, double c, double d,
                       const char *name)
{
    vp->m[0][0] = a;
    vp->m[0][1] = b;
    vp->m[1][0] = c;
    vp->m[1][1] = d;
    vp->matrix_name = name;
}

static void reflection(ra_vec_plan *vp, const char *low)
{
    if (strstr(low, "y = x") || strstr(low, "y=x") || strstr(low, "diagonal"))
        set_matrix(vp, 0, 1, 1, 0, "reflection in the line y = x");
    else if (strstr(low, "y axis") || strstr(low, "y-axis"))
        set_matrix(vp, -1, 0, 0, 1, "reflection in the y axis");
    else
        set_matrix(vp, 1, 0, 0, -1, "reflection in the x axis");
}

/* The matrix of a transformation named in words. Returns 0 or -1. */
static int named_matrix(ra_vec_plan *vp, const char *low, const ra_words *ws)
{
    double k, t;
    int vert = ra_words_has_stem(ws, "vertical");

    switch (named_transformation(ws)) {
    case T_ROTATE:
        vp->angle = degrees(ws, 90);
        t = vp->angle * M_PI / 180;
        set_matrix(vp, cos(t), -sin(t), sin(t), cos(t), "rotation");
        return 0;
    case T_SHEAR:
        k = factor(ws, 1);
        if (vert)
            set_matrix(vp, 1, 0, k, 1, "vertical shear");
        else
            set_matrix(vp, 1, k, 0, 1, "horizontal shear");
        return 0;
    case T_REFLECT:
        reflection(vp, low);
        return 0;
    case T_STRETCH:
        k = factor(ws, 2);
        if (vert)
            set_matrix(vp, 1, 0, 0, k, "vertical stretch");
        else if (ra_words_has_stem(ws, "horizontal"))
            set_matrix(vp, k, 0, 0, 1, "horizontal stretch");
        else
            set_matrix(vp, k, 0, 0, k, "scaling");
        return 0;
    case T_PROJECT:
        set_matrix(vp, 1, 0, 0, 0, "projection onto the x axis");
        return 0;
    default:
        return -1;
    }
}

/* Default vectors when the request gives none. */
static void default_vectors(ra_vec_plan *vp, int want)
{
    static const double d[RA_VEC_MAX][2] = {{3, 1}, {1, 2}, {-2, 1}};
    int k;

    for (k = vp->n; k < want; k++) {
        vp->v[k][0] = d[k][0];
        vp->v[k][1] = d[k][1];
    }
    vp->defaulted = vp->n < want;
    vp->n = vp->n > want ? vp->n : want;
}

/* Reads the vectors (the matrix blanked out of mask). */
static int read_vectors(ra_vec_plan *vp, const char *mask, char *why, size_t n)
{
    ra_tuple t[RA_VEC_MAX];
    int count = ra_find_tuples(mask, t, RA_VEC_MAX), k;

    for (k = 0; k < count; k++) {
        if (t[k].n != 2)
            return ra_plan_refuse(
                why, n,
                "The offline generator draws vectors in the "
                "plane, with two coordinates such as [2, 1].");
        if (fabs(t[k].v[0]) > COORD_LIMIT || fabs(t[k].v[1]) > COORD_LIMIT)
            return ra_plan_refuse(
                why, n, "Vector coordinates must be between -%g and %g.",
                COORD_LIMIT, COORD_LIMIT);
        if (t[k].v[0] == 0 && t[k].v[1] == 0)
            return ra_plan_refuse(why, n,
                                  "The zero vector has no arrow to draw.");
        vp->v[k][0] = t[k].v[0];
        vp->v[k][1] = t[k].v[1];
    }
    vp->n = count;
    return 0;
}

/* The results of the operation asked for. */
static int compute(ra_vec_plan *vp, const ra_words *ws, char *why, size_t n)
{
    double *a = vp->v[0], *b = vp->v[1], la, lb;

    switch (vp->kind) {
    case RA_VEC_ADD:
    case RA_VEC_SUB:
        default_vectors(vp, 2);
        vp->result[0] = a[0] + (vp->kind == RA_VEC_ADD ? b[0] : -b[0]);
        vp->result[1] = a[1] + (vp->kind == RA_VEC_ADD ? b[1] : -b[1]);
        vp->n = 2;
        return 0;
    case RA_VEC_SCALE:
        default_vectors(vp, 1);
        vp->k = factor(ws, 2);
        if (fabs(vp->k) > 10)
            return ra_plan_refuse(why, n,
                                  "The scalar must be between -10 and 10.");
        vp->result[0] = vp->k * a[0];
        vp->result[1] = vp->k * a[1];
        vp->n = 1;
        return 0;
    case RA_VEC_DOT:
        default_vectors(vp, 2);
        vp->n = 2;
        la = hypot(a[0], a[1]);
        lb = hypot(b[0], b[1]);
        if (la == 0 || lb == 0)
            return ra_plan_refuse(why, n,
                                  "The angle between two vectors needs "
                                  "vectors that are not zero.");
        vp->dot = a[0] * b[0] + a[1] * b[1];
        vp->angle = acos(fmax(-1, fmin(1, vp->dot / (la * lb)))) * 180 / M_PI;
        return 0;
    case RA_VEC_MATRIX:
        vp->det = vp->m[0][0] * vp->m[1][1] - vp->m[0][1] * vp->m[1][0];
        return 0;
    default:
        default_vectors(vp, 1);
        return 0;
    }
}

/* A tick spacing of 1, 2 or 5 times a power of ten, at least raw. */
static double nice_step(double raw)
{
    double p = pow(10.0, floor(log10(raw))), f = raw / p;

    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * p;
}

static void extent(double p[2], double *ex, double *ey)
{
    *ex = fmax(*ex, fabs(p[0]));
    *ey = fmax(*ey, fabs(p[1]));
}

/* Sizes the plane so that every point shown fits in the frame. */
static void layout(ra_vec_plan *vp)
{
    double ex = 1, ey = 1, p[2];
    int k, j;

    for (k = 0; k < vp->n; k++) {
        extent(vp->v[k], &ex, &ey);
        for (j = 0; vp->kind == RA_VEC_MATRIX && j < 2; j++)
            p[j] = vp->m[j][0] * vp->v[k][0] + vp->m[j][1] * vp->v[k][1];
        if (vp->kind == RA_VEC_MATRIX)
            extent(p, &ex, &ey);
    }
    for (k = 0; vp->kind == RA_VEC_MATRIX && k < 2; k++) {
        p[0] = vp->m[0][k];
        p[1] = vp->m[1][k];
        extent(p, &ex, &ey);
    }
    if (vp->kind == RA_VEC_ADD || vp->kind == RA_VEC_SUB ||
        vp->kind == RA_VEC_SCALE)
        extent(vp->result, &ex, &ey);
    if (vp->kind == RA_VEC_DOT) {
        double t =
            vp->dot / (vp->v[0][0] * vp->v[0][0] + vp->v[0][1] * vp->v[0][1]);

        p[0] = t * vp->v[0][0]; /* the foot of the projection */
        p[1] = t * vp->v[0][1];
        extent(p, &ex, &ey);
    }
    ra_plane_fit(&vp->pg, ex, ey, 1.0);
}

void ra_plane_fit(ra_plane_geom *pg, double ex, double ey, double max_unit)
{
    pg->unit = fmin(fmin(HALF_WIDTH / ex, HALF_HEIGHT / ey), max_unit);
    pg->step = nice_step(0.45 / pg->unit);
    if (pg->step < 1)
        pg->step = 1;
    pg->xmax = ceil(7.2 / pg->unit / pg->step) * pg->step;
    pg->ymax = ceil(4.1 / pg->unit / pg->step) * pg->step;
}

int ra_plan_vectors(ra_vec_plan *vp, ra_vec_kind kind, const char *prompt,
                    const ra_words *ws, char *why, size_t n)
{
    char mask[2048], low[2048];
    ra_span at;
    size_t k, len = strlen(prompt);

    memset(vp, 0, sizeof(*vp));
    vp->kind = kind;
    if (len >= sizeof(mask))
        return ra_plan_refuse(why, n, "The request is too long.");
    memcpy(mask, prompt, len + 1);
    for (k = 0; k <= len; k++)
        low[k] = (char)(prompt[k] >= 'A' && prompt[k] <= 'Z' ? prompt[k] + 32
                                                             : prompt[k]);
    if (kind == RA_VEC_MATRIX && ra_find_matrix(prompt, vp->m, &at)) {
        memset(mask + at.start, ',', at.end - at.start);
    } else if (kind == RA_VEC_MATRIX && named_matrix(vp, low, ws) != 0) {
        return ra_plan_refuse(
            why, n,
            "Write the matrix like [[1, 2], [3, 4]], or name a "
            "transformation of the plane: a rotation by an "
            "angle, a shear, a reflection, a stretch or a "
            "projection.");
    }
    if (kind == RA_VEC_MATRIX && fabs(vp->m[0][0]) + fabs(vp->m[0][1]) +
                                         fabs(vp->m[1][0]) +
                                         fabs(vp->m[1][1]) >
                                     20)
        return ra_plan_refuse(
            why, n,
            "The matrix entries are too large to show the plane "
            "(at most 20 in all).");
    if (read_vectors(vp, mask, why, n) != 0 || compute(vp, ws, why, n) != 0)
        return -1;
    layout(vp);
    return 0;
}
