/*
 * ra_plan_geometry: named theorems of plane geometry. See
 * ra_plan_geometry.h.
 */
#include "ra_plan_geometry.h"

#include <math.h>
#include <string.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define DEG (M_PI / 180)

#define SIDE_LIMIT 1000.0 /* longest side of a right triangle */
#define SIDE_RATIO 10.0   /* longest leg over shortest: both stay visible */
#define MAX_CELLS 200     /* unit squares drawn in all three squares */
#define ARC_MIN 20.0      /* smallest central angle, degrees */
#define ARC_MAX 300.0     /* largest: P still has room to move */
#define ANGLE_MIN 10.0    /* smallest angle of a triangle that is drawn */

#define ARC_DEFAULT 100.0 /* central angle when none is given, degrees */
#define CIRCLE_X (-2.6)   /* the circle's centre: left, readouts right */
#define CIRCLE_Y (-0.1)
#define CIRCLE_R 2.4  /* its radius */
#define P_MARGIN 20.0 /* P stays this far (degrees) from A and B */

#define POLYGON_X (-3.0) /* the polygon's centre: left, the sums right */
#define POLYGON_Y (-0.2)
#define POLYGON_R 2.9 /* its circumradius */

/* ---------------------------------------------------------------------
 * Reading the request
 */

static const char *const triangle_words[] = {"triangle", "triangles", NULL};
static const char *const angle_words[] = {"angle", "angles", NULL};
static const char *const sum_words[] = {"sum",   "add",      "adds", "adding",
                                        "total", "interior", "sums", NULL};

/* Whether word i is a number written as an exponent ("a^2"). */
static int is_exponent(const char *prompt, const ra_words *ws, int i)
{
    size_t p = ws->v[i].start;

    while (p > 0 && prompt[p - 1] == ' ')
        p--;
    return p > 0 && prompt[p - 1] == '^';
}

/*
 * The numbers of the request in order, leaving out exponents and, when
 * skip_angles is set, angles ("a 90 degree angle"), and numbers equal to
 * skip (the 180 of "add up to 180"; NAN skips none). Stores at most max;
 * returns how many there are.
 */
static int read_values(const char *prompt, const ra_words *ws, double *out,
                       int max, int skip_angles, double skip)
{
    int i, n = 0;

    for (i = 0; i < ws->n; i++) {
        if (!ra_word_is(ws, i, "#") || is_exponent(prompt, ws, i) ||
            ws->v[i].num == skip)
            continue;
        if (skip_angles && (ra_word_is(ws, i + 1, "degrees") ||
                            ra_word_is(ws, i + 1, "degree")))
            continue;
        if (n < max)
            out[n] = ws->v[i].num;
        n++;
    }
    return n;
}

/* "right triangle", "right-angled triangle", "right angle triangle" */
static int says_right_triangle(const ra_words *ws)
{
    int i;

    for (i = 0; i + 1 < ws->n; i++)
        if (ra_word_is(ws, i, "right") &&
            (ra_words_find(ws, i + 1, i + 2, triangle_words) == i + 1 ||
             ((ra_word_is(ws, i + 1, "angled") ||
               ra_word_is(ws, i + 1, "angle")) &&
              ra_words_find(ws, i + 2, i + 3, triangle_words) == i + 2)))
            return 1;
    return 0;
}

static int is_pythagoras(const char *prompt, const ra_words *ws)
{
    static const char *const drawn[] = {
        "triangle",    "triangles", "square", "squares",    "side",
        "sides",       "leg",       "legs",   "hypotenuse", "prove",
        "proof",       "proves",    "visual", "visually",   "why",
        "demonstrate", "triple",    NULL};
    static const char *const legs[] = {"leg", "legs", "hypotenuse", NULL};
    double v[1];

    if (ra_words_has_stem(ws, "pythag"))
        return !ra_words_has_any(ws,
                                 (const char *const[]){"identity", NULL}) &&
               (ra_words_has_any(ws, drawn) ||
                read_values(prompt, ws, v, 1, 1, NAN) > 0);
    return says_right_triangle(ws) &&
           (ra_words_has_any(ws, legs) || strstr(prompt, "c^2"));
}

/* "inscribed angle", "angle at the centre is twice the angle at ..." */
static int is_inscribed(const ra_words *ws)
{
    static const char *const centre[] = {"central", "centre", "center", NULL};
    static const char *const relation[] = {"circumference", "theorem", "twice",
                                           "double",        "half",    NULL};

    if (!ra_words_has_any(ws, angle_words))
        return 0;
    return ra_words_has_any(ws, (const char *const[]){"inscribed", NULL}) ||
           (ra_words_has_any(ws, centre) && ra_words_has_any(ws, relation));
}

/* Whether the request moves a shape ("rotate a triangle by 30 degrees"). */
static int moves_a_shape(const ra_words *ws)
{
    return ra_words_has_stem(ws, "rotat") || ra_words_has_stem(ws, "spin") ||
           ra_words_has_stem(ws, "turn") || ra_words_has_stem(ws, "mov");
}

/* Whether the request says its angles add up (or that they are 180). */
static int says_angles_add(const ra_words *ws)
{
    int i;

    if (ra_words_has_any(ws, sum_words) ||
        ra_words_has_any(ws, (const char *const[]){"angles", NULL}))
        return 1;
    for (i = 0; i < ws->n; i++)
        if (ra_word_is(ws, i, "#") && ws->v[i].num == 180)
            return 1;
    return 0;
}

/* n of a polygon the request names ("hexagon", "polygon with 7 sides"). */
static int polygon_sides(const ra_words *ws)
{
    static const char *const names[] = {
        "",         "",           "",          "",        "quadrilateral",
        "pentagon", "hexagon",    "heptagon",  "octagon", "nonagon",
        "decagon",  "hendecagon", "dodecagon", NULL};
    int i, k;

    for (i = 0; i < ws->n; i++) {
        for (k = 4; names[k]; k++)
            if (ra_word_is(ws, i, names[k]))
                return k;
        if (ra_word_is(ws, i, "#") &&
            (ra_word_is(ws, i + 1, "gon") || ra_word_is(ws, i + 1, "sides") ||
             ra_word_is(ws, i + 1, "sided")) &&
            ra_words_has_any(ws,
                             (const char *const[]){"polygon", "gon", NULL}))
            return ws->v[i].num == floor(ws->v[i].num) && ws->v[i].num >= 3 &&
                           ws->v[i].num <= 1000
                       ? (int)ws->v[i].num
                       : -1;
    }
    return 0;
}

/*
 * One exterior angle of a triangle ("the exterior angle theorem"); the
 * sum of all the exterior angles of a polygon (360) is not drawn.
 */
static int exterior_angle(const ra_words *ws)
{
    int i;

    for (i = 0; i + 1 < ws->n; i++)
        if (ra_word_is(ws, i, "exterior") && ra_word_is(ws, i + 1, "angles") &&
            ra_words_has_any(ws, sum_words))
            return 0;
    return ra_words_has_any(ws, triangle_words) ||
           ra_words_has_any(ws, (const char *const[]){"theorem", NULL});
}

ra_geo_kind ra_geo_kind_of(const char *prompt, const ra_words *ws)
{
    if (is_pythagoras(prompt, ws))
        return RA_GEO_PYTHAGORAS;
    if (is_inscribed(ws))
        return RA_GEO_INSCRIBED;
    if (!ra_words_has_any(ws, angle_words) || moves_a_shape(ws))
        return RA_GEO_NONE;
    if (ra_words_has_any(ws, (const char *const[]){"exterior", NULL}))
        return exterior_angle(ws) ? RA_GEO_EXTERIOR : RA_GEO_NONE;
    if (!says_angles_add(ws))
        return RA_GEO_NONE;
    if (ra_words_has_any(ws, triangle_words))
        return RA_GEO_ANGLE_SUM;
    if (polygon_sides(ws) != 0)
        return RA_GEO_POLYGON_SUM;
    return RA_GEO_NONE;
}

/* ---------------------------------------------------------------------
 * The Pythagorean theorem
 */

/* The room the squares have: left of the equations, the whole height. */
#define ART_W 8.6
#define ART_H 7.2
#define ART_X (-2.4)
#define ART_Y 0.0

/*
 * Screen units per unit when the leg `up` is drawn upright and `across`
 * along the bottom: the square on `up` sticks out left, the one on
 * `across` down, the one on the hypotenuse up and right.
 */
static double fit_unit(double up, double across)
{
    return fmin(ART_W / (2 * up + across), ART_H / (up + 2 * across));
}

static int whole(double v)
{
    return fabs(v - nearbyint(v)) < 1e-9;
}

static void set_square(ra_geo_square *s, double side, const double corner[2],
                       double ux, double uy, double vx, double vy)
{
    s->side = side;
    s->corner[0] = corner[0];
    s->corner[1] = corner[1];
    s->u[0] = ux;
    s->u[1] = uy;
    s->v[0] = vx;
    s->v[1] = vy;
    s->cells = 1;
}

/* Places the triangle and its squares in the room left of the text. */
static void layout_pythagoras(ra_pythagoras_plan *pp, double a, double b)
{
    int a_up = fit_unit(a, b) >= fit_unit(b, a);
    double u = fmax(fit_unit(a, b), fit_unit(b, a));
    double up = (a_up ? a : b) * u, across = (a_up ? b : a) * u;
    double r[2] = {ART_X - across / 2, ART_Y - up / 2};
    double top[2] = {r[0], r[1] + up}, end[2] = {r[0] + across, r[1]};
    double c = hypot(a, b);
    int k;

    pp->unit = u;
    memcpy(pp->vertex[0], r, sizeof(r));
    memcpy(pp->vertex[1], a_up ? top : end, sizeof(r));
    memcpy(pp->vertex[2], a_up ? end : top, sizeof(r));
    set_square(&pp->sq[a_up ? 0 : 1], a_up ? a : b, r, 0, up, -up, 0);
    set_square(&pp->sq[a_up ? 1 : 0], a_up ? b : a, r, across, 0, 0, -across);
    set_square(&pp->sq[2], c, end, -across, up, up, across);
    pp->counted =
        whole(a) && whole(b) && whole(c) && a * a + b * b + c * c <= MAX_CELLS;
    for (k = 0; k < 3 && pp->counted; k++)
        pp->sq[k].cells = (int)nearbyint(pp->sq[k].side);
    /* the hypotenuse's square reaches right to r + up + across */
    pp->equation_x = (r[0] + up + across + 7.0) / 2;
}

/* The legs from two sides, or three sides that make a right triangle. */
static int read_legs(const double *v, int n, double legs[2], char *why,
                     size_t wn)
{
    double s[3], t;
    int i, j;

    if (n == 2) {
        legs[0] = v[0];
        legs[1] = v[1];
        return 0;
    }
    memcpy(s, v, sizeof(s));
    for (i = 0; i < 3; i++) /* ascending: the hypotenuse is the longest */
        for (j = i + 1; j < 3; j++)
            if (s[j] < s[i]) {
                t = s[i];
                s[i] = s[j];
                s[j] = t;
            }
    if (fabs(s[0] * s[0] + s[1] * s[1] - s[2] * s[2]) > 1e-6 * s[2] * s[2])
        return ra_plan_refuse(
            why, wn,
            "The sides %g, %g and %g do not make a right triangle: "
            "%g^2 + %g^2 = %g, not %g^2 = %g. Give the two legs (\"legs 5 "
            "and 12\") or three sides with a^2 + b^2 = c^2 (such as "
            "3-4-5).",
            s[0], s[1], s[2], s[0], s[1], s[0] * s[0] + s[1] * s[1], s[2],
            s[2] * s[2]);
    legs[0] = s[0];
    legs[1] = s[1];
    return 0;
}

static int plan_pythagoras(ra_pythagoras_plan *pp, const char *prompt,
                           const ra_words *ws, char *why, size_t wn)
{
    double v[3] = {3, 4, 5}, legs[2] = {3, 4};
    int n = read_values(prompt, ws, v, 3, 1, NAN);

    if (n == 1 || n > 3)
        return ra_plan_refuse(
            why, wn,
            "The Pythagorean theorem is shown for a right triangle given "
            "by its two legs (\"legs 5 and 12\") or its three sides "
            "(\"a 6-8-10 triangle\"); this request gives %d number%s.",
            n, n == 1 ? "" : "s");
    pp->given = n;
    if (n && read_legs(v, n, legs, why, wn) != 0)
        return -1;
    if (legs[0] <= 0 || legs[1] <= 0 || hypot(legs[0], legs[1]) > SIDE_LIMIT)
        return ra_plan_refuse(
            why, wn, "The sides must be positive and at most %g.", SIDE_LIMIT);
    if (fmax(legs[0], legs[1]) > SIDE_RATIO * fmin(legs[0], legs[1]))
        return ra_plan_refuse(
            why, wn,
            "One leg is more than %g times the other, so its square "
            "would be too small to see; legs closer in size can be drawn.",
            SIDE_RATIO);
    layout_pythagoras(pp, legs[0], legs[1]);
    return 0;
}

/* ---------------------------------------------------------------------
 * The inscribed angle theorem
 */

/*
 * The central angle the request gives, in degrees, or NAN: a number after
 * "inscribed" is the inscribed angle (half the central one), one after
 * "central" or "arc", or followed by degrees, is the central angle.
 */
static double read_central(const char *prompt, const ra_words *ws)
{
    static const char *const context[] = {"inscribed", "central", "arc",
                                          "centre",    "center",  NULL};
    int i, k;
    double v;

    for (i = 0; i < ws->n; i++) {
        if (!ra_word_is(ws, i, "#") || is_exponent(prompt, ws, i))
            continue;
        v = ws->v[i].num;
        if (ra_word_stem(ws, i + 1, "radian"))
            v *= 180 / M_PI;
        k = ra_words_find(ws, i > 6 ? i - 6 : 0, i, context);
        while (k >= 0 && ra_words_find(ws, k + 1, i, context) >= 0)
            k = ra_words_find(ws, k + 1, i, context); /* the nearest */
        if (k >= 0 && ra_word_is(ws, k, "inscribed"))
            return 2 * v;
        if (k >= 0 || ra_word_stem(ws, i + 1, "degree") ||
            ra_word_stem(ws, i + 1, "radian"))
            return v;
    }
    return NAN;
}

static int plan_inscribed(ra_inscribed_plan *ip, const char *prompt,
                          const ra_words *ws, char *why, size_t wn)
{
    double c = read_central(prompt, ws), span, margin, s;

    ip->given = !isnan(c);
    if (!ip->given)
        c = ARC_DEFAULT;
    if (c < ARC_MIN || c > ARC_MAX)
        return ra_plan_refuse(
            why, wn,
            "The inscribed angle theorem is shown for a central angle "
            "between %g and %g degrees (an inscribed angle between %g "
            "and %g degrees); this request asks for %g.",
            ARC_MIN, ARC_MAX, ARC_MIN / 2, ARC_MAX / 2, c);
    ip->central = c;
    ip->centre[0] = CIRCLE_X;
    ip->centre[1] = CIRCLE_Y;
    ip->radius = CIRCLE_R;
    /* The arc AB at the bottom, symmetric about the downward direction;
     * P moves on the other arc, around the top (90 degrees). */
    ip->a_at = 270 - c / 2;
    ip->b_at = 270 + c / 2;
    span = 360 - c;
    margin = fmin(P_MARGIN, 0.15 * span);
    s = span / 2 - margin; /* P swings this far either side of the top */
    ip->p_path[0] = 90 - 0.55 * s;
    ip->p_path[1] = 90 + 0.75 * s;
    ip->p_path[2] = 90 + 0.1 * s;
    return 0;
}

/* ---------------------------------------------------------------------
 * The angles of a triangle
 */

#define TRI_W 9.5        /* widest the triangle is drawn */
#define TRI_H 4.6        /* tallest: the sums are written above it */
#define TRI_MID_Y (-1.0) /* middle of the room below the sums */

/* Fills the three angles from those given (0 to 3 of them). */
static int read_angles(ra_angle_sum_plan *ap, const double *v, int n,
                       char *why, size_t wn)
{
    static const double fallback[3] = {55, 45, 80};
    int k;

    ap->given = n;
    if (n > 3)
        return ra_plan_refuse(why, wn,
                              "A triangle has three angles; this request "
                              "gives %d numbers.",
                              n);
    memcpy(ap->angle, fallback, sizeof(fallback));
    if (n == 1) {
        ap->angle[0] = v[0]; /* isosceles: the others share the rest */
        ap->angle[1] = ap->angle[2] = (180 - v[0]) / 2;
    } else if (n >= 2) {
        ap->angle[0] = v[0];
        ap->angle[1] = v[1];
        ap->angle[2] = n == 3 ? v[2] : 180 - v[0] - v[1];
    }
    if (n == 3 && fabs(v[0] + v[1] + v[2] - 180) > 1e-6)
        return ra_plan_refuse(why, wn,
                              "The angles of a triangle add up to 180 "
                              "degrees, and %g + %g + %g = %g.",
                              v[0], v[1], v[2], v[0] + v[1] + v[2]);
    for (k = 0; k < 3; k++)
        if (ap->angle[k] < ANGLE_MIN)
            return ra_plan_refuse(
                why, wn,
                "Each angle of the triangle must be at least %g degrees "
                "to be drawn, and the angles must add up to 180 (these "
                "leave %g).",
                ANGLE_MIN, ap->angle[k]);
    return 0;
}

/* The triangle with base AB along the bottom, scaled to the room. */
/*
 * The triangle with base AB along the bottom, scaled to at most `width`
 * and centred `shift` right of the middle of the frame.
 */
static void layout_triangle(ra_angle_sum_plan *ap, double width, double shift)
{
    double al = ap->angle[0] * DEG, be = ap->angle[1] * DEG;
    double ga = ap->angle[2] * DEG;
    double d = sin(be) / sin(ga); /* AC for AB = 1 (law of sines) */
    double cx = d * cos(al), cy = d * sin(al);
    double left = fmin(0, cx), right = fmax(1, cx);
    double s = fmin(width / (right - left), TRI_H / cy);
    double x0 = shift - s * (left + right) / 2, y0 = TRI_MID_Y - s * cy / 2;
    double shortest;

    ap->vertex[0][0] = x0;
    ap->vertex[0][1] = y0;
    ap->vertex[1][0] = x0 + s;
    ap->vertex[1][1] = y0;
    ap->vertex[2][0] = x0 + s * cx;
    ap->vertex[2][1] = y0 + s * cy;
    shortest = s * fmin(1, fmin(d, sin(al) / sin(ga)));
    ap->radius = fmin(0.8, 0.35 * shortest);
    ap->line_x[0] = fmax(-6.8, x0 + s * left - 1.2);
    ap->line_x[1] = fmin(6.8, x0 + s * right + 1.2);
}

/*
 * The exterior angle at B: the base AB goes on past B, and the parallel
 * to AC through B splits the angle between it and BC into a copy of
 * alpha (corresponding angles) and one of gamma (alternate angles). The
 * triangle moves left to leave them room on the right.
 */
static void layout_exterior(ra_angle_sum_plan *ap)
{
    const double *b = ap->vertex[1];
    double al = ap->angle[0] * DEG, len = 2.6;

    layout_triangle(ap, TRI_W - 3.0, -1.5);
    ap->side_end[0] = fmin(6.6, b[0] + 2.6);
    ap->side_end[1] = b[1];
    len = fmin(len, (TRI_MID_Y + TRI_H / 2 + 0.2 - b[1]) / sin(al));
    if (cos(al) > 0)
        len = fmin(len, (6.6 - b[0]) / cos(al));
    ap->ray_end[0] = b[0] + len * cos(al);
    ap->ray_end[1] = b[1] + len * sin(al);
}

static int plan_angle_sum(ra_angle_sum_plan *ap, const char *prompt,
                          const ra_words *ws, char *why, size_t wn)
{
    double v[3];
    int n = read_values(prompt, ws, v, 3, 0, 180);

    if (read_angles(ap, v, n, why, wn) != 0)
        return -1;
    layout_triangle(ap, TRI_W, 0);
    return 0;
}

/* Two angles given are the opposite ones, alpha and gamma: the exterior
 * angle at B is their sum. */
static int plan_exterior(ra_angle_sum_plan *ap, const char *prompt,
                         const ra_words *ws, char *why, size_t wn)
{
    double v[3], t;
    int n = read_values(prompt, ws, v, 3, 0, 180);

    if (read_angles(ap, v, n, why, wn) != 0)
        return -1;
    if (n == 2) {
        t = ap->angle[1];
        ap->angle[1] = ap->angle[2];
        ap->angle[2] = t;
    }
    layout_exterior(ap);
    return 0;
}

/* ---------------------------------------------------------------------
 * The angles of a polygon
 */

static int plan_polygon_sum(ra_polygon_sum_plan *pp, const ra_words *ws,
                            char *why, size_t wn)
{
    int n = polygon_sides(ws), k;
    double start, t;

    if (n < 3 || n > RA_GEO_MAX_SIDES)
        return ra_plan_refuse(why, wn,
                              "The angle sum is shown for polygons with 3 "
                              "to %d sides.",
                              RA_GEO_MAX_SIDES);
    pp->sides = n;
    pp->total = (n - 2) * 180.0;
    start = -90 - 180.0 / n; /* the first side lies flat at the bottom */
    for (k = 0; k < n; k++) {
        t = (start + 360.0 * k / n) * DEG;
        pp->vertex[k][0] = POLYGON_X + POLYGON_R * cos(t);
        pp->vertex[k][1] = POLYGON_Y + POLYGON_R * sin(t);
    }
    return 0;
}

int ra_plan_geometry(ra_geo_plan *gp, ra_geo_kind kind, const char *prompt,
                     const ra_words *ws, char *why, size_t n)
{
    memset(gp, 0, sizeof(*gp));
    gp->kind = kind;
    switch (kind) {
    case RA_GEO_PYTHAGORAS:
        return plan_pythagoras(&gp->u.py, prompt, ws, why, n);
    case RA_GEO_INSCRIBED:
        return plan_inscribed(&gp->u.in, prompt, ws, why, n);
    case RA_GEO_ANGLE_SUM:
        return plan_angle_sum(&gp->u.as, prompt, ws, why, n);
    case RA_GEO_POLYGON_SUM:
        return plan_polygon_sum(&gp->u.ps, ws, why, n);
    case RA_GEO_EXTERIOR:
        return plan_exterior(&gp->u.as, prompt, ws, why, n);
    default:
        return ra_plan_refuse(why, n, "Not a geometry request.");
    }
}
