/*
 * ra_progress: Manim progress-bar parsing. See ra_progress.h.
 */
#include "ra_progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ra_progress_init(ra_progress *p, int total)
{
    memset(p, 0, sizeof(*p));
    p->total = total > 0 ? total : 1;
    p->animation = -1;
}

/* Reads "<Animation|Waiting> N ... PP%|" out of one bar. */
static void ra_progress_line(ra_progress *p)
{
    const char *s = p->line, *bar, *pct;
    int index, percent;

    s = strstr(s, "Animation ");
    if (s)
        s += strlen("Animation ");
    else if ((s = strstr(p->line, "Waiting ")))
        s += strlen("Waiting ");
    if (!s || sscanf(s, "%d", &index) != 1)
        return;
    bar = strchr(s, '|');
    if (!bar)
        return;
    /* The percentage is the number right before the first bar. */
    pct = bar;
    while (pct > s && pct[-1] == '%')
        pct--;
    while (pct > s && pct[-1] >= '0' && pct[-1] <= '9')
        pct--;
    percent = atoi(pct);
    if (percent < 0 || percent > 100 || index < 0)
        return;
    if (index != p->animation || percent != p->percent) {
        p->animation = index;
        p->percent = percent;
        p->changed = 1;
    }
}

void ra_progress_feed(ra_progress *p, const char *chunk, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        char c = chunk[i];
        if (c == '\r' || c == '\n') {
            p->line[p->len] = '\0';
            if (p->len > 0)
                ra_progress_line(p);
            p->len = 0;
        } else if (p->len + 1 < sizeof(p->line)) {
            p->line[p->len++] = c;
        }
    }
}

int ra_progress_overall(const ra_progress *p, int lo, int hi, char *msg,
                        size_t msglen)
{
    int total = p->total, index = p->animation;
    double done;

    if (index < 0) {
        snprintf(msg, msglen, "Starting the renderer");
        return lo;
    }
    /* A scene may play more than the static count; grow with it. */
    if (index >= total)
        total = index + 1;
    done = (index + p->percent / 100.0) / total;
    snprintf(msg, msglen, "Rendering animation %d/%d (%d%%)", index + 1, total,
             p->percent);
    return lo + (int)((hi - lo) * done);
}
