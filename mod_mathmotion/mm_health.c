/*
 * mm_health: GET {prefix}/health. Runs one query on the job store and
 * asks the render agent for its "status" line, then answers
 *
 *   200 {"status":"ok","store":{"ok":true},
 *        "agent":{"ok":true,"workers":n,"busy":k}}
 *
 * or 503 with the same document, in which the part that failed has
 * "ok":false and an "error" sentence, and "status" is "degraded" when only
 * the agent is down (jobs are accepted and wait in the queue) or "down"
 * when the store is (nothing works). A monitor reads one shape either
 * way, so this 503 carries the health document rather than the API's
 * {"error":...} body.
 *
 * Log numbers MM00220-MM00239.
 */
#include "mm_routes.h"

#include "http_log.h"
#include "http_protocol.h"

#include "mm_agent_client.h"
#include "mm_http.h"
#include "mm_request_store.h"

APLOG_USE_MODULE(mathmotion);

/* Returns {"ok":false,"error":message} (a new reference). */
static json_t *mm_health_failed(const char *message)
{
    return json_pack("{s:b,s:s}", "ok", 0, "error", message);
}

/* The store's part of the health document (a new reference). */
static json_t *mm_health_store(request_rec *r)
{
    mm_store *st = mm_request_store(r); /* logs why it failed */

    if (!st)
        return mm_health_failed("The job store cannot be opened.");
    if (mm_store_ping(st) != MM_STORE_OK) {
        mm_request_store_failed(r, st, NULL);
        return mm_health_failed("The job store does not answer queries.");
    }
    return json_pack("{s:b}", "ok", 1);
}

/* Why the agent could not be asked, for a person. */
static const char *mm_health_agent_error(request_rec *r,
                                         const mm_server_conf *conf,
                                         apr_status_t rv)
{
    if (APR_STATUS_IS_ENOENT(rv) || APR_STATUS_IS_ECONNREFUSED(rv))
        return "No render agent is listening on its socket.";
    if (APR_STATUS_IS_TIMEUP(rv) || APR_STATUS_IS_EAGAIN(rv))
        return "The render agent did not answer in time.";
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, r,
                  MMLOGNO(00220) "asking the render agent at %s for its "
                                 "status failed",
                  conf->agent_socket);
    return "The render agent cannot be reached.";
}

/* The agent's part of the health document (a new reference). */
static json_t *mm_health_agent(request_rec *r, const mm_server_conf *conf)
{
    const char *reply;
    apr_status_t rv = mm_agent_query(r, conf, "status", &reply);
    json_t *status, *workers, *busy, *part;

    if (rv != APR_SUCCESS)
        return mm_health_failed(mm_health_agent_error(r, conf, rv));
    status = json_loads(reply, 0, NULL);
    workers = json_object_get(status, "workers");
    busy = json_object_get(status, "busy");
    if (!json_is_integer(workers) || !json_is_integer(busy)) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r,
                      MMLOGNO(00221) "the render agent's status answer is "
                                     "not {workers, busy}");
        json_decref(status);
        return mm_health_failed("The render agent answered something this "
                                "server does not understand.");
    }
    part =
        json_pack("{s:b,s:O,s:O}", "ok", 1, "workers", workers, "busy", busy);
    json_decref(status);
    return part;
}

int mm_health_handle(request_rec *r, const mm_server_conf *conf,
                     const char *job_id)
{
    json_t *store = mm_health_store(r);
    json_t *agent = mm_health_agent(r, conf);
    int store_ok = json_is_true(json_object_get(store, "ok"));
    int agent_ok = json_is_true(json_object_get(agent, "ok"));
    const char *status = !store_ok ? "down" : agent_ok ? "ok" : "degraded";

    (void)job_id;
    return mm_http_send_json(
        r, store_ok && agent_ok ? HTTP_OK : HTTP_SERVICE_UNAVAILABLE,
        json_pack("{s:s,s:o,s:o}", "status", status, "store", store, "agent",
                  agent));
}
