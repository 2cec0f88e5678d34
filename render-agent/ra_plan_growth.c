/*
 * ra_plan_growth: which of two functions grows faster. See
 * ra_plan_growth.h.
 */
#include "ra_plan_growth.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ra_plan_window.h"
#include "ra_plot_axes.h"
#include "ra_prompt_range.h"

#define NEAR_MIN 5.0      /* the near view reaches at least x = 5 */
#define LINEAR_SPAN 20.0  /* scanned in fine steps from the start */
#define LINEAR_STEPS 2000 /* steps over that span */
#define SCAN_LIMIT 1e6    /* then in growing steps up to here */
#define GROWTH_STEP 1.01  /* factor between those steps */
#define DRAWABLE 1e9      /* largest value the far view shows */
#define LEAD 10.0         /* the far view ends when winner >= LEAD x loser */
#define FAR_LIMIT 100.0   /* ... or at this many near views */

static const char *const growth_words[] = {
    "faster", "slower", "eventually", "wins", "win", "beats", "beat", NULL};
static const char *const growth_stems[] = {"grow", "outgrow", "overtak",
                                           "dominat", NULL};

/* Whether word i says grow, faster, win, ... (not "compare"). */
static int growth_word(const ra_words *ws, int i)
{
    const char *const *s;

    if (ra_in_list(ws->v[i].w, growth_words))
        return 1;
    for (s = growth_stems; *s; s++)
        if (ra_word_stem(ws, i, *s))
            return 1;
    return 0;
}

int ra_growth_asked(const ra_words *ws)
{
    int i;

    for (i = 0; i < ws->n; i++)
        if (growth_word(ws, i) || ra_word_stem(ws, i, "compar"))
            return 1;
    return 0;
}

/* Whether only "compare" asks, so periodic functions are not this topic. */
static int only_compare(const ra_words *ws)
{
    int i;

    for (i = 0; i < ws->n; i++)
        if (growth_word(ws, i))
            return 0;
    return 1;
}

/*
 * f minus g at x: its sign, or 2 when either is undefined or beyond what
 * doubles hold.
 */
static int ahead(const ra_growth_plan *gp, double x)
{
    double a = ra_expr_eval(gp->f[0], x), b = ra_expr_eval(gp->f[1], x);

    if (!isfinite(a) || !isfinite(b) || fabs(a) > 1e300 || fabs(b) > 1e300)
        return 2;
    return (a > b) - (a < b);
}

static double bisect(const ra_growth_plan *gp, double lo, double hi)
{
    int s = ahead(gp, lo), k;

    for (k = 0; k < 60; k++) {
        double mid = (lo + hi) / 2;

        *(ahead(gp, mid) == s ? &lo : &hi) = mid;
    }
    return (lo + hi) / 2;
}

/* The i-th point of the scan: fine steps, then growing ones. */
static double scan_x(double start, int i)
{
    if (i <= LINEAR_STEPS)
        return start + LINEAR_SPAN * i / LINEAR_STEPS;
    return (start + LINEAR_SPAN) * pow(GROWTH_STEP, i - LINEAR_STEPS);
}

/*
 * Scans from start outwards: the crossings and the sign at the last
 * point where both functions are defined (0 when never, or equal).
 */
static int scan(ra_growth_plan *gp, double start)
{
    double x, last_x = start;
    int i, s, last = 0;

    for (i = 0; (x = scan_x(start, i)) <= SCAN_LIMIT; i++) {
        s = ahead(gp, x);
        if (s == 2) {
            if (last != 0 && x > start + 1)
                break; /* overflow: as far as doubles reach */
            continue;
        }
        if (s != 0 && last != 0 && s != last) {
            if (gp->ncross < RA_GROWTH_MAX_CROSS)
                gp->cross[gp->ncross++] = bisect(gp, last_x, x);
            else
                gp->more_cross++;
        }
        if (s != 0) {
            last = s;
            last_x = x;
        }
    }
    return last;
}

/*
 * v rounded to a tick step of about a tenth of it: up (1), down (-1) or
 * to the nearest (0).
 */
static double round_to_tick(double v, int dir)
{
    double step = ra_window_step(fabs(v) / 10), k = v / step;

    k = dir > 0 ? ceil(k - 1e-9) : dir < 0 ? floor(k + 1e-9) : nearbyint(k);
    return k * step;
}

/* Whether both functions stay drawable at x. */
static int drawable(const ra_growth_plan *gp, double x)
{
    return fabs(ra_expr_eval(gp->f[0], x)) <= DRAWABLE &&
           fabs(ra_expr_eval(gp->f[1], x)) <= DRAWABLE;
}

/*
 * With the values too large half as far again as the near view: the
 * farthest drawable x past it, if that shows some more. Else -1.
 */
static double far_fallback(const ra_growth_plan *gp, double start, double near,
                           double bad)
{
    double good = near;
    int k;

    if (!drawable(gp, near))
        return -1;
    for (k = 0; k < 60; k++) {
        double mid = (good + bad) / 2;

        *(drawable(gp, mid) ? &good : &bad) = mid;
    }
    good = round_to_tick(good, -1);
    return good >= near + 0.2 * (near - start) ? good : -1;
}

/*
 * The far view's end: from half as far again as the near view outwards
 * until the winner leads LEAD times over, the values stop being
 * drawable, or FAR_LIMIT near views are passed. Returns -1 if nothing
 * past the near view is drawable.
 */
static double far_end(const ra_growth_plan *gp, double start, double near)
{
    double x = start + 1.5 * (near - start), w, l, good = -1;

    if (!drawable(gp, x))
        return far_fallback(gp, start, near, x);
    while (x <= start + FAR_LIMIT * (near - start) && drawable(gp, x)) {
        w = ra_expr_eval(gp->f[gp->winner], x);
        l = ra_expr_eval(gp->f[!gp->winner], x);
        good = x;
        if (w - l >= (LEAD - 1) * fabs(l))
            break;
        x += 0.02 * fabs(x) + 0.01 * (near - start); /* always on */
    }
    x = round_to_tick(good, 0);
    return drawable(gp, x) && x >= near + 0.2 * (near - start) ? x : good;
}

/*
 * Reads the functions. "or", "than" and the growth words are where one
 * formula ends and the next begins ("2^x beats x^3").
 */
static void read_two(ra_growth_plan *gp, const ra_words *ws, char *mask,
                     char *err, size_t errlen)
{
    int i;

    for (i = 0; i < ws->n; i++)
        if (ra_word_is(ws, i, "or") || ra_word_is(ws, i, "than") ||
            growth_word(ws, i))
            ra_window_blank(mask, ws->v[i].start, ws->v[i].end);
    ra_window_formulas(mask, gp->f, 2, err, errlen);
}

/* Sets up view v over [a, b] and chooses its axes. Returns 0 or -1. */
static int make_view(ra_growth_plan *gp, int v, double a, double b)
{
    ra_plot_plan *pl = &gp->view[v];
    int k;

    memset(pl, 0, sizeof(*pl));
    pl->n = 2;
    pl->a = a;
    pl->b = b;
    pl->range_given = 1;
    for (k = 0; k < 2; k++) {
        pl->f[k].e = gp->f[k];
        pl->f[k].colour = -1 - k; /* RA_PALETTE(k) */
        pl->f[k].name = 'y';
    }
    return ra_plot_analyse(pl) == -1 ? 0 : -1;
}

int ra_plan_growth(ra_growth_plan *gp, const char *prompt, const ra_words *ws,
                   char *why, size_t n)
{
    char *low = ra_lower_dup(prompt), *mask = malloc(strlen(prompt) + 1);
    char err[160] = "";
    double a = 0, b = NEAR_MIN, near, far;
    int found, rc = -1, sign;

    memset(gp, 0, sizeof(*gp));
    if (!low || !mask) {
        rc = ra_plan_refuse(why, n, "Out of memory.");
        goto done;
    }
    memcpy(mask, prompt, strlen(prompt) + 1);
    found = ra_find_range(low, mask, &a, &b);
    read_two(gp, ws, mask, err, sizeof(err));
    if (!gp->f[1] || (only_compare(ws) && (ra_expr_uses_trig(gp->f[0]) ||
                                           ra_expr_uses_trig(gp->f[1])))) {
        rc = 0;
        goto done;
    }
    if (found < 0) {
        rc = ra_plan_refuse(why, n,
                            "The x range must go from a smaller to "
                            "a larger number between -1000 and "
                            "1000.");
        goto done;
    }
    gp->range_given = found;
    sign = scan(gp, found ? a : 0);
    if (sign == 0) {
        rc =
            ra_plan_refuse(why, n,
                           "The two functions are %s, so neither grows "
                           "faster.",
                           ahead(gp, 1) == 0 ? "equal" : "never both defined");
        goto done;
    }
    gp->winner = sign > 0 ? 0 : 1;
    near = found ? b : NEAR_MIN;
    if (!found && gp->ncross)
        near =
            fmax(NEAR_MIN, round_to_tick(1.25 * gp->cross[gp->ncross - 1], 1));
    far = far_end(gp, found ? a : 0, near);
    if (far < 0 || make_view(gp, 0, found ? a : 0, near) != 0 ||
        make_view(gp, 1, found ? a : 0, far) != 0) {
        rc = ra_plan_refuse(why, n,
                            "These functions grow beyond %g, or have no "
                            "points to draw, before the comparison can be "
                            "seen; compare functions such as 2^x and x^2, "
                            "or give a smaller x range.",
                            DRAWABLE);
        goto done;
    }
    {
        double w = ra_expr_eval(gp->f[gp->winner], far);
        double l = ra_expr_eval(gp->f[!gp->winner], far);

        gp->same_rate = w - l < RA_GROWTH_SAME_RATE * fmax(fabs(w), fabs(l));
    }
    rc = 1;
done:
    free(low);
    free(mask);
    return rc;
}

void ra_growth_plan_free(ra_growth_plan *gp)
{
    ra_expr_free(gp->f[0]);
    ra_expr_free(gp->f[1]);
    gp->f[0] = gp->f[1] = NULL;
}
