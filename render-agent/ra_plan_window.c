/*
 * ra_plan_window: axes arithmetic shared by the analysis topics. See
 * ra_plan_window.h.
 */
#include "ra_plan_window.h"

#include <math.h>
#include <stdlib.h>

#include "ra_plan_plots.h"

double ra_window_step(double raw)
{
    double p, f;

    if (!(raw > 0) || !isfinite(raw))
        return 1.0;
    p = pow(10.0, floor(log10(raw)));
    f = raw / p;
    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * p;
}

ra_axis ra_window_axis(double lo, double hi, int ticks, int round_out)
{
    ra_axis ax;

    ax.step = ra_window_step((hi - lo) / (ticks > 0 ? ticks : 1));
    if (!round_out && lo <= 0.0 && hi >= 0.0) {
        ax.lo = lo;
        ax.hi = hi;
    } else {
        /* the small slack keeps 2.0000000001 from growing a tick */
        ax.lo = floor(lo / ax.step + 1e-9) * ax.step;
        ax.hi = ceil(hi / ax.step - 1e-9) * ax.step;
    }
    return ax;
}

void ra_window_blank(char *mask, size_t start, size_t end)
{
    size_t i;

    for (i = start; i < end && mask[i]; i++)
        mask[i] = ',';
}

int ra_window_formulas(const char *mask, ra_expr **out, int max, char *err,
                       size_t errlen)
{
    ra_plot_plan *pl = calloc(1, sizeof(*pl));
    int k, n = 0;

    if (!pl)
        return 0;
    ra_read_functions(pl, mask, err, errlen);
    for (k = 0; k < pl->n && n < max; k++)
        if (ra_expr_uses_x(pl->f[k].e)) {
            out[n++] = pl->f[k].e;
            pl->f[k].e = NULL; /* the caller takes it */
        }
    ra_plot_plan_free(pl);
    return n;
}
