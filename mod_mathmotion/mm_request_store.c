/*
 * mm_request_store: the job store on the request's mod_dbd connection.
 * See mm_request_store.h for why statements are prepared lazily.
 *
 * Log numbers MM00140-MM00159.
 */
#include "mm_request_store.h"

#include "http_log.h"
#include "http_protocol.h"
#include "mod_dbd.h"

#include "mm_http.h"
#include "mm_routes.h"
#include "mod_mathmotion.h"

APLOG_USE_MODULE(mathmotion);

/* A label the store prepares; its presence means "all are prepared". */
#define MM_READY_LABEL "mm_job_get"

static APR_OPTIONAL_FN_TYPE(ap_dbd_acquire) * mm_dbd_acquire;

int mm_request_store_init(server_rec *s)
{
    mm_dbd_acquire = APR_RETRIEVE_OPTIONAL_FN(ap_dbd_acquire);
    if (!mm_dbd_acquire) {
        ap_log_error(
            APLOG_MARK, APLOG_CRIT, 0, s,
            MMLOGNO(
                00140) "mod_dbd is not loaded; the job store needs it "
                       "(LoadModule dbd_module, then DBDriver and DBDParams)");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return OK;
}

/*
 * Creates the schema if needed. A connection opened before another
 * process created the tables has a stale schema cache: SQLite fails the
 * first statement with "schema has changed" and reloads it, so one retry
 * is part of the normal path.
 */
static const char *mm_request_store_schema(request_rec *r, ap_dbd_t *dbd)
{
    const char *err = NULL;

    if (mm_store_ensure_schema(r->pool, dbd->driver, dbd->handle, &err) ==
        MM_STORE_OK)
        return NULL;
    if (mm_store_ensure_schema(r->pool, dbd->driver, dbd->handle, &err) ==
        MM_STORE_OK)
        return NULL;
    return err;
}

/*
 * Makes sure `dbd` has the schema and the store's statements. Returns
 * NULL, or the error (in r->pool or dbd->pool).
 */
static const char *mm_request_store_prepare(request_rec *r, ap_dbd_t *dbd)
{
    apr_hash_index_t *hi;
    apr_hash_t *stmts;
    const char *err;

    if (apr_hash_get(dbd->prepared, MM_READY_LABEL, APR_HASH_KEY_STRING))
        return NULL;
    if ((err = mm_request_store_schema(r, dbd)))
        return err;
    /* The statements live as long as the connection: its pool. */
    stmts =
        mm_store_dbd_prepare_all(dbd->pool, dbd->driver, dbd->handle, &err);
    if (!stmts)
        return err;
    for (hi = apr_hash_first(r->pool, stmts); hi; hi = apr_hash_next(hi)) {
        const void *label;
        apr_ssize_t len;
        void *stmt;

        apr_hash_this(hi, &label, &len, &stmt);
        apr_hash_set(dbd->prepared, label, len, stmt);
    }
    ap_log_rerror(
        APLOG_MARK, APLOG_DEBUG, 0, r,
        MMLOGNO(00141) "prepared the job store on a new database connection");
    return NULL;
}

mm_store *mm_request_store(request_rec *r)
{
    ap_dbd_t *dbd = mm_dbd_acquire(r);
    const char *err;

    if (!dbd) {
        ap_log_rerror(
            APLOG_MARK, APLOG_ERR, 0, r,
            MMLOGNO(
                00142) "no database connection from mod_dbd; check DBDriver "
                       "and DBDParams, and that the httpd user owns the "
                       "database file and its directory");
        return NULL;
    }
    if ((err = mm_request_store_prepare(r, dbd))) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      MMLOGNO(00143) "cannot prepare the job store: %s", err);
        return NULL;
    }
    return mm_store_dbd_wrap(r->pool, dbd->driver, dbd->handle, dbd->prepared);
}

/* 1 if the jobs table answers a plain (unprepared) query. */
static int mm_request_store_probe(request_rec *r, ap_dbd_t *dbd)
{
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;

    if (apr_dbd_select(dbd->driver, r->pool, dbd->handle, &res,
                       "SELECT id FROM jobs WHERE 1 = 0", 0) != 0)
        return 0;
    while (apr_dbd_get_row(dbd->driver, r->pool, res, &row, -1) == 0)
        ;
    return 1;
}

/*
 * After a failed store call: SQLite expires a connection's prepared
 * statements for good when another process changes the schema (they
 * fail with "database schema has changed", then "not an error"). If the
 * database itself still answers, forget the statements so that the next
 * request on this connection prepares them again. A database that does
 * not answer keeps them, so a lasting outage cannot pile up statements.
 */
static void mm_request_store_recheck(request_rec *r)
{
    ap_dbd_t *dbd = mm_dbd_acquire(r); /* the request's own connection */
    const mm_store_stmt *s;

    if (!dbd || !mm_request_store_probe(r, dbd))
        return;
    for (s = mm_store_statements; s->label; s++)
        apr_hash_set(dbd->prepared, s->label, APR_HASH_KEY_STRING, NULL);
    ap_log_rerror(
        APLOG_MARK, APLOG_INFO, 0, r,
        MMLOGNO(00145) "the database answers but a prepared statement failed; "
                       "preparing them again on this connection's next use");
}

void mm_request_store_failed(request_rec *r, mm_store *st, const char *job_id)
{
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                  MMLOGNO(00144) "job=%s job store error: %s",
                  job_id ? job_id : "-", mm_store_error(st));
    mm_request_store_recheck(r);
}

int mm_request_store_unavailable(request_rec *r, mm_store *st,
                                 const char *job_id)
{
    if (st)
        mm_request_store_failed(r, st, job_id);
    apr_table_setn(r->headers_out, "Retry-After", "5");
    return mm_http_error(r, HTTP_SERVICE_UNAVAILABLE, "store_unavailable",
                         "The job store is not available right now. Please "
                         "try again in a few seconds.");
}

int mm_request_load_job(request_rec *r, const char *job_id, mm_store **st,
                        mm_job **job, int *answer)
{
    int rc;

    *st = mm_request_store(r);
    if (!*st) {
        *answer = mm_request_store_unavailable(r, NULL, job_id);
        return 0;
    }
    rc = mm_store_get(*st, r->pool, job_id, job);
    if (rc == MM_STORE_OK)
        return 1;
    *answer = rc == MM_STORE_NOTFOUND
                  ? mm_route_job_not_found(r)
                  : mm_request_store_unavailable(r, *st, job_id);
    return 0;
}

int mm_request_read_stats(request_rec *r, mm_store_stats *out)
{
    mm_store *st = mm_request_store(r);
    apr_int64_t since =
        mm_timeout_agent_since(&mm_conf(r)->timeouts, mm_now_ms());

    if (!st)
        return 0;
    if (mm_store_read_stats(st, since, out) != MM_STORE_OK) {
        mm_request_store_failed(r, st, NULL);
        return 0;
    }
    return 1;
}
