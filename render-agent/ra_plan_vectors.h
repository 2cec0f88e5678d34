/*
 * ra_plan_vectors: requests about vectors in the plane and 2x2 matrices:
 * drawing vectors ("the vector [2, 1]"), adding them tip to tail,
 * subtracting, scaling, their dot product, and a matrix applied to the
 * plane ("apply [[1, 1], [0, 1]] to the plane", "a shear", "rotate the
 * plane by 45 degrees", "reflect the plane in the line y = x"). Every
 * number comes from the request's numbers or is computed here; the plane
 * is sized so that everything shown fits in the frame.
 */
#ifndef RA_PLAN_VECTORS_H
#define RA_PLAN_VECTORS_H

#include <stddef.h>

#include "ra_prompt.h"

#define RA_VEC_MAX 3 /* vectors read from one request */

/* The size of a coordinate plane that shows given points in the frame. */
typedef struct ra_plane_geom {
    double unit;       /* scene units per coordinate unit */
    double step;       /* grid spacing in coordinates */
    double xmax, ymax; /* the plane spans [-xmax, xmax] x [-ymax, ymax] */
} ra_plane_geom;

typedef enum {
    RA_VEC_NONE = -1,
    RA_VEC_DRAW,  /* the vectors from the origin */
    RA_VEC_ADD,   /* v + w, tip to tail */
    RA_VEC_SUB,   /* v - w */
    RA_VEC_SCALE, /* k v */
    RA_VEC_DOT,   /* v . w and the angle between them */
    RA_VEC_MATRIX /* a matrix applied to the plane (and the vectors) */
} ra_vec_kind;

typedef struct ra_vec_plan {
    ra_vec_kind kind;        /* what is shown */
    double v[RA_VEC_MAX][2]; /* the vectors */
    int n;                   /* how many */
    int defaulted;           /* none was given: standard ones used */
    double result[2];        /* v + w, v - w or k v */
    double k;                /* the scalar of RA_VEC_SCALE */
    double dot;              /* v . w */
    double angle;            /* between v and w, or of a rotation, in
                                degrees */
    double m[2][2];          /* the matrix, m[row][column] */
    const char *matrix_name; /* "shear", "rotation by 45 degrees"...
                                for people; static, or NULL */
    double det;              /* its determinant */
    ra_plane_geom pg;        /* the plane */
} ra_vec_plan;

/*
 * Sizes a plane centred in the frame so that points with |x| <= ex and
 * |y| <= ey fit, at most max_unit scene units per unit, with a grid step
 * of 1, 2 or 5 times a power of ten, and the plane covering the frame.
 */
void ra_plane_fit(ra_plane_geom *pg, double ex, double ey, double max_unit);

/*
 * Returns what the request asks about vectors or matrices, or
 * RA_VEC_NONE. Named transformations of the plane count only when the
 * request says plane, grid, matrix or transformation, so that "rotate a
 * square" stays a shape request.
 */
ra_vec_kind ra_vec_kind_of(const char *prompt, const ra_words *ws);

/*
 * Fills *vp for a request of that kind. Returns 0, or -1 with a sentence
 * for a person in why (size n).
 */
int ra_plan_vectors(ra_vec_plan *vp, ra_vec_kind kind, const char *prompt,
                    const ra_words *ws, char *why, size_t n);

#endif /* RA_PLAN_VECTORS_H */
