/*
 * mm_store: the job store, one interface for the module and the agent.
 *
 * The embedded backend keeps jobs in SQL through apr_dbd (SQLite by
 * default, PostgreSQL with the same statements). Inside httpd the handle
 * and its prepared statements come from mod_dbd; in the agent each worker
 * opens its own handle and prepares the same statements. Every state
 * change is a conditional UPDATE, so a worker that lost its job (timed
 * out by a poll, taken back after its lease expired) learns it from the
 * next update instead of overwriting a final state.
 */
#ifndef MM_STORE_H
#define MM_STORE_H

#include <apr_dbd.h>
#include <apr_hash.h>
#include <apr_pools.h>
#include <apr_tables.h>

#include "mm_job.h"

/* Results of store calls. */
#define MM_STORE_OK 0
#define MM_STORE_NOTFOUND 1 /* no such job, or nothing to claim */
#define MM_STORE_LOST 2     /* the row was not in the expected state */
#define MM_STORE_ERROR -1   /* database error; mm_store_error() says */

typedef struct mm_store mm_store;

/* One prepared statement of the store: its mod_dbd label and its SQL. */
typedef struct mm_store_stmt {
    const char *label; /* unique, "mm_" prefixed */
    const char *sql;   /* apr_dbd syntax, %s placeholders */
} mm_store_stmt;

/* The statements the store needs, ending with {NULL, NULL}. */
extern const mm_store_stmt mm_store_statements[];

/*
 * Wraps an open apr_dbd handle whose statements in `prepared` (label ->
 * apr_dbd_prepared_t *) include all of mm_store_statements. Returns a
 * store allocated in `pool`; it borrows the handle and never closes it.
 */
mm_store *mm_store_dbd_wrap(apr_pool_t *pool, const apr_dbd_driver_t *drv,
                            apr_dbd_t *handle, apr_hash_t *prepared);

/*
 * Prepares every statement on `handle` into a new hash in `pool` (the
 * agent's path; mod_dbd does this itself inside httpd). Returns the hash,
 * or NULL with *error set to a message in `pool`.
 */
apr_hash_t *mm_store_dbd_prepare_all(apr_pool_t *pool,
                                     const apr_dbd_driver_t *drv,
                                     apr_dbd_t *handle, const char **error);

/*
 * Creates the tables and indexes if they are missing. Safe to call from
 * several processes at once. Returns MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_ensure_schema(apr_pool_t *pool, const apr_dbd_driver_t *drv,
                           apr_dbd_t *handle, const char **error);

/* The last error of this store, a string in its pool, or "". */
const char *mm_store_error(const mm_store *st);

/* Inserts a new job. Returns MM_STORE_OK or MM_STORE_ERROR. */
int mm_store_insert(mm_store *st, const mm_job *job);

/*
 * Reads job `id` into a new mm_job in `pool` (*out). Returns MM_STORE_OK,
 * MM_STORE_NOTFOUND or MM_STORE_ERROR.
 */
int mm_store_get(mm_store *st, apr_pool_t *pool, const char *id, mm_job **out);

/*
 * Claims the oldest queued job for `owner` with a lease until
 * `lease_expires`, moving it to generating_code. Returns MM_STORE_OK with
 * the claimed job in *out (read in `pool`), MM_STORE_NOTFOUND when the
 * queue is empty, or MM_STORE_ERROR.
 */
int mm_store_claim(mm_store *st, apr_pool_t *pool, const char *owner,
                   apr_int64_t now, apr_int64_t lease_expires, mm_job **out);

/*
 * Records progress and renews the lease of a job `owner` holds; moves it
 * to `status` (generating_code or rendering; entering rendering stamps
 * renderingStartedAt). Returns MM_STORE_OK, MM_STORE_LOST if the job is no
 * longer this owner's running job (the caller must stop working on it),
 * or MM_STORE_ERROR.
 */
int mm_store_progress(mm_store *st, const char *id, const char *owner,
                      mm_job_status status, int progress, const char *message,
                      apr_int64_t now, apr_int64_t lease_expires);

/*
 * Stores the code and explanation of a job `owner` holds. Returns
 * MM_STORE_OK, MM_STORE_LOST or MM_STORE_ERROR.
 */
int mm_store_set_code(mm_store *st, const char *id, const char *owner,
                      const char *code, const char *explanation,
                      int animation_count, apr_int64_t now);

/*
 * Marks a job `owner` holds as done with the stored video's hash.
 * Returns MM_STORE_OK, MM_STORE_LOST or MM_STORE_ERROR.
 */
int mm_store_finish_done(mm_store *st, const char *id, const char *owner,
                         const char *video_hash, apr_int64_t now);

/*
 * Renews the lease of a running job `owner` holds, without other change.
 * Returns MM_STORE_OK, MM_STORE_LOST (the job was failed or taken: stop
 * working on it) or MM_STORE_ERROR.
 */
int mm_store_renew(mm_store *st, const char *id, const char *owner,
                   apr_int64_t lease_expires);

/*
 * Puts a running job `owner` holds back in the queue, as when the agent
 * shuts down mid-job. Returns MM_STORE_OK, MM_STORE_LOST or
 * MM_STORE_ERROR.
 */
int mm_store_release(mm_store *st, const char *id, const char *owner,
                     apr_int64_t now);

/* A failure to record on a job. */
typedef struct mm_job_failure {
    const char *type;    /* MM_ERR_* */
    const char *stage;   /* MM_STAGE_* */
    const char *message; /* for a person */
    const char *logs;    /* bounded by the caller, or NULL */
} mm_job_failure;

/*
 * Marks a running job failed. With `owner` set, only that owner's job is
 * changed; with owner NULL, only a job still in `expected` status is (the
 * timeout check's compare-and-set). Returns MM_STORE_OK, MM_STORE_LOST or
 * MM_STORE_ERROR.
 */
int mm_store_fail(mm_store *st, const char *id, const char *owner,
                  mm_job_status expected, const mm_job_failure *f,
                  apr_int64_t now);

/*
 * Takes back running jobs whose lease expired before `now` (their worker
 * died): requeues those recovered fewer than `max_recoveries` times and
 * fails the rest. Sets *count to the number of jobs handled. Returns
 * MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_recover_expired(mm_store *st, apr_pool_t *pool, apr_int64_t now,
                             int max_recoveries, int *count);

/*
 * Records that agent `agent_id` is alive at `now` with `workers` workers.
 * Returns MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_heartbeat(mm_store *st, const char *agent_id, int workers,
                       apr_int64_t now);

/*
 * Sets *alive to the number of agents whose heartbeat is newer than
 * `since`. Returns MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_live_agents(mm_store *st, apr_int64_t since, int *alive);

/*
 * Sets *position to the number of queued jobs ahead of `job` (0 = next).
 * Returns MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_queue_position(mm_store *st, const mm_job *job, int *position);

/* Retry, auto-fix, code submission and the caches. */

/*
 * How much of a job's chain is used: *attempts is the highest attempt
 * number among the jobs of chain `chain_id`, *auto_fixes the highest
 * auto-fix count among its jobs of attempt `attempt` (0 when there are
 * none). Returns MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_chain_usage(mm_store *st, const char *chain_id, int attempt,
                         int *attempts, int *auto_fixes);

/* One job of a chain, as the result page links to it. */
typedef struct mm_chain_entry {
    const char *id;
    int attempt_number; /* 1.. */
    int auto_fix_count; /* 0 for the attempt itself, 1.. for its fixes */
    mm_job_status status;
} mm_chain_entry;

/* At most this many jobs are listed per chain (the defaults make 9). */
#define MM_STORE_CHAIN_LIST_MAX 64

/*
 * Reads the jobs of chain `chain_id` into *entries, a new array of
 * mm_chain_entry in `pool`, in order: attempt, then auto-fix. Returns
 * MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_chain_list(mm_store *st, apr_pool_t *pool, const char *chain_id,
                        apr_array_header_t **entries);

/*
 * Reads every running job (generating_code or rendering) into *jobs, a
 * new array of mm_job * in `pool`. Returns MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_list_running(mm_store *st, apr_pool_t *pool,
                          apr_array_header_t **jobs);

/*
 * Marks a running job `owner` holds as done with a video rendered
 * before, for job `from_job_id` (the render cache): isCacheHit is set
 * and nothing is rendered. Returns MM_STORE_OK, MM_STORE_LOST or
 * MM_STORE_ERROR.
 */
int mm_store_finish_cached(mm_store *st, const char *id, const char *owner,
                           const char *video_hash, const char *from_job_id,
                           apr_int64_t now);

/*
 * Looks up prompt cache entry `key` written at or after `since`. Returns
 * MM_STORE_OK with the done job's id in *job_id (in `pool`),
 * MM_STORE_NOTFOUND, or MM_STORE_ERROR.
 */
int mm_store_prompt_cache_get(mm_store *st, apr_pool_t *pool, const char *key,
                              apr_int64_t since, const char **job_id);

/*
 * Records a use of entry `key` at `now`, for the LRU order. Returns
 * MM_STORE_OK (also when the entry is gone) or MM_STORE_ERROR.
 */
int mm_store_prompt_cache_touch(mm_store *st, const char *key,
                                apr_int64_t now);

/*
 * Points entry `key` at done job `job_id`, written and used at `now`
 * (replacing an older entry). Returns MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_prompt_cache_put(mm_store *st, const char *key,
                              const char *job_id, apr_int64_t now);

/* Drops entry `key`. Returns MM_STORE_OK or MM_STORE_ERROR. */
int mm_store_prompt_cache_delete(mm_store *st, const char *key);

/*
 * Bounds the prompt cache: drops the entries written before `oldest`,
 * then all but the `max_entries` most recently used. Returns MM_STORE_OK
 * or MM_STORE_ERROR.
 */
int mm_store_prompt_cache_prune(mm_store *st, apr_int64_t oldest,
                                int max_entries);

/*
 * Looks up render cache entry `key`. Returns MM_STORE_OK with the
 * video's hash and the job that rendered it in *video_hash and *job_id
 * (in `pool`), MM_STORE_NOTFOUND, or MM_STORE_ERROR.
 */
int mm_store_render_cache_get(mm_store *st, apr_pool_t *pool, const char *key,
                              const char **video_hash, const char **job_id);

/*
 * Records that job `job_id` rendered entry `key` into `video_hash` at
 * `now` (replacing an older entry). Returns MM_STORE_OK or
 * MM_STORE_ERROR.
 */
int mm_store_render_cache_put(mm_store *st, const char *key,
                              const char *video_hash, const char *job_id,
                              apr_int64_t now);

/* Statistics: health and metrics. */

/* The number of job statuses, for arrays indexed by mm_job_status. */
#define MM_STATS_STATUSES (MM_JOB_FAILED + 1)

/* The render-time histogram's buckets, besides the implied +Inf. */
#define MM_STATS_RENDER_BUCKETS 9

/* Upper bounds of those buckets in seconds, ascending. */
extern const int mm_store_render_bounds[MM_STATS_RENDER_BUCKETS];

/* What the store knows about the whole system, for /metrics. */
typedef struct mm_store_stats {
    apr_int64_t jobs[MM_STATS_STATUSES]; /* jobs per status */
    apr_int64_t cache_hits;              /* jobs answered from a cache */
    apr_int64_t renders;                 /* done jobs that were rendered */
    apr_int64_t render_ms;               /* the sum of their render times */
    apr_int64_t render_le[MM_STATS_RENDER_BUCKETS]; /* renders <= bound */
    int agents_alive; /* agents whose heartbeat is recent */
} mm_store_stats;

/*
 * Runs one cheap query on the jobs table, to tell whether the store
 * answers. Returns MM_STORE_OK or MM_STORE_ERROR.
 */
int mm_store_ping(mm_store *st);

/*
 * Fills *out: jobs per status, cache hits, the render times of done jobs
 * (rendering start to finish; cache hits have none), and the agents
 * whose heartbeat is newer than `agents_since`. Returns MM_STORE_OK, or
 * MM_STORE_ERROR with *out partly filled.
 */
int mm_store_read_stats(mm_store *st, apr_int64_t agents_since,
                        mm_store_stats *out);

#endif /* MM_STORE_H */
