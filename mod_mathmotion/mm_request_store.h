/*
 * mm_request_store: the job store of one request, on a mod_dbd
 * connection.
 *
 * mod_dbd prepares the statements registered with ap_dbd_prepare when it
 * opens a connection, before DBDInitSQL runs and before anyone created
 * our tables, and SQLite cannot prepare a statement on a missing table.
 * So the module registers nothing with mod_dbd: on the first use of a
 * connection it creates the schema and prepares the store's statements
 * into that connection's own `prepared` hash, in the connection's pool.
 * Later requests on the same connection find them there. A connection
 * serves one request at a time, so this needs no lock.
 *
 * SQLite expires prepared statements for good when another process
 * changes the schema; after a failed store call whose database still
 * answers, the connection's statements are prepared again on its next
 * use.
 */
#ifndef MM_REQUEST_STORE_H
#define MM_REQUEST_STORE_H

#include "httpd.h"

#include "mm_store.h"

/*
 * Finds mod_dbd's ap_dbd_acquire (post_config). Returns OK, or logs why
 * and returns HTTP_INTERNAL_SERVER_ERROR when mod_dbd is not loaded.
 */
int mm_request_store_init(server_rec *s);

/*
 * Returns the store for `r`, allocated in r->pool, on the request's
 * mod_dbd connection (never closed by the caller). Returns NULL after
 * logging the cause when no connection or schema is available; the
 * caller then answers with mm_request_store_unavailable().
 */
mm_store *mm_request_store(request_rec *r);

/*
 * After a failed call on `st`: logs its last error for `job_id` (or
 * NULL) at error level and lets the connection prepare its statements
 * anew if they expired. Answers nothing.
 */
void mm_request_store_failed(request_rec *r, mm_store *st, const char *job_id);

/*
 * As mm_request_store_failed (if `st` is not NULL), then answers 503
 * store_unavailable without the detail. Returns the handler's return
 * value.
 */
int mm_request_store_unavailable(request_rec *r, mm_store *st,
                                 const char *job_id);

/*
 * Reads job `job_id` for `r` into *job (in r->pool), with the request's
 * store in *st. Returns 1 when the job was read; otherwise it has already
 * answered (404 job_not_found or 503 store_unavailable), stores the
 * handler's return value in *answer and returns 0.
 */
int mm_request_load_job(request_rec *r, const char *job_id, mm_store **st,
                        mm_job **job, int *answer);

/*
 * Reads the statistics of the whole store for `r` (health, metrics,
 * server-status), counting as alive the agents whose heartbeat is within
 * MathMotionAgentStaleAfter. Returns 1, or 0 after logging the cause.
 */
int mm_request_read_stats(request_rec *r, mm_store_stats *out);

#endif /* MM_REQUEST_STORE_H */
