/*
 * ra_stuck: the agent's stuck-job check ("Stuck detection" in
 * DESIGN.md). The module checks a job's limits when it is polled; this
 * check runs from the agent's maintenance thread over every running job
 * in the store, whoever holds it, so that no job stays running forever
 * when nobody polls it: a worker that hangs while its agent still renews
 * the lease, or an agent elsewhere whose render never ends. (A worker
 * that died stops renewing; lease recovery takes its jobs back first.)
 *
 * The limits are mm_timeout's defaults, with rendering allowed this
 * agent's sandbox wall clock plus the usual grace when that is longer.
 * A job is failed with a compare-and-set on its status, so one that
 * moved on meanwhile is left alone; a job this agent works on also has
 * its sandbox killed.
 */
#ifndef RA_STUCK_H
#define RA_STUCK_H

#include "mm_store.h"
#include "ra_agent.h"

/*
 * Fails the running jobs past their stage's limit at this moment.
 * Returns how many it failed, or -1 when the store could not be read
 * (logged).
 */
int ra_stuck_fail_jobs(ra_agent *ag, mm_store *st, apr_pool_t *pool);

#endif /* RA_STUCK_H */
