/*
 * mm_timeout: the stuck-job policy ("Stuck detection" in DESIGN.md), one
 * pure decision shared by mod_mathmotion (which checks on every poll) and
 * the render agent (which checks its own jobs).
 *
 * A job is stuck when it stayed in one stage longer than that stage's
 * limit: generating_code counts from codeGenerationStartedAt, rendering
 * from renderingStartedAt. A queued job is different: waiting in a
 * healthy queue is normal, so the queued limit applies only while no
 * render agent has sent a heartbeat for agent_stale_ms.
 */
#ifndef MM_TIMEOUT_H
#define MM_TIMEOUT_H

#include <apr_pools.h>

#include "mm_job.h"
#include "mm_store.h"

/*
 * Defaults in ms: the seed's queued and generating limits; rendering is
 * the sandbox's wall-clock limit (the agent's default) plus a grace.
 */
#define MM_TIMEOUT_QUEUED_MS 30000       /* queued with no live agent */
#define MM_TIMEOUT_GENERATING_MS 180000  /* generating_code */
#define MM_SANDBOX_WALL_MS 120000        /* the sandbox kills a render */
#define MM_TIMEOUT_RENDER_GRACE_MS 30000 /* for startup and storing */
#define MM_TIMEOUT_RENDERING_MS                                               \
    (MM_SANDBOX_WALL_MS + MM_TIMEOUT_RENDER_GRACE_MS)
#define MM_AGENT_STALE_MS 15000 /* heartbeat older = agent gone */

typedef struct mm_timeouts {
    apr_int64_t queued_ms;      /* queued, while no agent is alive */
    apr_int64_t generating_ms;  /* generating_code, from code start */
    apr_int64_t rendering_ms;   /* rendering, from render start */
    apr_int64_t agent_stale_ms; /* an older heartbeat is a dead agent */
} mm_timeouts;

/* Fills `t` with the MM_TIMEOUT_* defaults above. */
void mm_timeouts_default(mm_timeouts *t);

/*
 * Returns the time before which an agent heartbeat counts as stale: the
 * `since` argument of mm_store_live_agents() at `now`.
 */
apr_int64_t mm_timeout_agent_since(const mm_timeouts *t, apr_int64_t now);

/*
 * Decides whether `job` is stuck at `now` under `limits`. `agent_alive` is
 * nonzero when at least one agent heartbeat is fresh (it only matters for
 * queued jobs). Returns 1 and fills *failure (type MM_ERR_TIMEOUT, the
 * stage, and a message for a person allocated in `pool`; logs NULL), or
 * returns 0 and leaves *failure alone. Done and failed jobs are never
 * stuck.
 */
int mm_timeout_check(const mm_job *job, const mm_timeouts *limits,
                     apr_int64_t now, int agent_alive, apr_pool_t *pool,
                     mm_job_failure *failure);

#endif /* MM_TIMEOUT_H */
