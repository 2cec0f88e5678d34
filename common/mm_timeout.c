/*
 * mm_timeout: the stuck-job policy. See mm_timeout.h.
 */
#include "mm_timeout.h"

#include <apr_strings.h>

void mm_timeouts_default(mm_timeouts *t)
{
    t->queued_ms = MM_TIMEOUT_QUEUED_MS;
    t->generating_ms = MM_TIMEOUT_GENERATING_MS;
    t->rendering_ms = MM_TIMEOUT_RENDERING_MS;
    t->agent_stale_ms = MM_AGENT_STALE_MS;
}

apr_int64_t mm_timeout_agent_since(const mm_timeouts *t, apr_int64_t now)
{
    return now - t->agent_stale_ms;
}

/* "1 second" or "N seconds" for a limit in ms, rounded up. */
static const char *mm_timeout_seconds(apr_pool_t *pool, apr_int64_t ms)
{
    apr_int64_t s = (ms + 999) / 1000;

    return apr_psprintf(pool, "%" APR_INT64_T_FMT " second%s", s,
                        s == 1 ? "" : "s");
}

/* The first nonzero of the given stage start times (0 if all are 0). */
static apr_int64_t mm_timeout_first_set(apr_int64_t a, apr_int64_t b,
                                        apr_int64_t c)
{
    return a ? a : b ? b : c;
}

static void mm_timeout_fail(mm_job_failure *f, const char *stage,
                            const char *message)
{
    f->type = MM_ERR_TIMEOUT;
    f->stage = stage;
    f->message = message;
    f->logs = NULL;
}

int mm_timeout_check(const mm_job *job, const mm_timeouts *limits,
                     apr_int64_t now, int agent_alive, apr_pool_t *pool,
                     mm_job_failure *failure)
{
    apr_int64_t start;

    switch (job->status) {
    case MM_JOB_QUEUED:
        if (agent_alive || now - job->queued_at <= limits->queued_ms)
            return 0;
        mm_timeout_fail(
            failure, MM_STAGE_CODE,
            apr_pstrcat(pool, "No render worker picked up this job within ",
                        mm_timeout_seconds(pool, limits->queued_ms),
                        ", so it was stopped. The site's render agent "
                        "seems to be down; please try again in a few "
                        "minutes.",
                        NULL));
        return 1;
    case MM_JOB_GENERATING_CODE:
        /* Older rows may lack the stage stamp; fall back to the queue. */
        start = mm_timeout_first_set(job->code_started_at, job->queued_at, 0);
        if (now - start <= limits->generating_ms)
            return 0;
        mm_timeout_fail(
            failure, MM_STAGE_CODE,
            apr_pstrcat(pool, "Writing the animation code took longer than ",
                        mm_timeout_seconds(pool, limits->generating_ms),
                        ", so it was stopped. Try a shorter or simpler "
                        "prompt.",
                        NULL));
        return 1;
    case MM_JOB_RENDERING:
        start = mm_timeout_first_set(job->render_started_at,
                                     job->code_started_at, job->queued_at);
        if (now - start <= limits->rendering_ms)
            return 0;
        mm_timeout_fail(
            failure, MM_STAGE_RENDER,
            apr_pstrcat(pool, "Rendering took longer than ",
                        mm_timeout_seconds(pool, limits->rendering_ms),
                        ", so it was stopped. Try a simpler animation or a "
                        "lower quality.",
                        NULL));
        return 1;
    default:
        return 0;
    }
}
