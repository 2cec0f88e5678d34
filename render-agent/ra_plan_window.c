/*
 * ra_plan_window: axes arithmetic shared by the analysis topics. See
 * ra_plan_window.h.
 */
#include "ra_plan_window.h"

#include <math.h>

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
