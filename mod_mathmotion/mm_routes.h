/*
 * mm_routes: the `mathmotion` handler and the job API's routes, one
 * function per route (each in its own file):
 *
 *   POST {prefix}/jobs/submit        mm_submit_handle   (mm_submit.c)
 *   GET  {prefix}/jobs/{id}          mm_poll_handle     (mm_poll.c)
 *   GET  {prefix}/jobs/{id}/video    mm_video_handle    (mm_video.c)
 *   GET  {prefix}/health             mm_health_handle   (mm_health.c)
 *   GET  {prefix}/metrics            mm_metrics_handle  (mm_metrics.c)
 *
 * The router checks the method (405 with Allow) and the shape of the job
 * id (404, before any route touches the store or the filesystem).
 */
#ifndef MM_ROUTES_H
#define MM_ROUTES_H

#include "httpd.h"

#include "mod_mathmotion.h"

/*
 * A route: answers `r` and returns the handler's return value. `job_id`
 * is a valid job id for the routes under /jobs/{id}, NULL otherwise.
 */
typedef int mm_route_fn(request_rec *r, const mm_server_conf *conf,
                        const char *job_id);

/* The httpd handler hook: DECLINED unless r->handler is "mathmotion". */
int mm_routes_handler(request_rec *r);

/* Answers 404 job_not_found. Returns the handler's return value. */
int mm_route_job_not_found(request_rec *r);

mm_route_fn mm_submit_handle;
mm_route_fn mm_poll_handle;
mm_route_fn mm_video_handle;
mm_route_fn mm_health_handle;
mm_route_fn mm_metrics_handle;

#endif /* MM_ROUTES_H */
