/*
 * mm_chain: the rules of retry chains and auto-fix chains ("Attempt
 * Tracking" in the seed), as pure decisions over a job and what its chain
 * has used.
 *
 * The jobs made from one first submission form a chain (they share
 * mm_job.chain_id). A retry is a new attempt in the chain, numbered one
 * past the chain's highest attempt; at most `max_attempts` attempts in
 * all. An auto-fix repairs a failed job's code within its attempt,
 * numbered one past that attempt's highest auto-fix count; at most
 * `max_auto_fixes` per attempt (a retry starts again at 0), and only for
 * failures whose code can be repaired (validation, runtime_error).
 */
#ifndef MM_CHAIN_H
#define MM_CHAIN_H

#include <jansson.h>

#include "mm_job.h"

typedef struct mm_chain_limits {
    int max_attempts;   /* attempts per chain, the first included */
    int max_auto_fixes; /* auto-fixes per attempt; 0 disables them */
} mm_chain_limits;

typedef struct mm_chain_usage {
    int attempts;   /* highest attempt number in the job's chain */
    int auto_fixes; /* highest auto-fix count in the job's attempt */
} mm_chain_usage;

/* Why a retry or an auto-fix of a job is refused. */
typedef enum mm_chain_verdict {
    MM_CHAIN_ALLOWED = 0,
    MM_CHAIN_NOT_FINAL,     /* retry: the job is still queued or running */
    MM_CHAIN_NOT_FAILED,    /* auto-fix: the job did not fail */
    MM_CHAIN_NOT_FIXABLE,   /* auto-fix: its error type has no code fix */
    MM_CHAIN_LIMIT_REACHED, /* the chain used its attempts or auto-fixes */
} mm_chain_verdict;

/* The chain a job belongs to: its chain_id, or its own id (old rows). */
const char *mm_chain_of(const mm_job *job);

/*
 * Raises `u` to at least what `job` itself shows (its attempt number and
 * auto-fix count), for chains whose older rows the store cannot count.
 */
void mm_chain_usage_include(mm_chain_usage *u, const mm_job *job);

/* 1 if a failure of `error_type` may be auto-fixed, else 0. */
int mm_chain_fixable(const char *error_type);

/* Whether `job` may be retried, given its chain's usage and the limits. */
mm_chain_verdict mm_chain_may_retry(const mm_job *job, const mm_chain_usage *u,
                                    const mm_chain_limits *l);

/* Whether `job` may be auto-fixed, given its usage and the limits. */
mm_chain_verdict mm_chain_may_auto_fix(const mm_job *job,
                                       const mm_chain_usage *u,
                                       const mm_chain_limits *l);

/*
 * Makes `next` (a new job) the next attempt after `base`: same chain,
 * attempt number one past u->attempts, parentJobId `base`, no auto-fix.
 * Content (prompt, code, style) is the caller's.
 */
void mm_chain_make_retry(mm_job *next, const mm_job *base,
                         const mm_chain_usage *u, const mm_chain_limits *l);

/*
 * Makes `next` an auto-fix of `failed`: same chain and attempt, auto-fix
 * count one past u->auto_fixes, isAutoFixJob, originalFailedJobId.
 */
void mm_chain_make_auto_fix(mm_job *next, const mm_job *failed,
                            const mm_chain_usage *u, const mm_chain_limits *l);

/*
 * Returns what the UI may offer for `job` (a new reference):
 * {"canRetry", "retriesLeft", "canAutoFix", "autoFixesLeft"}.
 */
json_t *mm_chain_actions(const mm_job *job, const mm_chain_usage *u,
                         const mm_chain_limits *l);

#endif /* MM_CHAIN_H */
