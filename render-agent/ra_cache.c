/*
 * ra_cache: render and prompt cache, agent side. See ra_cache.h.
 */
#include "ra_cache.h"

#include "mm_cache_key.h"
#include "ra_log.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

/* 1 if media_dir/<hash>.mp4 is a regular file. */
static int ra_cache_video_exists(const ra_config *cfg, const char *hash)
{
    char path[4096];
    struct stat sb;

    snprintf(path, sizeof(path), "%s/%s.mp4", cfg->media_dir, hash);
    return stat(path, &sb) == 0 && S_ISREG(sb.st_mode);
}

int ra_cache_find_render(const ra_config *cfg, mm_store *st, apr_pool_t *pool,
                         const mm_job *job, const char *code,
                         ra_cached_video *hit)
{
    const char *key, *hash, *from;
    int rc;

    key = mm_cache_render_key(pool, code, job->style_preset, job->quality);
    if (!key)
        return 0;
    rc = mm_store_render_cache_get(st, pool, key, &hash, &from);
    if (rc == MM_STORE_ERROR)
        ra_log(RA_LOG_WARN, job->id, "render cache: %s", mm_store_error(st));
    if (rc != MM_STORE_OK || !mm_job_hash_valid(hash) ||
        !mm_job_id_valid(from))
        return 0;
    if (!ra_cache_video_exists(cfg, hash)) {
        ra_log(RA_LOG_INFO, job->id,
               "render cache: video %s is gone; rendering anew", hash);
        return 0;
    }
    snprintf(hit->hash, sizeof(hit->hash), "%s", hash);
    snprintf(hit->job_id, sizeof(hit->job_id), "%s", from);
    return 1;
}

void ra_cache_remember_render(mm_store *st, apr_pool_t *pool,
                              const mm_job *job, const char *code,
                              const char *video_hash)
{
    const char *key =
        mm_cache_render_key(pool, code, job->style_preset, job->quality);

    if (key && mm_store_render_cache_put(st, key, video_hash, job->id,
                                         mm_now_ms()) != MM_STORE_OK)
        ra_log(RA_LOG_WARN, job->id, "render cache: %s", mm_store_error(st));
}

void ra_cache_remember_prompt(mm_store *st, apr_pool_t *pool,
                              const mm_job *job)
{
    const char *key;

    if (strcmp(job->code_source, "generated") != 0 || job->is_auto_fix ||
        !job->prompt || !*job->prompt)
        return;
    key = mm_cache_prompt_key(pool, job->prompt, job->style_preset,
                              job->quality);
    if (key && mm_store_prompt_cache_put(st, key, job->id, mm_now_ms()) !=
                   MM_STORE_OK)
        ra_log(RA_LOG_WARN, job->id, "prompt cache: %s", mm_store_error(st));
}
