/*
 * mm_chain: retry and auto-fix rules. See mm_chain.h.
 */
#include "mm_chain.h"

#include <string.h>

const char *mm_chain_of(const mm_job *job)
{
    return job->chain_id ? job->chain_id : job->id;
}

void mm_chain_usage_include(mm_chain_usage *u, const mm_job *job)
{
    if (u->attempts < job->attempt_number)
        u->attempts = job->attempt_number;
    if (u->auto_fixes < job->auto_fix_count)
        u->auto_fixes = job->auto_fix_count;
}

int mm_chain_fixable(const char *error_type)
{
    return error_type && (strcmp(error_type, MM_ERR_VALIDATION) == 0 ||
                          strcmp(error_type, MM_ERR_RUNTIME) == 0);
}

/* Attempts left in the chain (never negative). */
static int mm_chain_retries_left(const mm_chain_usage *u,
                                 const mm_chain_limits *l)
{
    return u->attempts < l->max_attempts ? l->max_attempts - u->attempts : 0;
}

/* Auto-fixes left in the attempt (never negative). */
static int mm_chain_fixes_left(const mm_chain_usage *u,
                               const mm_chain_limits *l)
{
    return u->auto_fixes < l->max_auto_fixes
               ? l->max_auto_fixes - u->auto_fixes
               : 0;
}

mm_chain_verdict mm_chain_may_retry(const mm_job *job, const mm_chain_usage *u,
                                    const mm_chain_limits *l)
{
    if (!mm_job_status_is_final(job->status))
        return MM_CHAIN_NOT_FINAL;
    if (mm_chain_retries_left(u, l) == 0)
        return MM_CHAIN_LIMIT_REACHED;
    return MM_CHAIN_ALLOWED;
}

mm_chain_verdict mm_chain_may_auto_fix(const mm_job *job,
                                       const mm_chain_usage *u,
                                       const mm_chain_limits *l)
{
    if (job->status != MM_JOB_FAILED)
        return MM_CHAIN_NOT_FAILED;
    /* Without code there is nothing to repair. */
    if (!mm_chain_fixable(job->error_type) || !job->code)
        return MM_CHAIN_NOT_FIXABLE;
    if (mm_chain_fixes_left(u, l) == 0)
        return MM_CHAIN_LIMIT_REACHED;
    return MM_CHAIN_ALLOWED;
}

void mm_chain_make_retry(mm_job *next, const mm_job *base,
                         const mm_chain_usage *u, const mm_chain_limits *l)
{
    next->chain_id = mm_chain_of(base);
    next->attempt_number = u->attempts + 1;
    next->max_attempts = l->max_attempts;
    next->parent_job_id = base->id;
    next->auto_fix_count = 0;
    next->is_auto_fix = 0;
    next->original_failed_job_id = NULL;
}

void mm_chain_make_auto_fix(mm_job *next, const mm_job *failed,
                            const mm_chain_usage *u, const mm_chain_limits *l)
{
    next->chain_id = mm_chain_of(failed);
    next->attempt_number = failed->attempt_number;
    next->max_attempts = l->max_attempts;
    next->parent_job_id = failed->parent_job_id;
    next->auto_fix_count = u->auto_fixes + 1;
    next->is_auto_fix = 1;
    next->original_failed_job_id = failed->id;
}

json_t *mm_chain_actions(const mm_job *job, const mm_chain_usage *u,
                         const mm_chain_limits *l)
{
    return json_pack("{s:b, s:i, s:b, s:i}", "canRetry",
                     mm_chain_may_retry(job, u, l) == MM_CHAIN_ALLOWED,
                     "retriesLeft", mm_chain_retries_left(u, l), "canAutoFix",
                     mm_chain_may_auto_fix(job, u, l) == MM_CHAIN_ALLOWED,
                     "autoFixesLeft", mm_chain_fixes_left(u, l));
}
