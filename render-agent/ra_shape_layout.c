/*
 * ra_shape_layout: keeping the shapes of a plan in the frame. See
 * ra_shape_layout.h.
 */
#include "ra_shape_layout.h"

#include <math.h>
#include <string.h>

#include "ra_shape_nouns.h"

/* Where each shape is while ra_shape_fit_factor() follows the actions. */
typedef struct layout {
    double cx[RA_MAX_SHAPES]; /* centre x */
    double cy[RA_MAX_SHAPES]; /* centre y */
    double sc[RA_MAX_SHAPES]; /* product of the scalings */
    int type[RA_MAX_SHAPES];  /* current shape */
    int rotates;              /* some action rotates: assume any angle */
} layout;

/* Half the width and height of shape i's bounding box. */
static void half_size(const layout *l, int i, double *hw, double *hh)
{
    const ra_shape_def *d = ra_shape_info(l->type[i]);

    *hw = d->w / 2 * l->sc[i];
    *hh = d->h / 2 * l->sc[i];
    if (l->rotates)
        *hw = *hh = hypot(*hw, *hh);
}

/*
 * Whether an action scales the whole group of shapes at once (keeping
 * their spacing) rather than each shape about its own centre.
 */
int ra_shape_scales_group(const ra_shape_plan *pl, const ra_action *a,
                          unsigned gone)
{
    return a->kind == RA_ACT_SCALE && pl->n > 1 && gone == 0 &&
           a->targets == (1u << pl->n) - 1;
}

/* VGroup.scale: about the centre of the bounding box of all shapes. */
static void scale_layout(layout *l, int n, double f)
{
    double x0 = HUGE_VAL, x1 = -HUGE_VAL, y0 = HUGE_VAL, y1 = -HUGE_VAL;
    double hw, hh, gx, gy;
    int i;

    for (i = 0; i < n; i++) {
        half_size(l, i, &hw, &hh);
        x0 = fmin(x0, l->cx[i] - hw);
        x1 = fmax(x1, l->cx[i] + hw);
        y0 = fmin(y0, l->cy[i] - hh);
        y1 = fmax(y1, l->cy[i] + hh);
    }
    gx = (x0 + x1) / 2;
    gy = (y0 + y1) / 2;
    for (i = 0; i < n; i++) {
        l->cx[i] = gx + (l->cx[i] - gx) * f;
        l->cy[i] = gy + (l->cy[i] - gy) * f;
        l->sc[i] *= f;
    }
}

static void apply_action(layout *l, const ra_shape_plan *pl,
                         const ra_action *a, unsigned gone)
{
    int i;

    if (ra_shape_scales_group(pl, a, gone)) {
        scale_layout(l, pl->n, a->amount);
        return;
    }
    for (i = 0; i < pl->n; i++) {
        if (!(a->targets & (1u << i)))
            continue;
        l->sc[i] *= a->kind == RA_ACT_SCALE ? a->amount : 1.0;
        l->cx[i] += a->kind == RA_ACT_MOVE ? a->dx * a->amount : 0.0;
        l->cy[i] += a->kind == RA_ACT_MOVE ? a->dy * a->amount : 0.0;
        l->type[i] = a->kind == RA_ACT_TRANSFORM ? a->shape : l->type[i];
    }
}

/*
 * Follows every shape through the actions and returns the factor by which
 * the whole scene must shrink so that nothing ever leaves the frame
 * (about 14.2 x 8 units; we keep to 12.8 x 7).
 */
double ra_shape_fit_factor(const ra_shape_plan *pl)
{
    const double buff = 0.8;
    double x = -buff, mx = 0, my = 0, hw, hh;
    unsigned gone = 0;
    layout l;
    int i, k;

    memset(&l, 0, sizeof(l));
    for (k = 0; k < pl->nact; k++)
        l.rotates |= pl->a[k].kind == RA_ACT_ROTATE;
    for (i = 0; i < pl->n; i++)
        x += ra_shape_info(pl->s[i].type)->w + buff;
    for (x = -x / 2, i = 0; i < pl->n; i++) {
        l.type[i] = pl->s[i].type;
        l.cx[i] = x + ra_shape_info(l.type[i])->w / 2;
        l.sc[i] = 1.0;
        x += ra_shape_info(l.type[i])->w + buff;
    }
    for (k = -1; k < pl->nact; k++) {
        if (k >= 0) {
            apply_action(&l, pl, &pl->a[k], gone);
            gone |= pl->a[k].kind == RA_ACT_FADE_OUT ? pl->a[k].targets : 0;
        }
        for (i = 0; i < pl->n; i++) {
            half_size(&l, i, &hw, &hh);
            mx = fmax(mx, fabs(l.cx[i]) + hw);
            my = fmax(my, fabs(l.cy[i]) + hh);
        }
    }
    return fmin(1.0, fmin(mx > 0 ? 6.4 / mx : 1.0, my > 0 ? 3.5 / my : 1.0));
}
