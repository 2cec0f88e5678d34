/*
 * mm_poll: GET {prefix}/jobs/{id}. Answers the job's public document,
 * after the stuck-job check of mm_timeout: a job past its stage's limit
 * is failed here (compare-and-set on its status, so a job the agent moved
 * on meanwhile is left alone) and the agent is told to stop it. A queued
 * job also carries its place in the queue, and every job the retry and
 * auto-fix actions it allows (mm_attempts). Answers carry an ETag, so the
 * browser's 3-second polling mostly gets 304s.
 *
 * Log numbers MM00080-MM00099.
 */
#include "mm_routes.h"

#include "http_log.h"
#include "http_protocol.h"

#include "mm_agent_client.h"
#include "mm_attempts.h"
#include "mm_http.h"
#include "mm_job.h"
#include "mm_request_store.h"
#include "mm_timeout.h"

APLOG_USE_MODULE(mathmotion);

/*
 * Sets *stuck when `job` is past its stage's limit, filling *failure.
 * Returns MM_STORE_OK or MM_STORE_ERROR (counting live agents failed).
 */
static int mm_poll_is_stuck(request_rec *r, const mm_server_conf *conf,
                            mm_store *st, const mm_job *job, apr_int64_t now,
                            int *stuck, mm_job_failure *failure)
{
    int alive = 0;

    *stuck = 0;
    if (mm_job_status_is_final(job->status))
        return MM_STORE_OK;
    /* Only a queued job's fate depends on whether an agent is alive. */
    if (job->status == MM_JOB_QUEUED &&
        mm_store_live_agents(st, mm_timeout_agent_since(&conf->timeouts, now),
                             &alive) != MM_STORE_OK)
        return MM_STORE_ERROR;
    *stuck = mm_timeout_check(job, &conf->timeouts, now, alive > 0, r->pool,
                              failure);
    return MM_STORE_OK;
}

/*
 * Runs the timeout check on *job; when it fails the job, re-reads it into
 * *job. Returns MM_STORE_OK or MM_STORE_ERROR.
 */
static int mm_poll_check_timeout(request_rec *r, const mm_server_conf *conf,
                                 mm_store *st, mm_job **job)
{
    apr_int64_t now = mm_now_ms();
    mm_job_status seen = (*job)->status;
    mm_job_failure failure;
    int stuck, rc;

    if (mm_poll_is_stuck(r, conf, st, *job, now, &stuck, &failure) !=
        MM_STORE_OK)
        return MM_STORE_ERROR;
    if (!stuck)
        return MM_STORE_OK;
    rc = mm_store_fail(st, (*job)->id, NULL, seen, &failure, now);
    if (rc == MM_STORE_ERROR)
        return rc;
    if (rc == MM_STORE_OK) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r,
                      MMLOGNO(00080) "job=%s timed out while %s", (*job)->id,
                      mm_job_status_name(seen));
        /* A queued job has no render to stop. */
        if (seen != MM_JOB_QUEUED)
            mm_agent_cancel(r, conf, (*job)->id);
    }
    /* MM_STORE_LOST: it moved on meanwhile; either way, read it anew. */
    rc = mm_store_get(st, r->pool, (*job)->id, job);
    return rc == MM_STORE_NOTFOUND ? MM_STORE_ERROR : rc;
}

/*
 * The job document with its actions and chain, and queuePosition for a
 * queued job.
 */
static json_t *mm_poll_document(apr_pool_t *pool, const mm_server_conf *conf,
                                mm_store *st, const mm_job *job, int *rc)
{
    json_t *doc;
    int position;

    *rc = mm_attempts_document(pool, conf, st, job, &doc);
    if (*rc == MM_STORE_OK && job->status == MM_JOB_QUEUED) {
        *rc = mm_store_queue_position(st, job, &position);
        json_object_set_new(doc, "queuePosition", json_integer(position));
    }
    return doc;
}

int mm_poll_handle(request_rec *r, const mm_server_conf *conf,
                   const char *job_id)
{
    mm_store *st;
    mm_job *job;
    json_t *doc;
    int rc;

    if (!mm_request_load_job(r, job_id, &st, &job, &rc))
        return rc;
    if (mm_poll_check_timeout(r, conf, st, &job) != MM_STORE_OK)
        return mm_request_store_unavailable(r, st, job_id);
    doc = mm_poll_document(r->pool, conf, st, job, &rc);
    if (rc != MM_STORE_OK) {
        json_decref(doc);
        return mm_request_store_unavailable(r, st, job_id);
    }
    return mm_http_send_json_revalidated(r, json_pack("{s:o}", "job", doc));
}
