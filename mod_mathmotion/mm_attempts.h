/*
 * mm_attempts: retries, edits of earlier results and auto-fixes, on the
 * module's side ("Attempt Tracking" in the seed; the rules themselves are
 * common/mm_chain.c).
 *
 *   parentJobId   a new attempt after a done or failed job: its prompt
 *                 (or the request's), style and quality unless the
 *                 request gives them; with `code`, the user's edit of that
 *                 result. At most MathMotionMaxAttempts per chain.
 *   autoFixJobId  a repair of a job that failed validation or at run
 *                 time: the agent hands the failed code and its logs to
 *                 the code provider. At most MathMotionMaxAutoFixes per
 *                 attempt.
 *
 * Going past a limit, or asking for something the job does not allow,
 * answers 409 with a message that says which limit and how much of it
 * was used. Every job document also carries "actions", what the UI may
 * still offer for it.
 */
#ifndef MM_ATTEMPTS_H
#define MM_ATTEMPTS_H

#include "httpd.h"

#include <jansson.h>

#include "mm_store.h"
#include "mm_submit.h"

/*
 * Makes the retry, edit or auto-fix `req` asks for (req->parent_job_id or
 * req->auto_fix_job is set) and answers it: 202 with the queued job, 404
 * job_not_found for an unknown job, 409 when the rules refuse, 503 when
 * the store fails. Returns the handler's return value.
 */
int mm_attempts_submit(request_rec *r, const mm_server_conf *conf,
                       mm_store *st, const mm_submit_req *req);

/*
 * Sets *doc to the public document of `job` (a new reference the caller
 * owns, also on failure) with its "actions" member: {canRetry,
 * retriesLeft, canAutoFix, autoFixesLeft}, and its "chain" member: every
 * attempt and auto-fix of its prompt, in order, as {id, attemptNumber,
 * autoFixAttemptCount, status}. Returns MM_STORE_OK, or MM_STORE_ERROR
 * when the chain could not be read (then without those members, or with
 * fewer entries). Scratch allocations go to `pool`.
 */
int mm_attempts_document(apr_pool_t *pool, const mm_server_conf *conf,
                         mm_store *st, const mm_job *job, json_t **doc);

#endif /* MM_ATTEMPTS_H */
