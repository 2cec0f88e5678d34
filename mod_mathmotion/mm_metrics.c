/*
 * mm_metrics: GET {prefix}/metrics, the Prometheus text exposition
 * format (version 0.0.4):
 *
 *   mathmotion_jobs{status="..."}     gauge, jobs in the store per status
 *   mathmotion_queue_depth            gauge, jobs waiting for a worker
 *   mathmotion_render_seconds         histogram of done jobs' render time
 *                                     (rendering start to finish)
 *   mathmotion_cache_hits_total       counter, jobs answered from a cache
 *   mathmotion_rate_limited_total     counter, submissions refused with
 *                                     429 since httpd started
 *   mathmotion_agents_alive           gauge, agents with a recent
 *                                     heartbeat
 *
 * Everything but the refusals comes from the store, so every httpd child
 * and every host behind a load balancer reports the same figures for
 * those. When the store does not answer, the answer is the API's 503
 * store_unavailable, which a scraper records as a failed scrape.
 */
#include "mm_routes.h"

#include "http_protocol.h"

#include "mm_http.h"
#include "mm_ratelimit.h"
#include "mm_request_store.h"

#define MM_METRICS_TYPE "text/plain; version=0.0.4; charset=utf-8"

/* Writes a metric's HELP and TYPE lines. */
static void mm_metrics_head(request_rec *r, const char *name, const char *type,
                            const char *help)
{
    ap_rprintf(r, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* Writes one sample without labels. */
static void mm_metrics_value(request_rec *r, const char *name,
                             apr_int64_t value)
{
    ap_rprintf(r, "%s %" APR_INT64_T_FMT "\n", name, value);
}

static void mm_metrics_jobs(request_rec *r, const mm_store_stats *s)
{
    int i;

    mm_metrics_head(r, "mathmotion_jobs", "gauge",
                    "Jobs in the store by status.");
    for (i = 0; i < MM_STATS_STATUSES; i++)
        ap_rprintf(r, "mathmotion_jobs{status=\"%s\"} %" APR_INT64_T_FMT "\n",
                   mm_job_status_name((mm_job_status)i), s->jobs[i]);
    mm_metrics_head(r, "mathmotion_queue_depth", "gauge",
                    "Jobs waiting in the queue for a render worker.");
    mm_metrics_value(r, "mathmotion_queue_depth", s->jobs[MM_JOB_QUEUED]);
}

static void mm_metrics_render(request_rec *r, const mm_store_stats *s)
{
    int i;

    mm_metrics_head(r, "mathmotion_render_seconds", "histogram",
                    "Render time of done jobs, from the start of rendering "
                    "to the stored video.");
    for (i = 0; i < MM_STATS_RENDER_BUCKETS; i++)
        ap_rprintf(r,
                   "mathmotion_render_seconds_bucket{le=\"%d\"} "
                   "%" APR_INT64_T_FMT "\n",
                   mm_store_render_bounds[i], s->render_le[i]);
    ap_rprintf(r,
               "mathmotion_render_seconds_bucket{le=\"+Inf\"} "
               "%" APR_INT64_T_FMT "\n",
               s->renders);
    ap_rprintf(r, "mathmotion_render_seconds_sum %" APR_INT64_T_FMT ".%03d\n",
               s->render_ms / 1000, (int)(s->render_ms % 1000));
    mm_metrics_value(r, "mathmotion_render_seconds_count", s->renders);
}

int mm_metrics_handle(request_rec *r, const mm_server_conf *conf,
                      const char *job_id)
{
    mm_store_stats s;

    (void)conf;
    (void)job_id;
    if (!mm_request_read_stats(r, &s))
        return mm_request_store_unavailable(r, NULL, NULL);
    ap_set_content_type(r, MM_METRICS_TYPE);
    apr_table_setn(r->headers_out, "Cache-Control", "no-store");
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    mm_metrics_jobs(r, &s);
    mm_metrics_render(r, &s);
    mm_metrics_head(r, "mathmotion_cache_hits_total", "counter",
                    "Jobs answered from the prompt or render cache.");
    mm_metrics_value(r, "mathmotion_cache_hits_total", s.cache_hits);
    mm_metrics_head(r, "mathmotion_rate_limited_total", "counter",
                    "Submissions refused by the rate limit since httpd "
                    "started.");
    mm_metrics_value(r, "mathmotion_rate_limited_total",
                     mm_ratelimit_refused());
    mm_metrics_head(r, "mathmotion_agents_alive", "gauge",
                    "Render agents whose heartbeat in the store is recent.");
    mm_metrics_value(r, "mathmotion_agents_alive", s.agents_alive);
    return OK;
}
