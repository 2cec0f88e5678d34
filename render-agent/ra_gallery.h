/*
 * ra_gallery: the gallery's poster images, rendered while the agent is
 * idle. A poster is the last frame of an example in one style, at 480p,
 * validated and rendered like any job, and kept in the render cache
 * under the example's code, the style and the quality "poster" (see
 * mm_gallery.h), where the module looks for it. Jobs always come first:
 * a worker renders a poster only when the queue is empty, one worker at
 * a time.
 */
#ifndef RA_GALLERY_H
#define RA_GALLERY_H

#include <apr_pools.h>

#include "mm_store.h"
#include "ra_agent.h"

typedef struct ra_gallery ra_gallery;

/* Loads the gallery in `dir` into `pool`; NULL (logged) if it is bad. */
ra_gallery *ra_gallery_open(apr_pool_t *pool, const char *dir);

/*
 * Renders one missing poster in `slot`, if there is one and no other
 * worker is rendering one. Returns 1 if it rendered (or tried), else 0.
 */
int ra_gallery_render_poster(ra_agent *ag, ra_slot *slot, mm_store *st,
                             apr_pool_t *pool);

#endif /* RA_GALLERY_H */
