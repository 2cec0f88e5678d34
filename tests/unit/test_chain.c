/*
 * Unit tests of the retry and auto-fix rules: when a job may be retried
 * or auto-fixed, how the next job is numbered within its chain, and the
 * actions the UI is told about.
 */
#include "mm_chain.h"
#include "mm_test.h"

#include <stdlib.h>

static const mm_chain_limits limits = {3, 2};

/* A job of chain "c" at (attempt, auto-fix) in `status`. */
static mm_job job_in(mm_job_status status, int attempt, int fix,
                     const char *error_type)
{
    mm_job j;

    memset(&j, 0, sizeof(j));
    j.id = "0123456789abcdef0123456789abcdef";
    j.chain_id = "c";
    j.status = status;
    j.attempt_number = attempt;
    j.auto_fix_count = fix;
    j.error_type = error_type;
    j.code = error_type ? "from manim import *" : NULL;
    return j;
}

static void test_retry_needs_a_final_job_and_attempts_left(void)
{
    mm_job queued = job_in(MM_JOB_QUEUED, 1, 0, NULL);
    mm_job done = job_in(MM_JOB_DONE, 1, 0, NULL);
    mm_chain_usage one = {1, 0}, three = {3, 0};

    MM_CHECK(mm_chain_may_retry(&queued, &one, &limits) == MM_CHAIN_NOT_FINAL);
    MM_CHECK(mm_chain_may_retry(&done, &one, &limits) == MM_CHAIN_ALLOWED);
    /* The fourth attempt is refused, whichever job of the chain asks. */
    MM_CHECK(mm_chain_may_retry(&done, &three, &limits) ==
             MM_CHAIN_LIMIT_REACHED);
}

static void test_auto_fix_only_after_code_failures(void)
{
    mm_chain_usage none = {1, 0}, two = {1, 2};
    mm_job valid = job_in(MM_JOB_FAILED, 1, 0, MM_ERR_VALIDATION);
    mm_job runtime = job_in(MM_JOB_FAILED, 1, 0, MM_ERR_RUNTIME);
    mm_job timeout = job_in(MM_JOB_FAILED, 1, 0, MM_ERR_TIMEOUT);
    mm_job done = job_in(MM_JOB_DONE, 1, 0, NULL);
    mm_job no_code = job_in(MM_JOB_FAILED, 1, 0, MM_ERR_VALIDATION);

    no_code.code = NULL;
    MM_CHECK(mm_chain_may_auto_fix(&valid, &none, &limits) ==
             MM_CHAIN_ALLOWED);
    MM_CHECK(mm_chain_may_auto_fix(&runtime, &none, &limits) ==
             MM_CHAIN_ALLOWED);
    MM_CHECK(mm_chain_may_auto_fix(&timeout, &none, &limits) ==
             MM_CHAIN_NOT_FIXABLE);
    MM_CHECK(mm_chain_may_auto_fix(&no_code, &none, &limits) ==
             MM_CHAIN_NOT_FIXABLE);
    MM_CHECK(mm_chain_may_auto_fix(&done, &none, &limits) ==
             MM_CHAIN_NOT_FAILED);
    MM_CHECK(mm_chain_may_auto_fix(&valid, &two, &limits) ==
             MM_CHAIN_LIMIT_REACHED);
}

static void test_next_jobs_are_numbered_within_the_chain(void)
{
    mm_job failed = job_in(MM_JOB_FAILED, 2, 1, MM_ERR_RUNTIME), next;
    mm_chain_usage u = {2, 1};

    failed.parent_job_id = "p";
    memset(&next, 0, sizeof(next));
    mm_chain_make_retry(&next, &failed, &u, &limits);
    MM_CHECK(next.attempt_number == 3 && next.auto_fix_count == 0);
    MM_CHECK(!next.is_auto_fix && next.max_attempts == 3);
    MM_CHECK_STR(next.chain_id, "c");
    MM_CHECK_STR(next.parent_job_id, failed.id);
    memset(&next, 0, sizeof(next));
    mm_chain_make_auto_fix(&next, &failed, &u, &limits);
    MM_CHECK(next.attempt_number == 2 && next.auto_fix_count == 2);
    MM_CHECK(next.is_auto_fix);
    MM_CHECK_STR(next.original_failed_job_id, failed.id);
    MM_CHECK_STR(next.parent_job_id, "p");
}

static void test_old_rows_count_their_own_numbers(void)
{
    mm_job j = job_in(MM_JOB_FAILED, 2, 1, MM_ERR_RUNTIME);
    mm_chain_usage u = {0, 0};

    j.chain_id = NULL;
    MM_CHECK_STR(mm_chain_of(&j), j.id);
    mm_chain_usage_include(&u, &j);
    MM_CHECK(u.attempts == 2 && u.auto_fixes == 1);
}

static void test_actions_tell_what_is_left(void)
{
    mm_job failed = job_in(MM_JOB_FAILED, 2, 1, MM_ERR_VALIDATION);
    mm_job running = job_in(MM_JOB_RENDERING, 1, 0, NULL);
    mm_chain_usage u = {2, 1}, spent = {3, 2};
    json_t *a;
    char *s;

    a = mm_chain_actions(&failed, &u, &limits);
    s = json_dumps(a, JSON_SORT_KEYS | JSON_COMPACT);
    MM_CHECK_STR(s, "{\"autoFixesLeft\":1,\"canAutoFix\":true,"
                    "\"canRetry\":true,\"retriesLeft\":1}");
    free(s);
    json_decref(a);
    a = mm_chain_actions(&failed, &spent, &limits);
    s = json_dumps(a, JSON_SORT_KEYS | JSON_COMPACT);
    MM_CHECK_STR(s, "{\"autoFixesLeft\":0,\"canAutoFix\":false,"
                    "\"canRetry\":false,\"retriesLeft\":0}");
    free(s);
    json_decref(a);
    a = mm_chain_actions(&running, &u, &limits);
    MM_CHECK(json_is_false(json_object_get(a, "canRetry")));
    MM_CHECK(json_is_false(json_object_get(a, "canAutoFix")));
    json_decref(a);
}

int main(void)
{
    MM_RUN(test_retry_needs_a_final_job_and_attempts_left);
    MM_RUN(test_auto_fix_only_after_code_failures);
    MM_RUN(test_next_jobs_are_numbered_within_the_chain);
    MM_RUN(test_old_rows_count_their_own_numbers);
    MM_RUN(test_actions_tell_what_is_left);
    return mm_test_summary();
}
