/*
 * ra_cache: the agent's side of the two result caches ("Caching and
 * limits" in DESIGN.md).
 *
 *   render cache  SHA-256 of code + style + quality -> stored video. The
 *                 pipeline looks it up after validation, before rendering:
 *                 identical code is never rendered twice.
 *   prompt cache  normalised prompt + style + quality -> the done job.
 *                 The agent writes an entry when a job whose code the
 *                 provider generated from its prompt is done (not for the
 *                 user's code, not for auto-fixes); the module answers
 *                 later submissions of the prompt from it.
 *
 * Cache failures never fail a job: they are logged and the job goes on
 * as if the cache were empty.
 */
#ifndef RA_CACHE_H
#define RA_CACHE_H

#include "mm_store.h"
#include "ra_config.h"
#include "ra_media.h"

/* A video the render cache holds for some code. */
typedef struct ra_cached_video {
    char hash[RA_SHA256_HEX];       /* the video's SHA-256 */
    char job_id[MM_JOB_ID_LEN + 1]; /* the job that rendered it */
} ra_cached_video;

/*
 * Looks up `code` as `job` would render it (its style and quality).
 * Returns 1 and fills *hit when the video was rendered before and is
 * still in the media folder, else 0.
 */
int ra_cache_find_render(const ra_config *cfg, mm_store *st, apr_pool_t *pool,
                         const mm_job *job, const char *code,
                         ra_cached_video *hit);

/* Records that `job` rendered `code` into the video `video_hash`. */
void ra_cache_remember_render(mm_store *st, apr_pool_t *pool,
                              const mm_job *job, const char *code,
                              const char *video_hash);

/*
 * Records done job `job` as the answer to its prompt, if its code was
 * generated from that prompt (not the user's, not an auto-fix).
 */
void ra_cache_remember_prompt(mm_store *st, apr_pool_t *pool,
                              const mm_job *job);

#endif /* RA_CACHE_H */
