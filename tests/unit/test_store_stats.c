/*
 * Unit tests of the store's statistics (health and metrics) against a
 * real SQLite file: jobs per status, cache hits, the render-time
 * histogram whose bucket bounds live both in SQL and in C, and live
 * agents.
 */
#include "mm_store.h"
#include "mm_test.h"
#include "mm_test_store.h"

#include <apr_general.h>
#include <stdlib.h>
#include <unistd.h>

static apr_pool_t *pool;
static const apr_dbd_driver_t *drv;
static apr_dbd_t *handle;
static mm_store *st;
static char db_path[] = "/tmp/mm-test-stats-XXXXXX";

static void open_store(void)
{
    st = mm_test_store_open(pool, db_path, &drv, &handle);
}

/* Inserts a job in `status`; a done job rendered for `render_ms`. */
static mm_job *add_job(mm_job_status status, apr_int64_t render_ms,
                       int cache_hit)
{
    mm_job *j = mm_job_create(pool, 1000000);

    j->prompt = "p";
    j->style_preset = "Dark";
    j->quality = "low";
    j->status = status;
    j->is_cache_hit = cache_hit;
    if (render_ms >= 0) {
        j->render_started_at = 2000000;
        j->finished_at = 2000000 + render_ms;
    }
    MM_CHECK(mm_store_insert(st, j) == MM_STORE_OK);
    return j;
}

static void test_empty_store_reads_zeros(void)
{
    mm_store_stats s;
    int i;

    MM_CHECK(mm_store_ping(st) == MM_STORE_OK);
    MM_CHECK(mm_store_read_stats(st, 0, &s) == MM_STORE_OK);
    for (i = 0; i < MM_STATS_STATUSES; i++)
        MM_CHECK(s.jobs[i] == 0);
    MM_CHECK(s.cache_hits == 0 && s.renders == 0 && s.render_ms == 0);
    MM_CHECK(s.render_le[MM_STATS_RENDER_BUCKETS - 1] == 0);
    MM_CHECK(s.agents_alive == 0);
}

static void test_jobs_are_counted_per_status_with_cache_hits(void)
{
    mm_store_stats s;

    add_job(MM_JOB_QUEUED, -1, 0);
    add_job(MM_JOB_QUEUED, -1, 0);
    add_job(MM_JOB_RENDERING, -1, 0);
    add_job(MM_JOB_FAILED, -1, 0);
    add_job(MM_JOB_DONE, -1, 1); /* a cache hit: done, never rendered */
    MM_CHECK(mm_store_read_stats(st, 0, &s) == MM_STORE_OK);
    MM_CHECK(s.jobs[MM_JOB_QUEUED] == 2);
    MM_CHECK(s.jobs[MM_JOB_GENERATING_CODE] == 0);
    MM_CHECK(s.jobs[MM_JOB_RENDERING] == 1);
    MM_CHECK(s.jobs[MM_JOB_DONE] == 1);
    MM_CHECK(s.jobs[MM_JOB_FAILED] == 1);
    MM_CHECK(s.cache_hits == 1);
    MM_CHECK(s.renders == 0); /* the cache hit has no render time */
}

/* A render of exactly a bound falls in its bucket; 1 ms more does not. */
static void test_render_histogram_matches_the_bounds(void)
{
    mm_store_stats s;
    apr_int64_t sum = 0;
    int i;

    for (i = 0; i < MM_STATS_RENDER_BUCKETS; i++) {
        apr_int64_t ms = (apr_int64_t)mm_store_render_bounds[i] * 1000;
        add_job(MM_JOB_DONE, ms, 0);
        add_job(MM_JOB_DONE, ms + 1, 0);
        sum += 2 * ms + 1;
        if (i > 0)
            MM_CHECK(mm_store_render_bounds[i] >
                     mm_store_render_bounds[i - 1]);
    }
    MM_CHECK(mm_store_read_stats(st, 0, &s) == MM_STORE_OK);
    MM_CHECK(s.renders == 2 * MM_STATS_RENDER_BUCKETS);
    MM_CHECK(s.render_ms == sum);
    /* Cumulative: bucket i holds both renders of every bound below it
     * and the one at its own bound. */
    for (i = 0; i < MM_STATS_RENDER_BUCKETS; i++)
        MM_CHECK(s.render_le[i] == 2 * i + 1);
}

static void test_only_recent_heartbeats_count_as_alive(void)
{
    mm_store_stats s;

    MM_CHECK(mm_store_heartbeat(st, "old", 2, 1000) == MM_STORE_OK);
    MM_CHECK(mm_store_heartbeat(st, "new", 2, 5000) == MM_STORE_OK);
    MM_CHECK(mm_store_read_stats(st, 2000, &s) == MM_STORE_OK);
    MM_CHECK(s.agents_alive == 1);
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    open_store();
    MM_RUN(test_empty_store_reads_zeros);
    MM_RUN(test_jobs_are_counted_per_status_with_cache_hits);
    MM_RUN(test_render_histogram_matches_the_bounds);
    MM_RUN(test_only_recent_heartbeats_count_as_alive);
    apr_dbd_close(drv, handle);
    unlink(db_path);
    apr_pool_destroy(pool);
    apr_terminate();
    return mm_test_summary();
}
