/*
 * ra_worker: the worker threads (claim a job, run its pipeline, wait for
 * a wake-up) and the maintenance thread (heartbeat, lease renewal of the
 * running jobs, recovery of jobs whose worker died).
 */
#ifndef RA_WORKER_H
#define RA_WORKER_H

#include "ra_agent.h"

/* Starts every worker and the maintenance thread. Returns 0 or -1. */
int ra_workers_start(ra_agent *ag);

/*
 * Stops claiming, kills the running sandboxes, puts their jobs back in
 * the queue, and joins all threads.
 */
void ra_workers_stop(ra_agent *ag);

#endif /* RA_WORKER_H */
