/*
 * ra_render: renders validated scene code with Manim in a sandbox: the
 * job's work folder, the command line, live progress, the reading of
 * how it ended (timeout, memory, runtime error), and the stored video.
 */
#ifndef RA_RENDER_H
#define RA_RENDER_H

#include "mm_job.h"
#include "ra_agent.h"
#include "ra_media.h"

/* Called with overall progress (percent) and a message, throttled. */
typedef void (*ra_render_progress_fn)(void *ctx, int pct, const char *msg);

typedef struct ra_render_outcome {
    const char *error_type;         /* MM_ERR_*, or NULL on success */
    char *message;                  /* for a person (malloc'd) */
    char *logs;                     /* stderr tail (malloc'd) */
    char *stdout_tail;              /* the sandbox's stdout tail and */
    char *stderr_tail;              /* stderr tail, NULL if it never ran */
    char video_hash[RA_SHA256_HEX]; /* set on success */
    int lost;                       /* cancelled: record nothing */
} ra_render_outcome;

/*
 * Renders `code` (whose Scene subclass is `scene_class`) for `job`, with
 * the slot's sandbox registered for cancellation. Fills *out (free with
 * ra_render_outcome_free).
 */
void ra_render(ra_agent *ag, ra_slot *slot, const mm_job *job,
               const char *code, const char *scene_class, int animation_count,
               ra_render_progress_fn fn, void *ctx, ra_render_outcome *out);

void ra_render_outcome_free(ra_render_outcome *out);

/*
 * Picks the line of a Python traceback that names the error ("NameError:
 * name 'x' is not defined"), or NULL. Returns a malloc'd string.
 */
char *ra_render_error_line(const char *stderr_text);

#endif /* RA_RENDER_H */
