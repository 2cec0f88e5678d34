/*
 * mm_attempts: retries, edits and auto-fixes. See mm_attempts.h.
 *
 * Log numbers MM00300-MM00319.
 */
#include "mm_attempts.h"

#include "http_log.h"
#include "http_protocol.h"
#include "apr_strings.h"

#include "mm_chain.h"
#include "mm_http.h"
#include "mm_request_store.h"

APLOG_USE_MODULE(mathmotion);

/* Racing requests for one chain slot: how often to take the next one. */
#define MM_ATTEMPTS_TRIES 4

static void mm_attempts_limits(const mm_server_conf *conf, mm_chain_limits *l)
{
    l->max_attempts = conf->max_attempts;
    l->max_auto_fixes = conf->max_auto_fixes;
}

/* Reads what the chain of `job` has used into *u. */
static int mm_attempts_usage(mm_store *st, const mm_job *job,
                             mm_chain_usage *u)
{
    int rc = mm_store_chain_usage(st, mm_chain_of(job), job->attempt_number,
                                  &u->attempts, &u->auto_fixes);

    mm_chain_usage_include(u, job);
    return rc;
}

/*
 * Sets *list to the jobs of the chain of `job`, in order, each as {id,
 * attemptNumber, autoFixAttemptCount, status}: the result page's links
 * between attempts, whichever browser made them.
 */
static int mm_attempts_chain_json(apr_pool_t *pool, mm_store *st,
                                  const mm_job *job, json_t **list)
{
    apr_array_header_t *entries;
    int i;

    *list = json_array();
    if (mm_store_chain_list(st, pool, mm_chain_of(job), &entries) !=
        MM_STORE_OK)
        return MM_STORE_ERROR;
    for (i = 0; i < entries->nelts; i++) {
        const mm_chain_entry *e = &APR_ARRAY_IDX(entries, i, mm_chain_entry);
        json_array_append_new(
            *list, json_pack("{s:s, s:i, s:i, s:s}", "id", e->id,
                             "attemptNumber", e->attempt_number,
                             "autoFixAttemptCount", e->auto_fix_count,
                             "status", mm_job_status_name(e->status)));
    }
    return MM_STORE_OK;
}

int mm_attempts_document(apr_pool_t *pool, const mm_server_conf *conf,
                         mm_store *st, const mm_job *job, json_t **doc)
{
    mm_chain_limits l;
    mm_chain_usage u;
    json_t *chain;
    int rc;

    *doc = mm_job_to_json(job, conf->api_prefix);
    if (mm_attempts_usage(st, job, &u) != MM_STORE_OK)
        return MM_STORE_ERROR;
    mm_attempts_limits(conf, &l);
    json_object_set_new(*doc, "actions", mm_chain_actions(job, &u, &l));
    rc = mm_attempts_chain_json(pool, st, job, &chain);
    json_object_set_new(*doc, "chain", chain);
    return rc;
}

/* The 409 of a refused retry (auto_fix 0) or auto-fix (auto_fix 1). */
static const mm_api_error *
mm_attempts_refusal(apr_pool_t *pool, mm_chain_verdict v, const mm_job *job,
                    const mm_chain_usage *u, const mm_chain_limits *l,
                    int auto_fix)
{
    const char *status = mm_job_status_name(job->status);

    if (v == MM_CHAIN_NOT_FINAL)
        return mm_api_error_make(pool, HTTP_CONFLICT, "job_not_final",
                                 "This job is still %s. Wait until it is "
                                 "done or failed, then try again.",
                                 status);
    if (v == MM_CHAIN_NOT_FAILED)
        return mm_api_error_make(pool, HTTP_CONFLICT, "job_not_failed",
                                 "Only a failed job can be auto-fixed; this "
                                 "one is %s.",
                                 status);
    if (v == MM_CHAIN_NOT_FIXABLE)
        return mm_api_error_make(
            pool, HTTP_CONFLICT, "auto_fix_not_applicable",
            "Auto-fix repairs code that the safety check refused "
            "(validation) or that failed while rendering (runtime_error); "
            "this job failed with \"%s\", which changed code cannot fix. "
            "Retry it instead.",
            job->error_type ? job->error_type : "no error type");
    if (!auto_fix)
        return mm_api_error_make(
            pool, HTTP_CONFLICT, "retry_limit_reached",
            "This prompt was already tried %d time%s (the limit is %d "
            "attempts). Change the prompt and submit it as a new request.",
            u->attempts, u->attempts == 1 ? "" : "s", l->max_attempts);
    if (l->max_auto_fixes == 0)
        return mm_api_error_make(pool, HTTP_CONFLICT, "auto_fix_limit_reached",
                                 "Auto-fix is turned off on this server. "
                                 "Retry the prompt or edit the code.");
    return mm_api_error_make(
        pool, HTTP_CONFLICT, "auto_fix_limit_reached",
        "This attempt was already auto-fixed %d time%s (the limit is %d "
        "auto-fixes per attempt). Retry the prompt, or edit the code and "
        "submit it.",
        u->auto_fixes, u->auto_fixes == 1 ? "" : "s", l->max_auto_fixes);
}

/*
 * Reads the job that field `field` of the request names into *job.
 * Returns 1, or answers (404, 503) into *answer and returns 0.
 */
static int mm_attempts_load(request_rec *r, mm_store *st, const char *field,
                            const char *id, mm_job **job, int *answer)
{
    int rc = mm_job_id_valid(id) ? mm_store_get(st, r->pool, id, job)
                                 : MM_STORE_NOTFOUND;

    if (rc == MM_STORE_OK)
        return 1;
    if (rc == MM_STORE_NOTFOUND)
        *answer = mm_http_error(
            r, HTTP_NOT_FOUND, "job_not_found",
            apr_pstrcat(r->pool, "\"", field,
                        "\" names no job. Check the id, or submit the "
                        "prompt as a new request.",
                        NULL));
    else
        *answer = mm_request_store_unavailable(r, st, id);
    return 0;
}

/* What a retry or edit of `base` renders: request first, then `base`. */
static void mm_attempts_fill_retry(const mm_submit_req *req,
                                   const mm_job *base, mm_job *job)
{
    job->prompt = req->prompt ? req->prompt : base->prompt;
    job->style_preset =
        req->style_preset ? req->style_preset : base->style_preset;
    job->quality = req->quality ? req->quality : base->quality;
    if (req->code) {
        job->code_source = "user";
        job->code = req->code;
    } else if (!req->prompt && base->code &&
               strcmp(base->code_source, "generated") != 0) {
        /* A retry of the user's own code or of a gallery example renders
         * that code again. */
        job->code_source = base->code_source;
        job->code = base->code;
        job->explanation = base->explanation;
        job->gallery_id = base->gallery_id;
    }
    if (job->code)
        job->progress_message = "Waiting in the queue (your code)";
}

/* What an auto-fix of `failed` repairs: its prompt, style, quality. */
static void mm_attempts_fill_auto_fix(const mm_submit_req *req,
                                      const mm_job *failed, mm_job *job)
{
    job->prompt = req->prompt ? req->prompt : failed->prompt;
    job->style_preset =
        req->style_preset ? req->style_preset : failed->style_preset;
    job->quality = req->quality ? req->quality : failed->quality;
    job->progress_message = "Waiting in the queue (auto-fix)";
}

/*
 * Numbers `job` within the chain of `base` and inserts it. Two requests
 * racing for one slot: the store's unique index lets one in, and the
 * other reads the chain again and takes the next slot, or is refused
 * once the chain is used up. Returns 1 when inserted; otherwise answers
 * (409, 503) into *answer and returns 0.
 */
static int mm_attempts_insert(request_rec *r, const mm_server_conf *conf,
                              mm_store *st, const mm_job *base, int auto_fix,
                              mm_job *job, int *answer)
{
    mm_chain_usage u, last = {-1, -1};
    mm_chain_verdict v;
    mm_chain_limits l;
    int tries;

    mm_attempts_limits(conf, &l);
    for (tries = 0; tries < MM_ATTEMPTS_TRIES; tries++) {
        if (mm_attempts_usage(st, base, &u) != MM_STORE_OK ||
            (u.attempts == last.attempts && u.auto_fixes == last.auto_fixes))
            break; /* a store error, not a rival's insert */
        v = auto_fix ? mm_chain_may_auto_fix(base, &u, &l)
                     : mm_chain_may_retry(base, &u, &l);
        if (v != MM_CHAIN_ALLOWED) {
            *answer = mm_http_send_error(
                r, mm_attempts_refusal(r->pool, v, base, &u, &l, auto_fix));
            return 0;
        }
        if (auto_fix)
            mm_chain_make_auto_fix(job, base, &u, &l);
        else
            mm_chain_make_retry(job, base, &u, &l);
        if (mm_store_insert(st, job) == MM_STORE_OK)
            return 1;
        last = u;
    }
    *answer = mm_request_store_unavailable(r, st, job->id);
    return 0;
}

int mm_attempts_submit(request_rec *r, const mm_server_conf *conf,
                       mm_store *st, const mm_submit_req *req)
{
    int auto_fix = req->auto_fix_job != NULL, answer;
    const char *field = auto_fix ? "autoFixJobId" : "parentJobId";
    mm_job *base, *job;

    if (!mm_attempts_load(r, st, field,
                          auto_fix ? req->auto_fix_job : req->parent_job_id,
                          &base, &answer))
        return answer;
    if (!(job = mm_job_create(r->pool, mm_now_ms()))) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      MMLOGNO(00300) "no random bytes for a job id");
        return mm_http_error(r, HTTP_INTERNAL_SERVER_ERROR, "internal",
                             "The server could not create the job. Please "
                             "try again.");
    }
    if (auto_fix)
        mm_attempts_fill_auto_fix(req, base, job);
    else
        mm_attempts_fill_retry(req, base, job);
    if (!mm_attempts_insert(r, conf, st, base, auto_fix, job, &answer))
        return answer;
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r,
                  MMLOGNO(00301) "job=%s queued as %s of job=%s attempt=%d "
                                 "auto_fix=%d source=%s",
                  job->id, auto_fix ? "an auto-fix" : "a new attempt",
                  base->id, job->attempt_number, job->auto_fix_count,
                  job->code_source);
    return mm_submit_answer(r, conf, st, job, HTTP_ACCEPTED);
}
