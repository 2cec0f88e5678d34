/*
 * ra_stuck: failing stuck running jobs. See ra_stuck.h.
 */
#include "ra_stuck.h"

#include "mm_timeout.h"
#include "ra_log.h"

/* The agent's limits: the defaults, rendering at least its wall clock. */
static void ra_stuck_limits(const ra_config *cfg, mm_timeouts *t)
{
    apr_int64_t render =
        cfg->wall_seconds * 1000LL + MM_TIMEOUT_RENDER_GRACE_MS;

    mm_timeouts_default(t);
    if (render > t->rendering_ms)
        t->rendering_ms = render;
}

/* Fails `job` if it is stuck at `now`. Returns 1 if it was failed. */
static int ra_stuck_fail_one(ra_agent *ag, mm_store *st, apr_pool_t *pool,
                             const mm_timeouts *limits, const mm_job *job,
                             apr_int64_t now)
{
    mm_job_failure f;
    int rc;

    /* The agent itself is alive: a queued job is never stuck here. */
    if (!mm_timeout_check(job, limits, now, 1, pool, &f))
        return 0;
    rc = mm_store_fail(st, job->id, NULL, job->status, &f, now);
    if (rc == MM_STORE_ERROR) {
        ra_log(RA_LOG_WARN, job->id, "stuck check: %s", mm_store_error(st));
        return 0;
    }
    if (rc != MM_STORE_OK)
        return 0; /* it moved on meanwhile */
    ra_log(RA_LOG_WARN, job->id, "timed out while %s (held by %s)",
           mm_job_status_name(job->status),
           job->lease_owner ? job->lease_owner : "nobody");
    ra_agent_cancel(ag, job->id); /* kills our sandbox, if it is ours */
    return 1;
}

int ra_stuck_fail_jobs(ra_agent *ag, mm_store *st, apr_pool_t *pool)
{
    apr_array_header_t *jobs;
    apr_int64_t now = mm_now_ms();
    mm_timeouts limits;
    int i, n = 0;

    if (mm_store_list_running(st, pool, &jobs) != MM_STORE_OK) {
        ra_log(RA_LOG_WARN, NULL, "stuck check: %s", mm_store_error(st));
        return -1;
    }
    ra_stuck_limits(&ag->cfg, &limits);
    for (i = 0; i < jobs->nelts; i++)
        n += ra_stuck_fail_one(ag, st, pool, &limits,
                               APR_ARRAY_IDX(jobs, i, mm_job *), now);
    return n;
}
