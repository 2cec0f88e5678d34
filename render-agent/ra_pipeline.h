/*
 * ra_pipeline: one claimed job from code to video: take the user's code
 * or ask the code provider (to write it from the prompt, or, for an
 * auto-fix job, to repair the failed job's code given its logs),
 * validate, reuse the video of identical code rendered before (render
 * cache) or render in a sandbox, store the MP4, and record every step,
 * every failure and the cache entries of a done job.
 */
#ifndef RA_PIPELINE_H
#define RA_PIPELINE_H

#include "mm_store.h"
#include "ra_agent.h"

/*
 * Works job `job` (claimed by slot->owner) to done or failed. A job taken
 * away meanwhile (slot->lost) is left as its new owner set it. Never
 * fails silently: every error path records a typed failure.
 */
void ra_pipeline_run(ra_agent *ag, ra_slot *slot, mm_store *st,
                     apr_pool_t *pool, const mm_job *job);

#endif /* RA_PIPELINE_H */
