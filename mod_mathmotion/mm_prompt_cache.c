/*
 * mm_prompt_cache: answering a prompt from the prompt cache. See
 * mm_prompt_cache.h.
 *
 * Log numbers MM00320-MM00339.
 */
#include "mm_prompt_cache.h"

#include "http_log.h"
#include "apr_file_info.h"
#include "apr_strings.h"

#include "mm_cache_key.h"

APLOG_USE_MODULE(mathmotion);

/* 1 if `hash` names a video in the media folder, else 0. */
static int mm_prompt_cache_video_exists(request_rec *r,
                                        const mm_server_conf *conf,
                                        const char *hash)
{
    apr_finfo_t fi;
    const char *path;

    if (!mm_job_hash_valid(hash))
        return 0;
    path = apr_pstrcat(r->pool, conf->media_dir, "/", hash, ".mp4", NULL);
    return apr_stat(&fi, path, APR_FINFO_TYPE, r->pool) == APR_SUCCESS &&
           fi.filetype == APR_REG;
}

/*
 * Reads the job entry `key` points at into *source, if it is still a
 * done job with its video. Returns MM_STORE_OK (with *source NULL for a
 * miss) or MM_STORE_ERROR.
 */
static int mm_prompt_cache_source(request_rec *r, const mm_server_conf *conf,
                                  mm_store *st, const char *key,
                                  mm_job **source)
{
    apr_int64_t since = mm_now_ms() - conf->cache_ttl_ms;
    const char *job_id;
    int rc;

    *source = NULL;
    rc = mm_store_prompt_cache_get(st, r->pool, key, since, &job_id);
    if (rc != MM_STORE_OK)
        return rc == MM_STORE_NOTFOUND ? MM_STORE_OK : rc;
    rc = mm_store_get(st, r->pool, job_id, source);
    if (rc == MM_STORE_ERROR)
        return rc;
    if (rc == MM_STORE_OK && (*source)->status == MM_JOB_DONE &&
        mm_prompt_cache_video_exists(r, conf, (*source)->video_hash))
        return MM_STORE_OK;
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r,
                  MMLOGNO(00320) "job=%s dropped from the prompt cache: its "
                                 "job or video is gone",
                  job_id);
    *source = NULL;
    return mm_store_prompt_cache_delete(st, key);
}

/* Makes `job` a done copy of `source`'s result, as of `now`. */
static void mm_prompt_cache_copy(mm_job *job, const mm_job *source,
                                 apr_int64_t now)
{
    job->status = MM_JOB_DONE;
    job->code_source = source->code_source;
    job->code = source->code;
    job->explanation = source->explanation;
    job->animation_count = source->animation_count;
    job->video_hash = source->video_hash;
    job->is_cache_hit = 1;
    job->cached_from_job_id = source->id;
    job->progress = 100;
    job->progress_message = "Done (rendered before for the same prompt)";
    job->finished_at = job->updated_at = now;
}

int mm_prompt_cache_answer(request_rec *r, const mm_server_conf *conf,
                           mm_store *st, mm_job *job, int *hit)
{
    apr_int64_t now = mm_now_ms();
    const char *key;
    mm_job *source;

    *hit = 0;
    if (conf->cache_size == 0)
        return MM_STORE_OK;
    key = mm_cache_prompt_key(r->pool, job->prompt, job->style_preset,
                              job->quality);
    if (!key)
        return MM_STORE_OK; /* no digest: render it, uncached */
    if (mm_store_prompt_cache_prune(st, now - conf->cache_ttl_ms,
                                    conf->cache_size) != MM_STORE_OK ||
        mm_prompt_cache_source(r, conf, st, key, &source) != MM_STORE_OK)
        return MM_STORE_ERROR;
    if (!source)
        return MM_STORE_OK;
    mm_prompt_cache_copy(job, source, now);
    if (mm_store_insert(st, job) != MM_STORE_OK ||
        mm_store_prompt_cache_touch(st, key, now) != MM_STORE_OK)
        return MM_STORE_ERROR;
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r,
                  MMLOGNO(00321) "job=%s answered from the prompt cache "
                                 "(rendered by job=%s)",
                  job->id, source->id);
    *hit = 1;
    return MM_STORE_OK;
}
