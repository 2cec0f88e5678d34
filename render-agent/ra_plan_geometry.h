/*
 * ra_plan_geometry: requests about named theorems of plane geometry: the
 * Pythagorean theorem (squares on the sides of a right triangle), the
 * inscribed angle theorem (an inscribed angle is half the central angle
 * on the same arc), the angle sum of a triangle (180 degrees) and of a
 * polygon ((n - 2) 180 degrees), and the exterior angle of a triangle (the
 * sum of the two opposite interior angles). The sides and angles are read from
 * the request as values only; every point drawn is computed here, in screen
 * units of Manim's 14.2 by 8 frame.
 */
#ifndef RA_PLAN_GEOMETRY_H
#define RA_PLAN_GEOMETRY_H

#include <stddef.h>

#include "ra_prompt.h"

#define RA_GEO_MAX_SIDES 12 /* most sides of a polygon whose angles add */

typedef enum {
    RA_GEO_NONE = -1,
    RA_GEO_PYTHAGORAS,  /* squares on the sides: a^2 + b^2 = c^2 */
    RA_GEO_INSCRIBED,   /* an inscribed angle is half the central one */
    RA_GEO_ANGLE_SUM,   /* the angles of a triangle add up to 180 */
    RA_GEO_POLYGON_SUM, /* the angles of an n-gon add up to (n - 2) 180 */
    RA_GEO_EXTERIOR,    /* an exterior angle is the two opposite ones */
} ra_geo_kind;

/* A square drawn on one side, as a grid of cells x cells squares. */
typedef struct ra_geo_square {
    double side;      /* its side in the request's units */
    double corner[2]; /* one corner, on screen */
    double u[2];      /* the edge along the triangle's side from corner */
    double v[2];      /* the other edge, away from the triangle */
    int cells;        /* unit squares across; 1 when drawn plain */
} ra_geo_square;

typedef struct ra_pythagoras_plan {
    int given;           /* sides read from the request: 0, 2 or 3 */
    double unit;         /* screen units per unit of length */
    ra_geo_square sq[3]; /* the squares on a, b and the hypotenuse c */
    double vertex[3][2]; /* the right angle, then the ends of a and b */
    double equation_x;   /* centre of the equations, right of the art */
    int counted;         /* every square is a grid of unit squares */
} ra_pythagoras_plan;

typedef struct ra_inscribed_plan {
    int given;        /* the arc was read from the request */
    double central;   /* the central angle AOB, degrees */
    double centre[2]; /* the circle's centre O on screen */
    double radius;    /* the circle's radius on screen */
    double a_at;      /* where A is on the circle, degrees */
    double b_at;      /* where B is: a_at + central */
    double p_path[3]; /* P starts at, moves to, stops at (degrees) */
} ra_inscribed_plan;

typedef struct ra_angle_sum_plan {
    int given;           /* angles read from the request: 0 to 3 */
    double angle[3];     /* alpha at A, beta at B, gamma at C, degrees */
    double vertex[3][2]; /* A, B (the base) and C on screen */
    double radius;       /* of the sectors that mark the angles */
    double line_x[2];    /* ends of the parallel to AB through C */
    double side_end[2];  /* exterior angle: AB extended past B ends here */
    double ray_end[2];   /* and the parallel to AC through B here */
} ra_angle_sum_plan;

typedef struct ra_polygon_sum_plan {
    int sides;                          /* n */
    double vertex[RA_GEO_MAX_SIDES][2]; /* the regular n-gon on screen */
    double total;                       /* (n - 2) 180 */
} ra_polygon_sum_plan;

typedef struct ra_geo_plan {
    ra_geo_kind kind; /* which theorem; selects the member below */
    union {
        ra_pythagoras_plan py;
        ra_inscribed_plan in;
        ra_angle_sum_plan as; /* the angle sum and the exterior angle */
        ra_polygon_sum_plan ps;
    } u;
} ra_geo_plan;

/*
 * Returns the theorem the request names, or RA_GEO_NONE: "Pythagoras"
 * with a triangle, squares, sides or a proof; a right triangle with its
 * legs or hypotenuse; an inscribed angle; the angles of a triangle; the
 * angles of a named polygon; the exterior angle of a triangle. Anything
 * else, "display the Pythagorean
 * theorem" (a formula) included, is left to the other planners.
 */
ra_geo_kind ra_geo_kind_of(const char *prompt, const ra_words *ws);

/*
 * Fills *gp for a request of that kind. Returns 0, or -1 with a sentence
 * for a person in why (size n) when the request cannot be drawn (sides
 * that make no right triangle, angles that do not add to 180, ...).
 */
int ra_plan_geometry(ra_geo_plan *gp, ra_geo_kind kind, const char *prompt,
                     const ra_words *ws, char *why, size_t n);

#endif /* RA_PLAN_GEOMETRY_H */
