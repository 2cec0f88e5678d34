/*
 * ra_progress: turns Manim's progress output into a percentage and a
 * message. Manim's tqdm bars go to stderr, redrawn with '\r':
 *   "Animation 3: Create(Circle):  45%|████▌     | 7/15 [00:00<...]"
 *   "Waiting 4:  100%|██████████| 15/15 [...]"
 * Chunks arrive split anywhere, so the parser keeps a partial line.
 */
#ifndef RA_PROGRESS_H
#define RA_PROGRESS_H

#include <stddef.h>

typedef struct ra_progress {
    char line[512]; /* the bar being assembled */
    size_t len;     /* bytes in line */
    int total;      /* animations expected (>= 1) */
    int animation;  /* index of the latest bar seen, 0-based; -1: none */
    int percent;    /* that bar's percentage */
    int changed;    /* set when animation or percent moved */
} ra_progress;

/* Starts a parser for a scene of `total` animations (at least 1). */
void ra_progress_init(ra_progress *p, int total);

/* Feeds output; sets p->changed when the position moved. */
void ra_progress_feed(ra_progress *p, const char *chunk, size_t len);

/*
 * Maps the position to an overall percentage within [lo, hi] and writes
 * a message such as "Rendering animation 3/7 (45%)" into msg.
 */
int ra_progress_overall(const ra_progress *p, int lo, int hi, char *msg,
                        size_t msglen);

#endif /* RA_PROGRESS_H */
