/*
 * ra_gallery: gallery posters. See ra_gallery.h.
 */
#include "ra_gallery.h"

#include "mm_gallery.h"
#include "mm_style.h"
#include "ra_log.h"
#include "ra_render.h"
#include "ra_validate.h"

#include <apr_strings.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct ra_gallery {
    const mm_gallery *g;
    unsigned char *failed; /* per example x style: do not try again */
    int busy;              /* a worker is rendering a poster (ag->lock) */
};

ra_gallery *ra_gallery_open(apr_pool_t *pool, const char *dir)
{
    ra_gallery *gal = apr_pcalloc(pool, sizeof(*gal));
    char err[512];

    gal->g = mm_gallery_load(pool, dir, err, sizeof(err));
    if (!gal->g) {
        ra_log(RA_LOG_ERROR, NULL, "gallery: %s", err);
        return NULL;
    }
    gal->failed = apr_pcalloc(pool, (apr_size_t)gal->g->count *
                                        (apr_size_t)mm_style_count());
    ra_log(RA_LOG_INFO, NULL, "gallery: %d examples in %s", gal->g->count,
           dir);
    return gal;
}

/* 1 if the poster of example i in style s is in the cache and on disk. */
static int ra_gallery_has_poster(const ra_agent *ag, mm_store *st,
                                 apr_pool_t *pool, int i, int s)
{
    const char *key = mm_gallery_poster_key(pool, &ag->gallery->g->examples[i],
                                            mm_style_at(s)->name);
    const char *hash = NULL, *job = NULL;
    struct stat sb;

    if (!key ||
        mm_store_render_cache_get(st, pool, key, &hash, &job) != MM_STORE_OK)
        return 0;
    return stat(apr_pstrcat(pool, ag->cfg.media_dir, "/", hash, ".png", NULL),
                &sb) == 0;
}

/* Picks a missing poster (example *i, style *s) and marks the gallery
 * busy. Returns 0 if there is none or another worker is at it. */
static int ra_gallery_pick(ra_agent *ag, mm_store *st, apr_pool_t *pool,
                           int *i, int *s)
{
    ra_gallery *gal = ag->gallery;
    int styles = mm_style_count(), got = 0;

    pthread_mutex_lock(&ag->lock);
    if (gal->busy) {
        pthread_mutex_unlock(&ag->lock);
        return 0;
    }
    gal->busy = 1;
    pthread_mutex_unlock(&ag->lock);
    /* Every example in the default style first: the cards' posters. */
    for (*s = 0; !got && *s < styles; (*s)++)
        for (*i = 0; !got && *i < gal->g->count; (*i)++)
            got = !gal->failed[*i * styles + *s] &&
                  !ra_gallery_has_poster(ag, st, pool, *i, *s);
    if (got) {
        (*i)--;
        (*s)--;
        return 1;
    }
    pthread_mutex_lock(&ag->lock);
    gal->busy = 0;
    pthread_mutex_unlock(&ag->lock);
    return 0;
}

static void ra_gallery_no_progress(void *ctx, int pct, const char *msg)
{
    (void)ctx;
    (void)pct;
    (void)msg;
}

/* Validates and renders one poster; 0 on success. */
static int ra_gallery_render(ra_agent *ag, ra_slot *slot, mm_store *st,
                             apr_pool_t *pool, const mm_gallery_example *ex,
                             const mm_style *style)
{
    mm_job job;
    ra_verdict v;
    ra_render_outcome out;
    char err[512];
    int rc = -1;

    memset(&job, 0, sizeof(job));
    job.id = apr_psprintf(pool, "poster-%s-%s", ex->id, style->name);
    job.style_preset = style->name;
    job.quality = MM_GALLERY_POSTER_QUALITY;
    job.code_source = "gallery";
    if (ra_validate(&ag->cfg, job.id, ex->code, &v, err, sizeof(err)) != 0) {
        ra_log(RA_LOG_WARN, job.id, "validator: %s", err);
        return -1;
    }
    if (!v.ok) {
        ra_log(RA_LOG_ERROR, job.id, "refused: %s",
               v.summary ? v.summary : "");
        ra_verdict_free(&v);
        return -1;
    }
    ra_render(ag, slot, &job, ex->code, v.scene_class, v.animation_count,
              ra_gallery_no_progress, NULL, &out);
    if (!out.error_type && !out.lost) {
        const char *key = mm_gallery_poster_key(pool, ex, style->name);
        rc = key && mm_store_render_cache_put(st, key, out.video_hash, job.id,
                                              mm_now_ms()) == MM_STORE_OK
                 ? 0
                 : -1;
        ra_log(RA_LOG_INFO, job.id, "poster %s", rc == 0 ? "stored" : "lost");
    } else if (!out.lost) {
        ra_log(RA_LOG_ERROR, job.id, "poster failed: %s", out.message);
    }
    ra_render_outcome_free(&out);
    ra_verdict_free(&v);
    return rc;
}

int ra_gallery_render_poster(ra_agent *ag, ra_slot *slot, mm_store *st,
                             apr_pool_t *pool)
{
    ra_gallery *gal = ag->gallery;
    int i, s;

    if (!gal || ag->stopping || !ra_gallery_pick(ag, st, pool, &i, &s))
        return 0;
    if (ra_gallery_render(ag, slot, st, pool, &gal->g->examples[i],
                          mm_style_at(s)) != 0 &&
        !ag->stopping)
        gal->failed[i * mm_style_count() + s] = 1;
    pthread_mutex_lock(&ag->lock);
    gal->busy = 0;
    pthread_mutex_unlock(&ag->lock);
    return 1;
}
