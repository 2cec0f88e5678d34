/*
 * ra_plan_trig: requests about the unit circle and the trigonometric
 * functions: a point turning around the unit circle with its cosine and
 * sine as the legs of a right triangle, stopped at an angle when one is
 * given ("show sin 30 degrees on the unit circle"), and the sine or
 * cosine wave traced from the turning point ("how the unit circle makes
 * the sine wave").
 */
#ifndef RA_PLAN_TRIG_H
#define RA_PLAN_TRIG_H

#include "ra_prompt.h"

typedef struct ra_trig_plan {
    int wave;       /* trace a graph beside the circle */
    int cosine;     /* the graph traced is cos (else sin) */
    int has_angle;  /* stop at the angle asked for */
    double angle;   /* that angle, in radians (0 to 2 pi after turns) */
    double turns;   /* how far the point turns, in full turns */
    double degrees; /* the angle in degrees, for labels */
} ra_trig_plan;

/*
 * Returns 1 if the request is about the unit circle or tracing a sine or
 * cosine from a turning point, else 0.
 */
int ra_asks_trig(const ra_words *ws);

/*
 * Fills *tp from the request. Returns 0, or -1 when the angle is out of
 * range (more than 4 turns either way).
 */
int ra_plan_trig(ra_trig_plan *tp, const char *prompt, const ra_words *ws);

#endif /* RA_PLAN_TRIG_H */
