/*
 * mm_routes: dispatch of the `mathmotion` handler. See mm_routes.h.
 *
 * Log numbers MM00020-MM00039.
 */
#include "mm_routes.h"

#include "http_log.h"
#include "http_protocol.h"
#include "apr_strings.h"

#include "mm_gallery_routes.h"
#include "mm_http.h"
#include "mm_job.h"

APLOG_USE_MODULE(mathmotion);

typedef struct mm_route {
    const char *suffix; /* what follows /jobs/{id}, or the whole path */
    int method;         /* M_GET (which includes HEAD) or M_POST */
    const char *allow;  /* the Allow header of a 405 */
    mm_route_fn *handle;
} mm_route;

#define MM_JOBS "/jobs/"

/* The routes at fixed paths. */
static const mm_route mm_fixed_routes[] = {
    {"/jobs/submit", M_POST, "POST", mm_submit_handle},
    {"/health", M_GET, "GET, HEAD", mm_health_handle},
    {"/metrics", M_GET, "GET, HEAD", mm_metrics_handle},
    {"/gallery", M_GET, "GET, HEAD", mm_gallery_handle},
    {"/styles", M_GET, "GET, HEAD", mm_styles_handle},
};

#define MM_FIXED_ROUTE_COUNT                                                  \
    (sizeof(mm_fixed_routes) / sizeof(mm_fixed_routes[0]))

/* The routes under /jobs/{id}. */
static const mm_route mm_job_routes[] = {
    {"", M_GET, "GET, HEAD", mm_poll_handle},
    {"/video", M_GET, "GET, HEAD", mm_video_handle},
};

#define MM_JOB_ROUTE_COUNT (sizeof(mm_job_routes) / sizeof(mm_job_routes[0]))

/*
 * Returns the part of `uri` after `prefix` ("/jobs/..."), or NULL when the
 * URI is not under the prefix.
 */
static const char *mm_route_path(const char *uri, const char *prefix)
{
    apr_size_t len = strlen(prefix);

    if (strncmp(uri, prefix, len) != 0)
        return NULL;
    if (uri[len] != '/' && uri[len] != '\0')
        return NULL;
    return uri + len;
}

static int mm_route_not_found(request_rec *r, const mm_server_conf *conf)
{
    const char *p = conf->api_prefix;

    return mm_http_error(
        r, HTTP_NOT_FOUND, "not_found",
        apr_pstrcat(r->pool,
                    "There is no API endpoint at this URL. The job "
                    "API has POST ",
                    p, "/jobs/submit, GET ", p, "/jobs/{id} and GET ", p,
                    "/jobs/{id}/video; GET ", p, "/gallery, ", p,
                    "/gallery/{id}/poster and ", p,
                    "/styles serve the UI; GET ", p, "/health and GET ", p,
                    "/metrics report on the service.", NULL));
}

int mm_route_job_not_found(request_rec *r)
{
    return mm_http_error(r, HTTP_NOT_FOUND, "job_not_found",
                         "There is no job with this id. Check the link, or "
                         "submit the prompt again.");
}

/* Checks the method and the job id, then runs the route. */
static int mm_route_run(request_rec *r, const mm_server_conf *conf,
                        const mm_route *route, const char *job_id)
{
    if (r->method_number != route->method)
        return mm_http_method_not_allowed(r, route->allow);
    /* Never let anything but a well-formed id reach the store or disk. */
    if (job_id && !mm_job_id_valid(job_id))
        return mm_route_job_not_found(r);
    return route->handle(r, conf, job_id);
}

/* Dispatches "/jobs/{id}" and "/jobs/{id}/...". */
static int mm_route_job(request_rec *r, const mm_server_conf *conf,
                        const char *path)
{
    const char *id_start = path + strlen(MM_JOBS);
    const char *id_end = strchr(id_start, '/');
    const char *rest = id_end ? id_end : "";
    const char *id = id_end ? apr_pstrmemdup(r->pool, id_start,
                                             (apr_size_t)(id_end - id_start))
                            : id_start;
    apr_size_t i;

    for (i = 0; i < MM_JOB_ROUTE_COUNT; i++)
        if (strcmp(rest, mm_job_routes[i].suffix) == 0)
            return mm_route_run(r, conf, &mm_job_routes[i], id);
    return mm_route_not_found(r, conf);
}

int mm_routes_handler(request_rec *r)
{
    const mm_server_conf *conf;
    const char *path;
    apr_size_t i;
    int rc;

    if (!r->handler || strcmp(r->handler, MM_HANDLER) != 0)
        return DECLINED;
    conf = mm_conf(r);
    path = mm_route_path(r->uri, conf->api_prefix);
    if (!path) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                      MMLOGNO(00020) "URI is outside MathMotionApiPrefix %s",
                      conf->api_prefix);
        return mm_route_not_found(r, conf);
    }
    for (i = 0; i < MM_FIXED_ROUTE_COUNT; i++)
        if (strcmp(path, mm_fixed_routes[i].suffix) == 0)
            return mm_route_run(r, conf, &mm_fixed_routes[i], NULL);
    if (strncmp(path, MM_JOBS, strlen(MM_JOBS)) == 0 &&
        path[strlen(MM_JOBS)] != '\0')
        return mm_route_job(r, conf, path);
    if (strncmp(path, "/gallery/", 9) == 0 &&
        (rc = mm_gallery_route(r, conf, path)) != DECLINED)
        return rc;
    return mm_route_not_found(r, conf);
}
