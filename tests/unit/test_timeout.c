/*
 * Unit tests of the stuck-job policy: which stage clock each status uses,
 * that a healthy queue never times out, the exact boundaries, and the
 * failure a person reads.
 */
#include "mm_test.h"
#include "mm_timeout.h"

#include <apr_general.h>

static apr_pool_t *pool;

/* A job queued at t=1000 s, in `status`, with the given stage stamps. */
static mm_job job_at(mm_job_status status, apr_int64_t code_started,
                     apr_int64_t render_started)
{
    mm_job j;

    memset(&j, 0, sizeof(j));
    j.id = "0123456789abcdef0123456789abcdef";
    j.status = status;
    j.queued_at = 1000000;
    j.code_started_at = code_started;
    j.render_started_at = render_started;
    return j;
}

static void test_defaults_are_the_seed_thresholds(void)
{
    mm_timeouts t;

    mm_timeouts_default(&t);
    MM_CHECK(t.queued_ms == 30000);
    MM_CHECK(t.generating_ms == 180000);
    MM_CHECK(t.rendering_ms == 150000); /* 120 s sandbox wall + 30 s */
    MM_CHECK(t.agent_stale_ms == 15000);
    MM_CHECK(mm_timeout_agent_since(&t, 100000) == 85000);
}

static void test_healthy_queue_never_times_out(void)
{
    mm_timeouts t;
    mm_job j = job_at(MM_JOB_QUEUED, 0, 0);
    mm_job_failure f = {NULL, NULL, NULL, NULL};

    mm_timeouts_default(&t);
    MM_CHECK(!mm_timeout_check(&j, &t, j.queued_at + 3600000, 1, pool, &f));
    MM_CHECK(f.type == NULL); /* left alone */
}

static void test_queue_without_agent_times_out_after_limit(void)
{
    mm_timeouts t;
    mm_job j = job_at(MM_JOB_QUEUED, 0, 0);
    mm_job_failure f = {NULL, NULL, NULL, NULL};

    mm_timeouts_default(&t);
    MM_CHECK(!mm_timeout_check(&j, &t, j.queued_at + 30000, 0, pool, &f));
    MM_CHECK(mm_timeout_check(&j, &t, j.queued_at + 30001, 0, pool, &f));
    MM_CHECK_STR(f.type, "timeout");
    MM_CHECK_STR(f.stage, "code_generation");
    MM_CHECK_CONTAINS(f.message, "within 30 seconds");
    MM_CHECK(f.logs == NULL);
}

static void test_generating_counts_from_code_start(void)
{
    mm_timeouts t;
    apr_int64_t started = 5000000; /* long after queued_at */
    mm_job j = job_at(MM_JOB_GENERATING_CODE, started, 0);
    mm_job_failure f;

    mm_timeouts_default(&t);
    /* A live agent does not excuse a stage that takes too long. */
    MM_CHECK(!mm_timeout_check(&j, &t, started + 180000, 1, pool, &f));
    MM_CHECK(mm_timeout_check(&j, &t, started + 180001, 1, pool, &f));
    MM_CHECK_STR(f.type, "timeout");
    MM_CHECK_STR(f.stage, "code_generation");
    MM_CHECK_CONTAINS(f.message, "longer than 180 seconds");
}

static void test_rendering_counts_from_render_start(void)
{
    mm_timeouts t;
    apr_int64_t code = 2000000, render = 2100000;
    mm_job j = job_at(MM_JOB_RENDERING, code, render);
    mm_job_failure f;

    mm_timeouts_default(&t);
    MM_CHECK(!mm_timeout_check(&j, &t, render + 150000, 1, pool, &f));
    MM_CHECK(mm_timeout_check(&j, &t, render + 150001, 1, pool, &f));
    MM_CHECK_STR(f.stage, "rendering");
    MM_CHECK_STR(f.message,
                 "Rendering took longer than 150 seconds, so it was "
                 "stopped. Try a simpler animation or a lower quality.");
}

static void test_missing_stage_stamp_falls_back_to_earlier_one(void)
{
    mm_timeouts t;
    mm_job j = job_at(MM_JOB_RENDERING, 2000000, 0);
    mm_job_failure f;

    mm_timeouts_default(&t);
    MM_CHECK(mm_timeout_check(&j, &t, 2000000 + 150001, 1, pool, &f));
    j = job_at(MM_JOB_GENERATING_CODE, 0, 0);
    MM_CHECK(mm_timeout_check(&j, &t, j.queued_at + 180001, 1, pool, &f));
}

static void test_final_jobs_are_never_stuck(void)
{
    mm_timeouts t;
    mm_job done = job_at(MM_JOB_DONE, 1, 1);
    mm_job failed = job_at(MM_JOB_FAILED, 1, 1);
    mm_job_failure f;

    mm_timeouts_default(&t);
    MM_CHECK(!mm_timeout_check(&done, &t, 1LL << 50, 0, pool, &f));
    MM_CHECK(!mm_timeout_check(&failed, &t, 1LL << 50, 0, pool, &f));
}

static void test_configured_limits_and_singular_wording(void)
{
    mm_timeouts t = {1000, 2000, 3000, 500};
    mm_job j = job_at(MM_JOB_QUEUED, 0, 0);
    mm_job_failure f;

    MM_CHECK(mm_timeout_check(&j, &t, j.queued_at + 1001, 0, pool, &f));
    MM_CHECK_CONTAINS(f.message, "within 1 second,");
    j = job_at(MM_JOB_RENDERING, 1, 2000000);
    MM_CHECK(mm_timeout_check(&j, &t, 2000000 + 3001, 1, pool, &f));
    MM_CHECK_CONTAINS(f.message, "longer than 3 seconds");
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    MM_RUN(test_defaults_are_the_seed_thresholds);
    MM_RUN(test_healthy_queue_never_times_out);
    MM_RUN(test_queue_without_agent_times_out_after_limit);
    MM_RUN(test_generating_counts_from_code_start);
    MM_RUN(test_rendering_counts_from_render_start);
    MM_RUN(test_missing_stage_stamp_falls_back_to_earlier_one);
    MM_RUN(test_final_jobs_are_never_stuck);
    MM_RUN(test_configured_limits_and_singular_wording);
    apr_pool_destroy(pool);
    apr_terminate();
    return mm_test_summary();
}
