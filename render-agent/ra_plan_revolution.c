/*
 * ra_plan_revolution: a solid of revolution and its volume. See
 * ra_plan_revolution.h.
 */
#include "ra_plan_revolution.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ra_plan_fraction.h"
#include "ra_plan_plots.h" /* ra_has_function_equation */
#include "ra_prompt_range.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define DEFAULT_A 0.0 /* the interval when none is given */
#define DEFAULT_B 2.0
#define SIMPSON_STEPS 2000 /* even number of Simpson intervals */
#define RADIUS_LIMIT 100.0 /* largest |f| drawn */
#define SCENE_WIDTH 7.0    /* scene units the x axis may take */
#define SCENE_HEIGHT 5.0   /* scene units the diameter may take */
#define PI_DEN_LIMIT 100   /* largest denominator of "V = 3pi/5" */

int ra_revolution_named(const ra_words *ws)
{
    static const char *const method[] = {"disk",   "disc",    "disks", "discs",
                                         "washer", "washers", NULL};

    if (ra_words_has_any(ws, method) && ra_words_has_stem(ws, "method"))
        return 1;
    return (ra_words_has_stem(ws, "revolution") ||
            ra_words_has_stem(ws, "revolv")) &&
           (ra_words_has_stem(ws, "solid") || ra_words_has_stem(ws, "volume"));
}

int ra_revolution_asked(const char *prompt, const ra_words *ws)
{
    static const char *const axis[] = {"axis", "axes", NULL};
    int turn = ra_words_has_stem(ws, "rotat") || ra_words_has_stem(ws, "spin");

    if (ra_revolution_named(ws) || ra_words_has_stem(ws, "revolution") ||
        ra_words_has_stem(ws, "revolv"))
        return 1;
    return turn &&
           (ra_words_has_stem(ws, "volume") ||
            (ra_words_has_any(ws, axis) && ra_has_function_equation(prompt)));
}

/*
 * Blanks "x-axis" and "x axis" out of mask, so that the x is not read as
 * a formula. Returns 1 if the request turns around the y-axis instead.
 */
static int blank_axes(const ra_words *ws, char *mask)
{
    int i, about_y = 0;

    for (i = 0; i + 1 < ws->n; i++) {
        if (!ra_word_is(ws, i + 1, "axis"))
            continue;
        if (ra_word_is(ws, i, "x") || ra_word_is(ws, i, "y"))
            ra_window_blank(mask, ws->v[i].start, ws->v[i + 1].end);
        about_y |= ra_word_is(ws, i, "y");
    }
    return about_y;
}

static double squared(const ra_expr *f, double x)
{
    double y = ra_expr_eval(f, x);

    return y * y;
}

/* pi times the integral of f^2 over [a, b], by Simpson's rule. */
static double simpson_volume(const ra_revolution_plan *rp)
{
    double h = (rp->b - rp->a) / SIMPSON_STEPS, s;
    int i;

    s = squared(rp->f, rp->a) + squared(rp->f, rp->b);
    for (i = 1; i < SIMPSON_STEPS; i++)
        s += (i % 2 ? 4 : 2) * squared(rp->f, rp->a + i * h);
    return M_PI * s * h / 3;
}

/*
 * The largest |f| on [a, b]; -1 if f is undefined somewhere there.
 */
static double largest_radius(const ra_revolution_plan *rp)
{
    double r = 0, y;
    int i;

    for (i = 0; i <= SIMPSON_STEPS; i++) {
        y = ra_expr_eval(rp->f, rp->a + (rp->b - rp->a) * i / SIMPSON_STEPS);
        if (!isfinite(y))
            return -1;
        r = fmax(r, fabs(y));
    }
    return r;
}

/* Axes with one unit for all three directions, and the disc shown. */
static void layout(ra_revolution_plan *rp)
{
    double yend = fabs(ra_expr_eval(rp->f, rp->a));

    rp->x = ra_window_axis(fmin(0, rp->a), rp->b, 6, 1);
    rp->x.hi += rp->x.step; /* room past the solid for the axis label */
    /* a little past the widest point, so the solid does not hide the
     * axis ends; not rounded out to a tick, which would shrink it */
    rp->r.step = ra_window_step(rp->radius / 2);
    rp->r.hi = 1.15 * rp->radius;
    rp->r.lo = -rp->r.hi;
    rp->unit = fmin(SCENE_WIDTH / (rp->x.hi - rp->x.lo),
                    SCENE_HEIGHT / (rp->r.hi - rp->r.lo));
    rp->u_start = rp->a;
    if (yend < 1e-3 * rp->radius)
        rp->u_start = rp->a + 0.005 * (rp->b - rp->a);
    rp->slice = (rp->a + rp->b) / 2;
}

int ra_plan_revolution(ra_revolution_plan *rp, const char *prompt,
                       const ra_words *ws, char *why, size_t n)
{
    char *low = ra_lower_dup(prompt), *mask = malloc(strlen(prompt) + 1);
    char err[160] = "";
    int found, about_y, rc = -1;

    memset(rp, 0, sizeof(*rp));
    if (!low || !mask) {
        rc = ra_plan_refuse(why, n, "Out of memory.");
        goto done;
    }
    memcpy(mask, prompt, strlen(prompt) + 1);
    found = ra_find_range(low, mask, &rp->a, &rp->b);
    about_y = blank_axes(ws, mask);
    ra_window_formulas(mask, &rp->f, 1, err, sizeof(err));
    if (!rp->f) {
        rc = err[0] ? ra_plan_refuse(why, n,
                                     "The curve to turn could not be read: "
                                     "%s. Write it like \"rotate y = "
                                     "sqrt(x) from 0 to 4 around the "
                                     "x-axis\".",
                                     err)
                    : 0;
        goto done;
    }
    if (about_y) {
        rc = ra_plan_refuse(why, n,
                            "Solids of revolution are drawn for "
                            "curves y = f(x) turned around the "
                            "x-axis, as in \"rotate y = sqrt(x) "
                            "from 0 to 4 around the x-axis\".");
        goto done;
    }
    if (found < 0) {
        rc = ra_plan_refuse(why, n,
                            "The x interval must go from a smaller "
                            "to a larger number between -1000 and "
                            "1000.");
        goto done;
    }
    rp->range_given = found;
    if (!found) {
        rp->a = DEFAULT_A;
        rp->b = DEFAULT_B;
    }
    rp->radius = largest_radius(rp);
    if (rp->radius < 0 || rp->radius > RADIUS_LIMIT || rp->radius < 1e-6) {
        mm_buf t = MM_BUF_INIT;

        ra_expr_to_text(rp->f, &t);
        rc = ra_plan_refuse(why, n,
                            "The curve y = %s must be defined between x = "
                            "%g and x = %g, away from the axis somewhere and "
                            "within %g of it.",
                            t.data ? t.data : "", rp->a, rp->b, RADIUS_LIMIT);
        mm_buf_free(&t);
        goto done;
    }
    rp->volume = simpson_volume(rp);
    for (rp->pi_pow = 1; rp->pi_pow <= 2; rp->pi_pow++)
        if (ra_fraction(rp->volume / pow(M_PI, rp->pi_pow), &rp->pi_num,
                        &rp->pi_den) &&
            rp->pi_den <= PI_DEN_LIMIT)
            break;
    if (rp->pi_pow > 2)
        rp->pi_den = 0;
    layout(rp);
    rc = 1;
done:
    free(low);
    free(mask);
    return rc;
}

void ra_revolution_plan_free(ra_revolution_plan *rp)
{
    ra_expr_free(rp->f);
    rp->f = NULL;
}
