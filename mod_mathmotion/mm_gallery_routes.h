/*
 * mm_gallery_routes: GET {prefix}/gallery, {prefix}/gallery/{id}/poster
 * and {prefix}/styles, and the render cache lookup of gallery examples
 * that mm_submit.c uses. See mm_gallery_routes.c.
 */
#ifndef MM_GALLERY_ROUTES_H
#define MM_GALLERY_ROUTES_H

#include "mm_gallery.h"
#include "mm_routes.h"
#include "mm_store.h"

/*
 * 1 with the video's hash and the job that rendered it if the example's
 * code is rendered in `style` at `quality` (in the render cache and on
 * disk), else 0.
 */
int mm_gallery_cached(request_rec *r, const mm_server_conf *conf, mm_store *st,
                      const mm_gallery_example *ex, const char *style,
                      const char *quality, const char **video_hash,
                      const char **job_id);

/* A path under {prefix}/gallery/: the poster route, or DECLINED. */
int mm_gallery_route(request_rec *r, const mm_server_conf *conf,
                     const char *path);

mm_route_fn mm_gallery_handle;
mm_route_fn mm_styles_handle;

#endif /* MM_GALLERY_ROUTES_H */
