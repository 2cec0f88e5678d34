/*
 * ra_plan_revolution: the solid swept out by turning the curve y = f(x),
 * a <= x <= b, once around the x-axis ("rotate y = sqrt(x) from 0 to 4
 * around the x-axis and find the volume", "disk method for y = 2 - x on
 * [0, 2]"). The function is read by the formula parser; the volume
 * pi * integral of f(x)^2 is computed here by Simpson's rule, with its
 * value as a multiple of pi when that is a simple fraction, and the
 * sizes of the 3D axes are chosen so both directions share one unit.
 */
#ifndef RA_PLAN_REVOLUTION_H
#define RA_PLAN_REVOLUTION_H

#include <stddef.h>

#include "ra_expr.h"
#include "ra_plan_window.h"
#include "ra_prompt.h"

typedef struct ra_revolution_plan {
    ra_expr *f;      /* the curve; owned */
    double a, b;     /* the x interval turned */
    int range_given; /* the request gave it */
    double volume;   /* pi * integral of f^2 over [a, b] */
    long pi_num;     /* volume = pi_num/pi_den * pi^pi_pow, */
    long pi_den;     /* when pi_den > 0 (0: not simple) */
    int pi_pow;      /* 1 or 2: sin(x) turned gives pi^2/2 */
    double radius;   /* largest |f| on [a, b] */
    double u_start;  /* where the surface starts: past a zero radius
                        at a, whose faces of no size break the shading */
    double slice;    /* x of the disc shown */
    ra_axis x;       /* x axis */
    ra_axis r;       /* y and z axes, symmetric about 0 */
    double unit;     /* scene units per unit on every axis */
} ra_revolution_plan;

/*
 * Returns 1 if the request asks for a solid of revolution: it says
 * revolution or revolve, the disk (disc) or washer method, or rotate or
 * spin together with a volume or with an axis and y = f(x). Else 0.
 */
int ra_revolution_asked(const char *prompt, const ra_words *ws);

/*
 * Returns 1 if the request names the topic outright (a solid or volume
 * of revolution, the disk or washer method), so that a missing curve is
 * worth a refusal rather than passing the request on. Else 0.
 */
int ra_revolution_named(const ra_words *ws);

/*
 * Fills *rp from the request. Returns 1 when the plan is made, 0 when the
 * request holds no function (not this topic), or -1 with a sentence for
 * a person in why (size n). The caller frees with
 * ra_revolution_plan_free() in every case.
 */
int ra_plan_revolution(ra_revolution_plan *rp, const char *prompt,
                       const ra_words *ws, char *why, size_t n);

/* Frees the formula of the plan; the plan itself is the caller's. */
void ra_revolution_plan_free(ra_revolution_plan *rp);

#endif /* RA_PLAN_REVOLUTION_H */
