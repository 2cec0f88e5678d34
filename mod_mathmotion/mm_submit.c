/*
 * mm_submit: POST {prefix}/jobs/submit. Validates the request and makes
 * one new job of it:
 *   - a prompt alone: answered at once (200, status done) from the prompt
 *     cache when the same prompt was rendered before, else queued (202);
 *   - `code` without parentJobId (edit and re-render): queued for
 *     validation and rendering like generated code (202);
 *   - galleryId: the example's code, prompt and explanation, answered at
 *     once (200, done) when the render cache has it in that style and
 *     quality, else queued (202);
 *   - parentJobId (retry, or edit of an earlier result with `code`) or
 *     autoFixJobId: made by mm_attempts.c (202).
 * Every queued job wakes the render agent.
 *
 * Body: {prompt, stylePreset?, quality?, parentJobId?, autoFixJobId?,
 * code?, galleryId?}. Unknown members are ignored; a null member counts as
 * absent. The prompt may be left out when code, parentJobId or autoFixJobId
 * say what to render. Submitted code is hostile input: it is bounded
 * (MathMotionMaxCodeSize), UTF-8 without NUL (the body parser refuses
 * anything else), never logged, and only ever run after validation in
 * the agent's sandbox.
 *
 * Log numbers MM00060-MM00079.
 */
#include "mm_routes.h"

#include "http_log.h"
#include "http_protocol.h"
#include "apr_lib.h"
#include "apr_strings.h"

#include "mm_agent_client.h"
#include "mm_attempts.h"
#include "mm_gallery_routes.h"
#include "mm_http.h"
#include "mm_job.h"
#include "mm_prompt_cache.h"
#include "mm_ratelimit.h"
#include "mm_request_store.h"
#include "mm_style.h"
#include "mm_submit.h"

APLOG_USE_MODULE(mathmotion);

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

/*
 * Trims and checks the prompt in place. A blank prompt is absent (NULL),
 * which only a request naming code or an earlier job may be.
 */
static const mm_api_error *mm_submit_check_prompt(apr_pool_t *pool,
                                                  const mm_server_conf *conf,
                                                  mm_submit_req *req)
{
    apr_size_t chars;

    req->prompt = req->prompt ? mm_submit_trim(pool, req->prompt) : "";
    if (!*req->prompt) {
        req->prompt = NULL;
        if (req->code || req->parent_job_id || req->auto_fix_job ||
            req->gallery_id)
            return NULL;
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "missing_prompt",
                                 "Describe the animation you want in "
                                 "\"prompt\", for example \"Draw a circle "
                                 "and turn it into a square\", or send your "
                                 "own Manim scene in \"code\".");
    }
    chars = mm_submit_chars(req->prompt);
    if (chars > (apr_size_t)conf->max_prompt)
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "prompt_too_long",
                                 "The prompt is %" APR_SIZE_T_FMT
                                 " characters long; the limit is %d. "
                                 "Shorten it.",
                                 chars, conf->max_prompt);
    return NULL;
}

/*
 * Checks stylePreset and quality when given. Absent ones stay NULL: a
 * retry or auto-fix takes them from its job, a first attempt from the
 * defaults (mm_submit_defaults).
 */
static const mm_api_error *mm_submit_check_options(apr_pool_t *pool,
                                                   mm_submit_req *req)
{
    const mm_style *style;

    if (req->style_preset) {
        if (!(style = mm_style_find(req->style_preset)))
            return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_style",
                                     "Unknown stylePreset. Use one of: %s.",
                                     mm_style_names());
        req->style_preset = style->name;
    }
    if (req->quality && !mm_quality_valid(req->quality))
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_quality",
                                 "Unknown quality. Use one of: low, medium, "
                                 "high.");
    return NULL;
}

/* Checks the size of submitted code; blank code is an error. */
static const mm_api_error *mm_submit_check_code(apr_pool_t *pool,
                                                const mm_server_conf *conf,
                                                const mm_submit_req *req)
{
    apr_size_t len;
    const char *s;

    if (!req->code)
        return NULL;
    len = strlen(req->code);
    if ((apr_off_t)len > conf->max_code)
        return mm_api_error_make(pool, HTTP_REQUEST_ENTITY_TOO_LARGE,
                                 "code_too_large",
                                 "The code is %" APR_SIZE_T_FMT
                                 " bytes long; the limit is %" APR_OFF_T_FMT
                                 " bytes. Shorten the scene.",
                                 len, conf->max_code);
    for (s = req->code; apr_isspace(*s); s++)
        ;
    if (!*s)
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "missing_code",
                                 "The field \"code\" is empty. Send a Manim "
                                 "scene, or leave \"code\" out to have one "
                                 "written from the prompt.");
    return NULL;
}

/* Refuses combinations that ask for two different things. */
static const mm_api_error *mm_submit_check_sources(apr_pool_t *pool,
                                                   const mm_submit_req *req)
{
    if (req->parent_job_id && req->auto_fix_job)
        return mm_api_error_make(
            pool, HTTP_BAD_REQUEST, "conflicting_fields",
            "Send either \"parentJobId\" (a new attempt) or "
            "\"autoFixJobId\" (a repair of a failed job), not both.");
    if (req->gallery_id &&
        (req->code || req->parent_job_id || req->auto_fix_job))
        return mm_api_error_make(
            pool, HTTP_BAD_REQUEST, "conflicting_fields",
            "\"galleryId\" renders a gallery example as it is; send it "
            "with stylePreset and quality only.");
    if (req->auto_fix_job && req->code)
        return mm_api_error_make(
            pool, HTTP_BAD_REQUEST, "conflicting_fields",
            "\"autoFixJobId\" asks the server to repair the failed job's "
            "code. To render code of your own, send \"code\" with "
            "\"parentJobId\" instead.");
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
        (err = mm_submit_string(pool, body, "galleryId", &req->gallery_id)) ||
        (err = mm_submit_check_code(pool, conf, req)) ||
        (err = mm_submit_check_prompt(pool, conf, req)) ||
        (err = mm_submit_check_options(pool, req)))
        return err;
    return mm_submit_check_sources(pool, req);
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

int mm_submit_answer(request_rec *r, const mm_server_conf *conf, mm_store *st,
                     const mm_job *job, int status)
{
    json_t *doc;

    /* The job is stored: answer it even if its actions cannot be read,
     * so that the client does not submit it twice. */
    if (mm_attempts_document(r->pool, conf, st, job, &doc) != MM_STORE_OK)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r,
                      MMLOGNO(00062) "job=%s answered without its actions: %s",
                      job->id, mm_store_error(st));
    if (job->status == MM_JOB_QUEUED)
        mm_agent_wake(r, conf, job->id);
    apr_table_setn(
        r->headers_out, "Location",
        apr_pstrcat(r->pool, conf->api_prefix, "/jobs/", job->id, NULL));
    return mm_http_send_json(r, status,
                             json_pack("{s:o,s:o*}", "job", doc, "rateLimit",
                                       mm_ratelimit_json(r)));
}

/* A first attempt: the prompt, or the user's code, with the defaults. */
static void mm_submit_first_attempt(const mm_submit_req *req, mm_job *job)
{
    job->prompt = req->prompt ? req->prompt : "";
    job->style_preset =
        req->style_preset ? req->style_preset : MM_STYLE_DEFAULT;
    job->quality = req->quality ? req->quality : MM_QUALITY_DEFAULT;
    if (req->code) {
        job->code_source = "user";
        job->code = req->code;
        job->progress_message = "Waiting in the queue (your code)";
    }
}

/*
 * Makes `job` the gallery example `ex`; done at once (*hit) when the
 * render cache has it in the job's style and quality.
 */
static void mm_submit_gallery(request_rec *r, const mm_server_conf *conf,
                              mm_store *st, const mm_gallery_example *ex,
                              mm_job *job, int *hit)
{
    const char *hash, *source;

    job->prompt = ex->prompt;
    job->code = ex->code;
    job->code_source = "gallery";
    job->gallery_id = ex->id;
    job->explanation = ex->explanation;
    job->progress_message = "Waiting in the queue (gallery example)";
    *hit = mm_gallery_cached(r, conf, st, ex, job->style_preset, job->quality,
                             &hash, &source);
    if (!*hit)
        return;
    job->status = MM_JOB_DONE;
    job->video_hash = hash;
    job->is_cache_hit = 1;
    job->cached_from_job_id = source;
    job->progress = 100;
    job->progress_message = "Done (this example was rendered before)";
    job->finished_at = job->updated_at;
}

/*
 * Makes a first attempt of `req`: from the prompt or render cache (200)
 * or queued (202). Answers the store's 503 when it fails.
 */
static int mm_submit_new(request_rec *r, const mm_server_conf *conf,
                         mm_store *st, const mm_submit_req *req)
{
    mm_job *job;
    int hit = 0;

    if (!(job = mm_job_create(r->pool, mm_now_ms()))) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      MMLOGNO(00060) "no random bytes for a job id");
        return mm_http_error(r, HTTP_INTERNAL_SERVER_ERROR, "internal",
                             "The server could not create the job. Please "
                             "try again.");
    }
    mm_submit_first_attempt(req, job);
    if (req->gallery_id) {
        const mm_gallery_example *ex =
            mm_gallery_find(conf->gallery, req->gallery_id);

        if (!ex)
            return mm_http_error(r, HTTP_NOT_FOUND,
                                 "gallery_example_not_found",
                                 "There is no gallery example with this "
                                 "galleryId. GET the gallery for the list.");
        mm_submit_gallery(r, conf, st, ex, job, &hit);
        if (hit && mm_store_insert(st, job) != MM_STORE_OK)
            return mm_request_store_unavailable(r, st, job->id);
    } else if (!job->code &&
               mm_prompt_cache_answer(r, conf, st, job, &hit) != MM_STORE_OK)
        return mm_request_store_unavailable(r, st, NULL);
    if (hit)
        return mm_submit_answer(r, conf, st, job, HTTP_OK);
    if (mm_store_insert(st, job) != MM_STORE_OK)
        return mm_request_store_unavailable(r, st, job->id);
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r,
                  MMLOGNO(00061) "job=%s queued style=%s quality=%s source=%s",
                  job->id, job->style_preset, job->quality, job->code_source);
    return mm_submit_answer(r, conf, st, job, HTTP_ACCEPTED);
}

int mm_submit_handle(request_rec *r, const mm_server_conf *conf,
                     const char *job_id)
{
    const mm_api_error *err;
    mm_submit_req req;
    mm_store *st;
    int answer;

    (void)job_id;
    if (!mm_ratelimit_admit(r, conf, &answer))
        return answer;
    memset(&req, 0, sizeof(req));
    if ((err = mm_submit_read(r, conf, &req)))
        return mm_http_send_error(r, err);
    if (!(st = mm_request_store(r)))
        return mm_request_store_unavailable(r, NULL, NULL);
    if (req.parent_job_id || req.auto_fix_job)
        return mm_attempts_submit(r, conf, st, &req);
    return mm_submit_new(r, conf, st, &req);
}
