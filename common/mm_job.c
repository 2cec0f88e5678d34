/*
 * mm_job: the job model and its public JSON form. See mm_job.h.
 */
#include "mm_job.h"

#include <apr_general.h>
#include <apr_strings.h>
#include <string.h>

static const char *const mm_status_names[] = {"queued", "generating_code",
                                              "rendering", "done", "failed"};

#define MM_STATUS_COUNT                                                       \
    ((int)(sizeof(mm_status_names) / sizeof(mm_status_names[0])))

const char *mm_job_status_name(mm_job_status s)
{
    if ((int)s < 0 || (int)s >= MM_STATUS_COUNT)
        return "failed";
    return mm_status_names[s];
}

int mm_job_status_parse(const char *name, mm_job_status *out)
{
    int i;

    for (i = 0; name && i < MM_STATUS_COUNT; i++) {
        if (strcmp(mm_status_names[i], name) == 0) {
            *out = (mm_job_status)i;
            return 0;
        }
    }
    return -1;
}

int mm_job_status_is_final(mm_job_status s)
{
    return s == MM_JOB_DONE || s == MM_JOB_FAILED;
}

int mm_quality_valid(const char *q)
{
    return q && (strcmp(q, "low") == 0 || strcmp(q, "medium") == 0 ||
                 strcmp(q, "high") == 0);
}

apr_status_t mm_job_new_id(char out[MM_JOB_ID_LEN + 1])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[MM_JOB_ID_LEN / 2];
    apr_status_t rv;
    size_t i;

    rv = apr_generate_random_bytes(raw, sizeof(raw));
    if (rv != APR_SUCCESS)
        return rv;
    for (i = 0; i < sizeof(raw); i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 0xf];
    }
    out[MM_JOB_ID_LEN] = '\0';
    return APR_SUCCESS;
}

/* 1 if `s` is exactly `len` lowercase hex digits. */
static int mm_job_is_hex(const char *s, size_t len)
{
    size_t i;

    if (!s)
        return 0;
    for (i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return 0;
    }
    return s[len] == '\0';
}

int mm_job_id_valid(const char *id)
{
    return mm_job_is_hex(id, MM_JOB_ID_LEN);
}

int mm_job_hash_valid(const char *hash)
{
    return mm_job_is_hex(hash, MM_VIDEO_HASH_LEN);
}

apr_int64_t mm_now_ms(void)
{
    return (apr_int64_t)(apr_time_now() / 1000);
}

mm_job *mm_job_create(apr_pool_t *pool, apr_int64_t now)
{
    char id[MM_JOB_ID_LEN + 1];
    mm_job *job;

    if (mm_job_new_id(id) != APR_SUCCESS)
        return NULL;
    job = apr_pcalloc(pool, sizeof(*job));
    job->id = apr_pstrdup(pool, id);
    job->status = MM_JOB_QUEUED;
    job->prompt = "";
    job->quality = MM_QUALITY_DEFAULT;
    job->created_at = job->updated_at = job->queued_at = now;
    job->attempt_number = 1;
    job->max_attempts = MM_JOB_MAX_ATTEMPTS;
    job->chain_id = job->id;
    job->code_source = "generated";
    job->progress_message = "Waiting in the queue";
    return job;
}

/* Sets key to an ISO 8601 UTC time with milliseconds, or null for 0. */
static void mm_json_set_time(json_t *obj, const char *key, apr_int64_t ms)
{
    apr_time_exp_t t;
    char buf[32];

    if (ms <= 0 || apr_time_exp_gmt(&t, (apr_time_t)ms * 1000) != 0) {
        json_object_set_new(obj, key, json_null());
        return;
    }
    apr_snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                 t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour,
                 t.tm_min, t.tm_sec, (int)(ms % 1000));
    json_object_set_new(obj, key, json_string(buf));
}

/* Sets key to a string, or to null when s is NULL. */
static void mm_json_set_str(json_t *obj, const char *key, const char *s)
{
    json_object_set_new(obj, key, s ? json_string(s) : json_null());
}

static json_t *mm_job_output_json(const mm_job *job, const char *api_prefix)
{
    json_t *out;
    char url[256];

    if (!job->code && !job->explanation && !job->video_hash)
        return json_null();
    out = json_object();
    mm_json_set_str(out, "code", job->code);
    mm_json_set_str(out, "explanation", job->explanation);
    if (job->video_hash) {
        apr_snprintf(url, sizeof(url), "%s/jobs/%s/video", api_prefix,
                     job->id);
        json_object_set_new(out, "videoUrl", json_string(url));
    } else {
        json_object_set_new(out, "videoUrl", json_null());
    }
    return out;
}

static json_t *mm_job_error_json(const mm_job *job)
{
    json_t *err;

    if (!job->error_type)
        return json_null();
    err = json_object();
    mm_json_set_str(err, "message", job->error_message);
    mm_json_set_str(err, "logs", job->error_logs);
    mm_json_set_str(err, "stage", job->error_stage);
    mm_json_set_str(err, "type", job->error_type);
    mm_json_set_time(err, "timestamp", job->error_at);
    return err;
}

json_t *mm_job_to_json(const mm_job *job, const char *api_prefix)
{
    json_t *o = json_object();

    json_object_set_new(o, "id", json_string(job->id));
    json_object_set_new(o, "status",
                        json_string(mm_job_status_name(job->status)));
    json_object_set_new(o, "prompt", json_string(job->prompt));
    json_object_set_new(o, "stylePreset", json_string(job->style_preset));
    json_object_set_new(o, "quality", json_string(job->quality));
    mm_json_set_time(o, "createdAt", job->created_at);
    mm_json_set_time(o, "updatedAt", job->updated_at);
    mm_json_set_time(o, "queuedAt", job->queued_at);
    mm_json_set_time(o, "codeGenerationStartedAt", job->code_started_at);
    mm_json_set_time(o, "renderingStartedAt", job->render_started_at);
    mm_json_set_time(o, "finishedAt", job->finished_at);
    json_object_set_new(o, "attemptNumber", json_integer(job->attempt_number));
    mm_json_set_str(o, "parentJobId", job->parent_job_id);
    json_object_set_new(o, "maxAttempts", json_integer(job->max_attempts));
    json_object_set_new(o, "autoFixAttemptCount",
                        json_integer(job->auto_fix_count));
    json_object_set_new(o, "isAutoFixJob", json_boolean(job->is_auto_fix));
    mm_json_set_str(o, "originalFailedJobId", job->original_failed_job_id);
    json_object_set_new(o, "codeSource", json_string(job->code_source));
    mm_json_set_str(o, "galleryId", job->gallery_id);
    json_object_set_new(o, "output", mm_job_output_json(job, api_prefix));
    json_object_set_new(o, "error", mm_job_error_json(job));
    json_object_set_new(o, "isCacheHit", json_boolean(job->is_cache_hit));
    mm_json_set_str(o, "cachedFromJobId", job->cached_from_job_id);
    json_object_set_new(o, "progress", json_integer(job->progress));
    mm_json_set_str(o, "progressMessage", job->progress_message);
    return o;
}

const char *mm_job_bound_logs(apr_pool_t *pool, const char *logs)
{
    size_t len;
    const char *start;

    if (!logs)
        return NULL;
    len = strlen(logs);
    if (len <= MM_JOB_LOGS_MAX)
        return apr_pstrdup(pool, logs);
    start = logs + len - MM_JOB_LOGS_MAX;
    /* Skip UTF-8 continuation bytes so the excerpt stays valid text. */
    while (((unsigned char)*start & 0xc0) == 0x80)
        start++;
    return apr_pstrcat(pool, "[... earlier output cut ...]\n", start, NULL);
}
