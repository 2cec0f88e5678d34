/*
 * Unit tests of the dbd job store against a real SQLite file: the
 * lifecycle transitions, the conditional updates that protect final
 * states, claims, lease recovery, heartbeats and queue positions; retry
 * chains, the prompt and render caches, and the schema upgrade of an
 * older database.
 */
#include "mm_store.h"
#include "mm_test.h"
#include "mm_test_store.h"

#include <apr_general.h>
#include <apr_strings.h>
#include <stdlib.h>
#include <unistd.h>

static apr_pool_t *pool;
static const apr_dbd_driver_t *drv;
static apr_dbd_t *handle;
static mm_store *st;
static char db_path[] = "/tmp/mm-test-store-XXXXXX";

static void open_store(void)
{
    const char *err = NULL;

    st = mm_test_store_open(pool, db_path, &drv, &handle);
    /* Creating the schema again (another process starting) is harmless. */
    if (mm_store_ensure_schema(pool, drv, handle, &err) != MM_STORE_OK) {
        fprintf(stderr, "%s\n", err);
        exit(2);
    }
}

static mm_job *new_job(const char *prompt, apr_int64_t now)
{
    mm_job *j = mm_job_create(pool, now);

    j->prompt = prompt;
    j->style_preset = "3Blue1Brown";
    MM_CHECK(mm_store_insert(st, j) == MM_STORE_OK);
    return j;
}

static void test_insert_and_get_round_trip(void)
{
    mm_job *j = new_job("Draw a circle \"quoted\" 'single' ✓", 1000), *g;

    MM_CHECK(mm_store_get(st, pool, j->id, &g) == MM_STORE_OK);
    MM_CHECK_STR(g->id, j->id);
    MM_CHECK_STR(g->prompt, "Draw a circle \"quoted\" 'single' ✓");
    MM_CHECK(g->status == MM_JOB_QUEUED);
    MM_CHECK(g->queued_at == 1000);
    MM_CHECK(g->attempt_number == 1 && g->max_attempts == 3);
    MM_CHECK(g->code == NULL && g->parent_job_id == NULL);
    MM_CHECK(g->gallery_id == NULL);
    MM_CHECK(mm_store_get(st, pool, "0123", &g) == MM_STORE_NOTFOUND);
}

static void test_gallery_id_round_trips(void)
{
    mm_job *j = mm_job_create(pool, 1500), *g;
    json_t *o;

    j->prompt = "Draw a circle";
    j->style_preset = "Dark";
    j->code_source = "gallery";
    j->gallery_id = "unit-circle";
    MM_CHECK(mm_store_insert(st, j) == MM_STORE_OK);
    MM_CHECK(mm_store_get(st, pool, j->id, &g) == MM_STORE_OK);
    MM_CHECK_STR(g->gallery_id, "unit-circle");
    o = mm_job_to_json(g, "/api");
    MM_CHECK_STR(json_string_value(json_object_get(o, "galleryId")),
                 "unit-circle");
    json_decref(o);
}

static void test_claim_takes_oldest_once(void)
{
    mm_job *a, *b, *c;

    /* Earlier tests may have left queued jobs; drain them first. */
    while (mm_store_claim(st, pool, "drain", 1, 2, &c) == MM_STORE_OK)
        ;
    a = new_job("first", 2000);
    b = new_job("second", 2001);
    MM_CHECK(mm_store_claim(st, pool, "w1", 3000, 63000, &c) == MM_STORE_OK);
    MM_CHECK(c && strcmp(c->id, a->id) == 0);
    MM_CHECK(c && c->status == MM_JOB_GENERATING_CODE);
    MM_CHECK_STR(c ? c->lease_owner : NULL, "w1");
    MM_CHECK(mm_store_claim(st, pool, "w2", 3000, 63000, &c) == MM_STORE_OK);
    MM_CHECK(c && strcmp(c->id, b->id) == 0);
    MM_CHECK(mm_store_claim(st, pool, "w3", 3000, 63000, &c) ==
             MM_STORE_NOTFOUND);
}

static void test_lifecycle_to_done(void)
{
    mm_job *j, *g;

    while (mm_store_claim(st, pool, "drain", 1, 2, &g) == MM_STORE_OK)
        ;
    j = new_job("lifecycle", 5000);
    MM_CHECK(mm_store_claim(st, pool, "w", 5001, 9000, &g) == MM_STORE_OK);
    MM_CHECK(mm_store_set_code(st, j->id, "w", "code", "expl", 3, 5002) ==
             MM_STORE_OK);
    MM_CHECK(mm_store_progress(st, j->id, "w", MM_JOB_RENDERING, 40,
                               "Rendering animation 1/3", 5003,
                               9999) == MM_STORE_OK);
    MM_CHECK(mm_store_progress(st, j->id, "other", MM_JOB_RENDERING, 50, "x",
                               5004, 9999) == MM_STORE_LOST);
    MM_CHECK(mm_store_get(st, pool, j->id, &g) == MM_STORE_OK);
    MM_CHECK(g->status == MM_JOB_RENDERING && g->progress == 40);
    MM_CHECK(g->render_started_at == 5003 && g->animation_count == 3);
    MM_CHECK_STR(g->code, "code");
    MM_CHECK(mm_store_finish_done(st, j->id, "w", "abc", 6000) == MM_STORE_OK);
    MM_CHECK(mm_store_get(st, pool, j->id, &g) == MM_STORE_OK);
    MM_CHECK(g->status == MM_JOB_DONE && g->progress == 100);
    MM_CHECK_STR(g->video_hash, "abc");
    MM_CHECK(g->lease_owner == NULL);
    /* A final state is never overwritten by a late worker. */
    MM_CHECK(mm_store_progress(st, j->id, "w", MM_JOB_RENDERING, 1, "x", 6001,
                               9999) == MM_STORE_LOST);
}

static void test_timeout_fail_is_compare_and_set(void)
{
    mm_job *j = new_job("stuck", 7000), *g;
    mm_job_failure f = {MM_ERR_TIMEOUT, MM_STAGE_CODE, "too slow", "log"};

    MM_CHECK(mm_store_fail(st, j->id, NULL, MM_JOB_RENDERING, &f, 8000) ==
             MM_STORE_LOST);
    MM_CHECK(mm_store_fail(st, j->id, NULL, MM_JOB_QUEUED, &f, 8000) ==
             MM_STORE_OK);
    MM_CHECK(mm_store_get(st, pool, j->id, &g) == MM_STORE_OK);
    MM_CHECK(g->status == MM_JOB_FAILED);
    MM_CHECK_STR(g->error_type, "timeout");
    MM_CHECK_STR(g->error_message, "too slow");
    MM_CHECK(g->error_at == 8000);
}

static void test_expired_leases_are_recovered_then_failed(void)
{
    mm_job *j, *g;
    int n;

    while (mm_store_claim(st, pool, "drain", 1, 2, &g) == MM_STORE_OK)
        ;
    MM_CHECK(mm_store_recover_expired(st, pool, 100000, 0, &n) ==
             MM_STORE_OK); /* fails the drained ones */
    j = new_job("orphan", 10000);
    MM_CHECK(mm_store_claim(st, pool, "dead", 10001, 10500, &g) ==
             MM_STORE_OK);
    MM_CHECK(mm_store_recover_expired(st, pool, 10400, 1, &n) == MM_STORE_OK &&
             n == 0);
    MM_CHECK(mm_store_recover_expired(st, pool, 11000, 1, &n) == MM_STORE_OK &&
             n == 1);
    MM_CHECK(mm_store_get(st, pool, j->id, &g) == MM_STORE_OK);
    MM_CHECK(g->status == MM_JOB_QUEUED && g->recover_count == 1);
    MM_CHECK(mm_store_claim(st, pool, "dead2", 12000, 12500, &g) ==
             MM_STORE_OK);
    MM_CHECK(mm_store_recover_expired(st, pool, 13000, 1, &n) == MM_STORE_OK &&
             n == 1);
    MM_CHECK(mm_store_get(st, pool, j->id, &g) == MM_STORE_OK);
    MM_CHECK(g->status == MM_JOB_FAILED);
    MM_CHECK_STR(g->error_type, "internal");
}

static void test_heartbeat_and_queue_position(void)
{
    mm_job *a, *b, *g;
    int n;

    while (mm_store_claim(st, pool, "drain", 1, 2, &g) == MM_STORE_OK)
        ;
    MM_CHECK(mm_store_heartbeat(st, "agent-1", 2, 50000) == MM_STORE_OK);
    MM_CHECK(mm_store_heartbeat(st, "agent-1", 2, 60000) == MM_STORE_OK);
    MM_CHECK(mm_store_live_agents(st, 55000, &n) == MM_STORE_OK && n == 1);
    MM_CHECK(mm_store_live_agents(st, 65000, &n) == MM_STORE_OK && n == 0);
    a = new_job("a", 70000);
    b = new_job("b", 70001);
    MM_CHECK(mm_store_queue_position(st, a, &n) == MM_STORE_OK && n == 0);
    MM_CHECK(mm_store_queue_position(st, b, &n) == MM_STORE_OK && n == 1);
}

static void test_job_json_has_public_fields_only(void)
{
    mm_job *j = mm_job_create(pool, 1700000000123LL);
    json_t *o;
    char *s;

    j->style_preset = "Dark";
    j->lease_owner = "secret-worker";
    j->video_hash = "abc";
    j->code = "x";
    o = mm_job_to_json(j, "/api");
    s = json_dumps(o, JSON_SORT_KEYS);
    MM_CHECK_CONTAINS(s, "\"createdAt\": \"2023-11-14T22:13:20.123Z\"");
    MM_CHECK_CONTAINS(s, "\"videoUrl\": \"/api/jobs/");
    MM_CHECK(strstr(s, "secret-worker") == NULL);
    MM_CHECK(strstr(s, "lease") == NULL);
    MM_CHECK(mm_job_id_valid(j->id));
    MM_CHECK(!mm_job_id_valid("../../etc/passwd"));
    free(s);
    json_decref(o);
}

static void test_logs_are_bounded_keeping_the_end(void)
{
    char *big = malloc(MM_JOB_LOGS_MAX * 2 + 1);
    const char *b;

    memset(big, 'a', MM_JOB_LOGS_MAX * 2);
    big[MM_JOB_LOGS_MAX * 2 - 1] = 'Z';
    big[MM_JOB_LOGS_MAX * 2] = '\0';
    b = mm_job_bound_logs(pool, big);
    MM_CHECK(strlen(b) < MM_JOB_LOGS_MAX + 64);
    MM_CHECK(b[strlen(b) - 1] == 'Z');
    free(big);
}

/* Inserts a job of chain `chain` at (attempt, auto-fix); returns rc. */
static int insert_in_chain(const char *chain, int attempt, int fix,
                           mm_job **out)
{
    mm_job *j = mm_job_create(pool, 20000);

    j->prompt = "chained";
    j->style_preset = "Dark";
    if (chain) /* else its own, as for any first attempt */
        j->chain_id = chain;
    j->attempt_number = attempt;
    j->auto_fix_count = fix;
    j->is_auto_fix = fix > 0;
    if (out)
        *out = j;
    return mm_store_insert(st, j);
}

static void test_chain_usage_counts_attempts_and_fixes(void)
{
    mm_job *first, *g;
    int attempts, fixes;

    MM_CHECK(insert_in_chain(NULL, 1, 0, &first) == MM_STORE_OK);
    MM_CHECK(mm_store_get(st, pool, first->id, &g) == MM_STORE_OK);
    MM_CHECK_STR(g->chain_id, first->id); /* a first attempt's own */
    MM_CHECK(insert_in_chain(first->id, 1, 1, NULL) == MM_STORE_OK);
    MM_CHECK(insert_in_chain(first->id, 2, 0, NULL) == MM_STORE_OK);
    MM_CHECK(insert_in_chain(first->id, 1, 2, NULL) == MM_STORE_OK);
    MM_CHECK(mm_store_chain_usage(st, first->id, 1, &attempts, &fixes) ==
             MM_STORE_OK);
    MM_CHECK(attempts == 2 && fixes == 2);
    MM_CHECK(mm_store_chain_usage(st, first->id, 2, &attempts, &fixes) ==
             MM_STORE_OK);
    MM_CHECK(attempts == 2 && fixes == 0);
    MM_CHECK(mm_store_chain_usage(st, "nochain", 1, &attempts, &fixes) ==
             MM_STORE_OK);
    MM_CHECK(attempts == 0 && fixes == 0);
    /* Two racing requests for one slot: only one job gets it. */
    MM_CHECK(insert_in_chain(first->id, 2, 0, NULL) == MM_STORE_ERROR);
}

static void test_chain_is_listed_in_order(void)
{
    apr_array_header_t *list;
    mm_job *first;
    const mm_chain_entry *e;

    MM_CHECK(insert_in_chain(NULL, 1, 0, &first) == MM_STORE_OK);
    /* Inserted out of order: the list is by attempt, then auto-fix. */
    MM_CHECK(insert_in_chain(first->id, 2, 0, NULL) == MM_STORE_OK);
    MM_CHECK(insert_in_chain(first->id, 1, 1, NULL) == MM_STORE_OK);
    MM_CHECK(insert_in_chain(NULL, 1, 0, NULL) == MM_STORE_OK); /* other */
    MM_CHECK(mm_store_chain_list(st, pool, first->id, &list) == MM_STORE_OK);
    MM_CHECK(list->nelts == 3);
    if (list->nelts != 3)
        return;
    e = &APR_ARRAY_IDX(list, 0, mm_chain_entry);
    MM_CHECK_STR(e->id, first->id);
    MM_CHECK(e->attempt_number == 1 && e->auto_fix_count == 0);
    MM_CHECK(e->status == MM_JOB_QUEUED);
    e = &APR_ARRAY_IDX(list, 1, mm_chain_entry);
    MM_CHECK(e->attempt_number == 1 && e->auto_fix_count == 1);
    e = &APR_ARRAY_IDX(list, 2, mm_chain_entry);
    MM_CHECK(e->attempt_number == 2 && e->auto_fix_count == 0);
    MM_CHECK(mm_store_chain_list(st, pool, "nochain", &list) == MM_STORE_OK);
    MM_CHECK(list->nelts == 0);
}

static void test_running_jobs_are_listed(void)
{
    apr_array_header_t *jobs;
    mm_job *j, *g;
    int i, seen = 0, queued = 0;

    while (mm_store_claim(st, pool, "drain", 1, 2, &g) == MM_STORE_OK)
        ;
    j = new_job("running", 30000);
    MM_CHECK(mm_store_claim(st, pool, "lister", 30001, 90000, &g) ==
             MM_STORE_OK);
    new_job("still queued", 30002);
    MM_CHECK(mm_store_list_running(st, pool, &jobs) == MM_STORE_OK);
    for (i = 0; i < jobs->nelts; i++) {
        mm_job *r = APR_ARRAY_IDX(jobs, i, mm_job *);
        seen += strcmp(r->id, j->id) == 0;
        queued += r->status == MM_JOB_QUEUED;
        if (strcmp(r->id, j->id) == 0)
            MM_CHECK(r->code_started_at == 30001);
    }
    MM_CHECK(seen == 1 && queued == 0);
}

static void test_render_cache_hit_finishes_without_render(void)
{
    mm_job *j, *g;

    while (mm_store_claim(st, pool, "drain", 1, 2, &g) == MM_STORE_OK)
        ;
    j = new_job("cached render", 40000);
    MM_CHECK(mm_store_claim(st, pool, "w", 40001, 99000, &g) == MM_STORE_OK);
    MM_CHECK(mm_store_finish_cached(st, j->id, "other", "h1", "src", 40002) ==
             MM_STORE_LOST);
    MM_CHECK(mm_store_finish_cached(st, j->id, "w", "h1", "src", 40002) ==
             MM_STORE_OK);
    MM_CHECK(mm_store_get(st, pool, j->id, &g) == MM_STORE_OK);
    MM_CHECK(g->status == MM_JOB_DONE && g->progress == 100);
    MM_CHECK(g->is_cache_hit == 1 && g->render_started_at == 0);
    MM_CHECK_STR(g->video_hash, "h1");
    MM_CHECK_STR(g->cached_from_job_id, "src");
    MM_CHECK(g->lease_owner == NULL && g->finished_at == 40002);
}

static void test_render_cache_round_trip(void)
{
    const char *hash, *from;

    MM_CHECK(mm_store_render_cache_get(st, pool, "k", &hash, &from) ==
             MM_STORE_NOTFOUND);
    MM_CHECK(mm_store_render_cache_put(st, "k", "h1", "job1", 1) ==
             MM_STORE_OK);
    MM_CHECK(mm_store_render_cache_put(st, "k", "h2", "job2", 2) ==
             MM_STORE_OK);
    MM_CHECK(mm_store_render_cache_get(st, pool, "k", &hash, &from) ==
             MM_STORE_OK);
    MM_CHECK_STR(hash, "h2");
    MM_CHECK_STR(from, "job2");
}

static void test_prompt_cache_ttl(void)
{
    const char *id;

    MM_CHECK(mm_store_prompt_cache_put(st, "p1", "job1", 1000) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_get(st, pool, "p1", 1000, &id) ==
             MM_STORE_OK);
    MM_CHECK_STR(id, "job1");
    /* Written before `since`: too old to answer from. */
    MM_CHECK(mm_store_prompt_cache_get(st, pool, "p1", 1001, &id) ==
             MM_STORE_NOTFOUND);
    MM_CHECK(mm_store_prompt_cache_prune(st, 1001, 100) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_get(st, pool, "p1", 0, &id) ==
             MM_STORE_NOTFOUND);
    MM_CHECK(mm_store_prompt_cache_put(st, "p2", "job2", 2000) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_delete(st, "p2") == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_get(st, pool, "p2", 0, &id) ==
             MM_STORE_NOTFOUND);
}

static void test_prompt_cache_evicts_least_recently_used(void)
{
    const char *id;

    MM_CHECK(mm_store_prompt_cache_put(st, "a", "job-a", 5000) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_put(st, "b", "job-b", 5001) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_put(st, "c", "job-c", 5002) == MM_STORE_OK);
    /* "a" was used last, so "b" is the least recently used. */
    MM_CHECK(mm_store_prompt_cache_touch(st, "a", 6000) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_touch(st, "gone", 6000) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_prune(st, 0, 2) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_get(st, pool, "a", 0, &id) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_get(st, pool, "b", 0, &id) ==
             MM_STORE_NOTFOUND);
    MM_CHECK(mm_store_prompt_cache_get(st, pool, "c", 0, &id) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_prune(st, 0, 0) == MM_STORE_OK);
    MM_CHECK(mm_store_prompt_cache_get(st, pool, "a", 0, &id) ==
             MM_STORE_NOTFOUND);
}

/* A database made before chain_id existed gets the column and index. */
static void test_older_database_is_upgraded(void)
{
    char path[] = "/tmp/mm-test-store-old-XXXXXX";
    const apr_dbd_driver_t *d = drv;
    apr_dbd_t *h;
    const char *err = NULL;
    int fd = mkstemp(path), nrows;

    close(fd);
    MM_CHECK(apr_dbd_open(d, pool, path, &h) == APR_SUCCESS);
    MM_CHECK(apr_dbd_query(d, h, &nrows,
                           "CREATE TABLE jobs (id TEXT PRIMARY KEY, "
                           "status TEXT, queued_at BIGINT, "
                           "attempt_number INTEGER, "
                           "auto_fix_count INTEGER)") == 0);
    MM_CHECK(mm_store_ensure_schema(pool, d, h, &err) == MM_STORE_OK);
    MM_CHECK(mm_store_ensure_schema(pool, d, h, &err) == MM_STORE_OK);
    MM_CHECK(apr_dbd_query(d, h, &nrows,
                           "INSERT INTO jobs (id, chain_id) VALUES "
                           "('x', 'c')") == 0);
    apr_dbd_close(d, h);
    unlink(path);
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    open_store();
    MM_RUN(test_insert_and_get_round_trip);
    MM_RUN(test_gallery_id_round_trips);
    MM_RUN(test_claim_takes_oldest_once);
    MM_RUN(test_lifecycle_to_done);
    MM_RUN(test_timeout_fail_is_compare_and_set);
    MM_RUN(test_expired_leases_are_recovered_then_failed);
    MM_RUN(test_heartbeat_and_queue_position);
    MM_RUN(test_job_json_has_public_fields_only);
    MM_RUN(test_logs_are_bounded_keeping_the_end);
    MM_RUN(test_chain_usage_counts_attempts_and_fixes);
    MM_RUN(test_chain_is_listed_in_order);
    MM_RUN(test_running_jobs_are_listed);
    MM_RUN(test_render_cache_hit_finishes_without_render);
    MM_RUN(test_render_cache_round_trip);
    MM_RUN(test_prompt_cache_ttl);
    MM_RUN(test_prompt_cache_evicts_least_recently_used);
    MM_RUN(test_older_database_is_upgraded);
    apr_dbd_close(drv, handle);
    unlink(db_path);
    apr_pool_destroy(pool);
    apr_terminate();
    return mm_test_summary();
}
