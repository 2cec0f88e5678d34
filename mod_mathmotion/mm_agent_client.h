/*
 * mm_agent_client: the module's side of the render agent's control
 * socket (MathMotionAgentSocket, a Unix stream socket).
 *
 * One short exchange per connection: the module writes one line, the
 * agent answers one line, and the module closes.
 *   "wake\n"        a job was queued; claim it now rather than at the
 *                   next poll of the store
 *   "cancel <id>\n" the job was failed by a timeout check; kill its
 *                   render if the agent still runs it
 *   "status\n"      the agent answers one JSON line {agent, workers,
 *                   busy}; the health check asks it
 * Every exchange is best effort within a fixed budget (about 200 ms):
 * the agent also polls the store every second, so a missed message only
 * costs latency. Failures are logged, never reported to the client.
 */
#ifndef MM_AGENT_CLIENT_H
#define MM_AGENT_CLIENT_H

#include "httpd.h"

#include "mod_mathmotion.h"

/* Tells the agent that job `job_id` was queued. */
void mm_agent_wake(request_rec *r, const mm_server_conf *conf,
                   const char *job_id);

/* Tells the agent to stop working on job `job_id`. */
void mm_agent_cancel(request_rec *r, const mm_server_conf *conf,
                     const char *job_id);

/*
 * Sends `command` (one line, without its newline) and reads the agent's
 * one-line answer into *reply (in r->pool, without the newline; "" if the
 * agent closed without answering). Returns APR_SUCCESS, or the failing
 * step's status: ENOENT or ECONNREFUSED when no agent listens, APR_TIMEUP
 * when it did not answer within the budget. Logs nothing.
 */
apr_status_t mm_agent_query(request_rec *r, const mm_server_conf *conf,
                            const char *command, const char **reply);

#endif /* MM_AGENT_CLIENT_H */
