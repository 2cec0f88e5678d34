/*
 * mm_status: MathMotion's section of mod_status's server-status page,
 * through mod_status's optional status_hook: jobs by status, queue
 * depth, live render agents and rate-limit refusals, as HTML or, for
 * "?auto", as "Key: value" lines:
 *
 *   MathMotionStoreUp: 1
 *   MathMotionJobsQueued: 2
 *   MathMotionJobsGeneratingCode: 0
 *   MathMotionJobsRendering: 1
 *   MathMotionJobsDone: 40
 *   MathMotionJobsFailed: 3
 *   MathMotionQueueDepth: 2
 *   MathMotionAgentsAlive: 1
 *   MathMotionRateLimited: 5
 *
 * When the store does not answer, only MathMotionStoreUp: 0 and
 * MathMotionRateLimited are printed.
 */
#ifndef MM_STATUS_H
#define MM_STATUS_H

#include "httpd.h"

/* The status hook: prints the section for `r`. Returns OK. */
int mm_status_hook(request_rec *r, int flags);

#endif /* MM_STATUS_H */
