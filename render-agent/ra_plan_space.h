/*
 * ra_plan_space: three-dimensional requests: a surface z = f(x, y)
 * ("plot the surface z = x^2 - y^2", "3d graph of sin(x)cos(y)", "a
 * paraboloid") read with ra_expr in the variables x and y and sampled
 * here to size the axes, and solids (sphere, cube, cone, cylinder,
 * torus, prism, pyramid, the regular polyhedra) with their colours. The
 * scene turns the camera around them.
 */
#ifndef RA_PLAN_SPACE_H
#define RA_PLAN_SPACE_H

#include <stddef.h>

#include "ra_expr.h"
#include "ra_prompt.h"

#define RA_MAX_SOLIDS 3 /* solids in one scene */

/* A solid Manim can draw. */
typedef struct ra_solid_def {
    const char *word;    /* its noun */
    const char *ctor;    /* the constructor call, without ")" */
    const char *formula; /* its volume in LaTeX, or NULL */
    const char *about;   /* a sentence about it for the explanation */
    int surface;         /* a Surface (coloured with set_fill_by_...) */
} ra_solid_def;

typedef struct ra_space_plan {
    int surface;            /* z = f(x, y); else solids */
    ra_expr *e;             /* the surface's formula; owned */
    const char *name;       /* a named surface, static, or NULL */
    double lo, hi;          /* x and y both run over [lo, hi] */
    int range_given;        /* that came from the request */
    double zlo, zhi, zstep; /* the z axis */
    double step;            /* x and y ticks */
    int clipped;            /* z is clipped to the axis */
    const ra_solid_def *solid[RA_MAX_SOLIDS]; /* the solids in order */
    int colour[RA_MAX_SOLIDS];                /* their colour references */
    int nsolid;                               /* how many */
    int spin;                                 /* the solids also turn */
} ra_space_plan;

/*
 * Returns 1 if the request asks for a surface or a solid, else 0. A
 * formula in x and y counts only with z = ..., f(x, y), surface or 3D.
 */
int ra_asks_space(const char *prompt, const ra_words *ws);

/*
 * Fills *sp from the request. Returns 0, or -1 with a sentence for a
 * person in why (size n). Free with ra_space_plan_free() either way.
 */
int ra_plan_space(ra_space_plan *sp, const char *prompt, const ra_words *ws,
                  char *why, size_t n);

/* Frees the formula of *sp. */
void ra_space_plan_free(ra_space_plan *sp);

#endif /* RA_PLAN_SPACE_H */
