/*
 * mm_status: the server-status section. See mm_status.h.
 */
#include "mm_status.h"

#include "http_protocol.h"
#include "mod_status.h"

#include "mm_ratelimit.h"
#include "mm_request_store.h"

/* The ?auto key of each job status, in mm_job_status order. */
static const char *const mm_status_keys[MM_STATS_STATUSES] = {
    "Queued", "GeneratingCode", "Rendering", "Done", "Failed"};

/* The "?auto" form: one "Key: value" line each. */
static void mm_status_short(request_rec *r, const mm_store_stats *s, int up)
{
    int i;

    ap_rprintf(r, "MathMotionStoreUp: %d\n", up);
    if (up) {
        for (i = 0; i < MM_STATS_STATUSES; i++)
            ap_rprintf(r, "MathMotionJobs%s: %" APR_INT64_T_FMT "\n",
                       mm_status_keys[i], s->jobs[i]);
        ap_rprintf(r, "MathMotionQueueDepth: %" APR_INT64_T_FMT "\n",
                   s->jobs[MM_JOB_QUEUED]);
        ap_rprintf(r, "MathMotionAgentsAlive: %d\n", s->agents_alive);
    }
    ap_rprintf(r, "MathMotionRateLimited: %u\n", mm_ratelimit_refused());
}

/* The HTML form: a heading and a definition list. */
static void mm_status_html(request_rec *r, const mm_store_stats *s, int up)
{
    int i;

    ap_rputs("<hr />\n<h2>MathMotion</h2>\n<dl>\n", r);
    if (up) {
        ap_rputs("<dt>Jobs:", r);
        for (i = 0; i < MM_STATS_STATUSES; i++)
            ap_rprintf(r, "%s %" APR_INT64_T_FMT " %s", i ? "," : "",
                       s->jobs[i], mm_job_status_name((mm_job_status)i));
        ap_rprintf(r,
                   "</dt>\n<dt>Queue depth: %" APR_INT64_T_FMT "</dt>\n"
                   "<dt>Render agents alive: %d</dt>\n",
                   s->jobs[MM_JOB_QUEUED], s->agents_alive);
    } else {
        ap_rputs("<dt>The job store does not answer.</dt>\n", r);
    }
    ap_rprintf(r,
               "<dt>Submissions refused by the rate limit: %u</dt>\n"
               "</dl>\n",
               mm_ratelimit_refused());
}

int mm_status_hook(request_rec *r, int flags)
{
    mm_store_stats s;
    int up = mm_request_read_stats(r, &s);

    if (flags & AP_STATUS_SHORT)
        mm_status_short(r, &s, up);
    else
        mm_status_html(r, &s, up);
    return OK;
}
