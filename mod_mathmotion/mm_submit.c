/*
 * mm_submit: POST {prefix}/jobs/submit. Validates the request, queues a
 * new job in the store, wakes the render agent, and answers 202 with the
 * job and its Location.
 *
 * Body: {prompt, stylePreset?, quality?, parentJobId?, autoFixJobId?,
 * code?}. Unknown members are ignored; a null member counts as absent.
 * Retries, auto-fixes and edited code are type-checked but not
 * implemented yet (501).
 *
 * Log numbers MM00060-MM00079.
 */
#include "mm_routes.h"

#include "http_log.h"
#include "http_protocol.h"
#include "apr_lib.h"
#include "apr_strings.h"

#include "mm_agent_client.h"
#include "mm_http.h"
#include "mm_job.h"
#include "mm_request_store.h"
#include "mm_style.h"

APLOG_USE_MODULE(mathmotion);

/* A submit request after validation. */
typedef struct mm_submit_req {
    const char *prompt;        /* trimmed, non-empty, within the limit */
    const char *style_preset;  /* a known preset's name */
    const char *quality;       /* "low", "medium" or "high" */
    const char *parent_job_id; /* retry of this job, or NULL */
    const char *auto_fix_job;  /* auto-fix of this job, or NULL */
    const char *code;          /* edited code to render, or NULL */
} mm_submit_req;

/*
 * Reads member `name` of `obj` into *out: the string, or NULL when the
 * member is absent or null. Returns NULL, or a 400 naming the member.
 */
static const mm_api_error *mm_submit_string(apr_pool_t *pool, json_t *obj,
                                            const char *name, const char **out)
{
    json_t *v = json_object_get(obj, name);

    *out = NULL;
    if (!v || json_is_null(v))
        return NULL;
    if (!json_is_string(v))
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_field",
                                 "The field \"%s\" must be a string.", name);
    *out = apr_pstrmemdup(pool, json_string_value(v), json_string_length(v));
    return NULL;
}

/* Returns `s` without leading and trailing whitespace, in `pool`. */
static const char *mm_submit_trim(apr_pool_t *pool, const char *s)
{
    const char *end = s + strlen(s);

    while (apr_isspace(*s))
        s++;
    while (end > s && apr_isspace(end[-1]))
        end--;
    return apr_pstrmemdup(pool, s, (apr_size_t)(end - s));
}

/* Counts the characters (code points) of valid UTF-8 text. */
static apr_size_t mm_submit_chars(const char *s)
{
    apr_size_t n = 0;

    for (; *s; s++)
        n += ((unsigned char)*s & 0xc0) != 0x80;
    return n;
}

/* Trims and checks the prompt in place. */
static const mm_api_error *mm_submit_check_prompt(apr_pool_t *pool,
                                                  const mm_server_conf *conf,
                                                  mm_submit_req *req)
{
    apr_size_t chars;

    req->prompt = req->prompt ? mm_submit_trim(pool, req->prompt) : "";
    if (!*req->prompt)
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "missing_prompt",
                                 "Describe the animation you want in "
                                 "\"prompt\", for example \"Draw a circle "
                                 "and turn it into a square\".");
    chars = mm_submit_chars(req->prompt);
    if (chars > (apr_size_t)conf->max_prompt)
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "prompt_too_long",
                                 "The prompt is %" APR_SIZE_T_FMT
                                 " characters long; the limit is %d. "
                                 "Shorten it.",
                                 chars, conf->max_prompt);
    return NULL;
}

/* Applies the defaults and checks stylePreset and quality. */
static const mm_api_error *mm_submit_check_options(apr_pool_t *pool,
                                                   mm_submit_req *req)
{
    const mm_style *style;

    if (!req->style_preset)
        req->style_preset = MM_STYLE_DEFAULT;
    if (!(style = mm_style_find(req->style_preset)))
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_style",
                                 "Unknown stylePreset. Use one of: %s.",
                                 mm_style_names());
    req->style_preset = style->name;
    if (!req->quality)
        req->quality = MM_QUALITY_DEFAULT;
    if (!mm_quality_valid(req->quality))
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_quality",
                                 "Unknown quality. Use one of: low, medium, "
                                 "high.");
    return NULL;
}

/* Validates the whole body into *req. Returns NULL or the error. */
static const mm_api_error *mm_submit_parse(apr_pool_t *pool,
                                           const mm_server_conf *conf,
                                           json_t *body, mm_submit_req *req)
{
    const mm_api_error *err;

    if (!json_is_object(body))
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_body",
                                 "The request body must be a JSON object, "
                                 "such as {\"prompt\": \"Draw a circle\"}.");
    if ((err = mm_submit_string(pool, body, "prompt", &req->prompt)) ||
        (err = mm_submit_string(pool, body, "stylePreset",
                                &req->style_preset)) ||
        (err = mm_submit_string(pool, body, "quality", &req->quality)) ||
        (err = mm_submit_string(pool, body, "parentJobId",
                                &req->parent_job_id)) ||
        (err = mm_submit_string(pool, body, "autoFixJobId",
                                &req->auto_fix_job)) ||
        (err = mm_submit_string(pool, body, "code", &req->code)) ||
        (err = mm_submit_check_prompt(pool, conf, req)) ||
        (err = mm_submit_check_options(pool, req)))
        return err;
    if (req->parent_job_id || req->auto_fix_job || req->code)
        return mm_api_error_make(pool, HTTP_NOT_IMPLEMENTED, "not_implemented",
                                 "Retries (parentJobId), auto-fixes "
                                 "(autoFixJobId) and edited code (code) are "
                                 "not supported by this server yet. Submit "
                                 "the prompt alone.");
    return NULL;
}

/* Reads and validates the request body into *req. */
static const mm_api_error *
mm_submit_read(request_rec *r, const mm_server_conf *conf, mm_submit_req *req)
{
    const mm_api_error *err;
    json_t *body;

    if ((err = mm_http_read_json(r, conf->max_body, &body)))
        return err;
    err = mm_submit_parse(r->pool, conf, body, req);
    json_decref(body);
    return err;
}

/* Queues a job for `req`; answers 202, or the store's 503. */
static int mm_submit_queue(request_rec *r, const mm_server_conf *conf,
                           const mm_submit_req *req)
{
    mm_store *st = mm_request_store(r);
    mm_job *job;

    if (!st)
        return mm_request_store_unavailable(r, NULL, NULL);
    if (!(job = mm_job_create(r->pool, mm_now_ms()))) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      MMLOGNO(00060) "no random bytes for a job id");
        return mm_http_error(r, HTTP_INTERNAL_SERVER_ERROR, "internal",
                             "The server could not create the job. Please "
                             "try again.");
    }
    job->prompt = req->prompt;
    job->style_preset = req->style_preset;
    job->quality = req->quality;
    if (mm_store_insert(st, job) != MM_STORE_OK)
        return mm_request_store_unavailable(r, st, job->id);
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r,
                  MMLOGNO(00061) "job=%s queued style=%s quality=%s", job->id,
                  job->style_preset, job->quality);
    mm_agent_wake(r, conf, job->id);
    apr_table_setn(
        r->headers_out, "Location",
        apr_pstrcat(r->pool, conf->api_prefix, "/jobs/", job->id, NULL));
    return mm_http_send_json(
        r, HTTP_ACCEPTED,
        json_pack("{s:o}", "job", mm_job_to_json(job, conf->api_prefix)));
}

int mm_submit_handle(request_rec *r, const mm_server_conf *conf,
                     const char *job_id)
{
    const mm_api_error *err;
    mm_submit_req req;

    (void)job_id;
    memset(&req, 0, sizeof(req));
    if ((err = mm_submit_read(r, conf, &req)))
        return mm_http_send_error(r, err);
    return mm_submit_queue(r, conf, &req);
}
