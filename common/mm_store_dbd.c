/*
 * mm_store_dbd: the job store over apr_dbd (SQLite, PostgreSQL).
 * See mm_store.h for the contract of each call.
 */
#include "mm_store.h"

#include <apr_strings.h>
#include <apr_tables.h>
#include <stdlib.h>
#include <string.h>

struct mm_store {
    apr_pool_t *pool;               /* owns the store and its errors */
    const apr_dbd_driver_t *driver; /* apr_dbd driver of the handle */
    apr_dbd_t *handle;              /* borrowed connection */
    apr_hash_t *prepared;           /* label -> apr_dbd_prepared_t * */
    const char *error;              /* last error, "" if none */
};

/* Every column of a job row, in the order mm_store_row_to_job reads. */
#define MM_JOB_COLUMNS                                                        \
    "id, status, prompt, style_preset, quality, created_at, updated_at, "     \
    "queued_at, code_started_at, render_started_at, finished_at, "            \
    "attempt_number, parent_job_id, max_attempts, auto_fix_count, "           \
    "is_auto_fix, original_failed_job_id, code_source, code, explanation, "   \
    "animation_count, video_hash, error_message, error_logs, error_stage, "   \
    "error_type, error_at, is_cache_hit, cached_from_job_id, progress, "      \
    "progress_message, lease_owner, lease_expires, recover_count, chain_id, " \
    "gallery_id"

#define MM_RUNNING "('generating_code', 'rendering')"

/*
 * A done job's render time in ms, and one histogram bucket of it: the
 * bucket bounds here must match mm_store_render_bounds below (the unit
 * test test_store_stats pins both). Left unformatted: clang-format would
 * lay the bounds out as a staircase.
 */
#define MM_RENDER_MS "(finished_at - render_started_at)"
#define MM_RENDER_LE(ms)                                                      \
    ", SUM(CASE WHEN " MM_RENDER_MS " <= " ms " THEN 1 ELSE 0 END)"
/* clang-format off */
#define MM_RENDER_BUCKETS                                                     \
    MM_RENDER_LE("1000") MM_RENDER_LE("2000") MM_RENDER_LE("5000")            \
    MM_RENDER_LE("10000") MM_RENDER_LE("20000") MM_RENDER_LE("30000")         \
    MM_RENDER_LE("60000") MM_RENDER_LE("120000") MM_RENDER_LE("300000")
/* clang-format on */

const mm_store_stmt mm_store_statements[] = {
    {"mm_job_insert",
     "INSERT INTO jobs (" MM_JOB_COLUMNS ") VALUES (%s, %s, %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, "
     "%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"},
    {"mm_job_get", "SELECT " MM_JOB_COLUMNS " FROM jobs WHERE id = %s"},
    {"mm_claim_pick", "SELECT id FROM jobs WHERE status = 'queued' "
                      "ORDER BY queued_at, id LIMIT 1"},
    {"mm_claim_take",
     "UPDATE jobs SET status = 'generating_code', lease_owner = %s, "
     "lease_expires = %s, updated_at = %s, code_started_at = %s, "
     "progress = 5, progress_message = 'Preparing the scene code' "
     "WHERE id = %s AND status = 'queued'"},
    {"mm_progress",
     "UPDATE jobs SET status = %s, progress = %s, progress_message = %s, "
     "updated_at = %s, lease_expires = %s, render_started_at = CASE WHEN "
     "%s = 'rendering' AND render_started_at = 0 THEN %s ELSE "
     "render_started_at END WHERE id = %s AND lease_owner = %s AND "
     "status IN " MM_RUNNING},
    {"mm_set_code",
     "UPDATE jobs SET code = %s, explanation = %s, animation_count = %s, "
     "updated_at = %s WHERE id = %s AND lease_owner = %s AND "
     "status IN " MM_RUNNING},
    {"mm_finish_done",
     "UPDATE jobs SET status = 'done', video_hash = %s, progress = 100, "
     "progress_message = 'Done', finished_at = %s, updated_at = %s, "
     "lease_owner = NULL WHERE id = %s AND lease_owner = %s AND "
     "status = 'rendering'"},
    {"mm_fail_owned",
     "UPDATE jobs SET status = 'failed', error_type = %s, error_stage = %s, "
     "error_message = %s, error_logs = %s, error_at = %s, finished_at = %s, "
     "updated_at = %s, progress_message = 'Failed', lease_owner = NULL "
     "WHERE id = %s AND lease_owner = %s AND status IN " MM_RUNNING},
    {"mm_fail_expected",
     "UPDATE jobs SET status = 'failed', error_type = %s, error_stage = %s, "
     "error_message = %s, error_logs = %s, error_at = %s, finished_at = %s, "
     "updated_at = %s, progress_message = 'Failed', lease_owner = NULL "
     "WHERE id = %s AND status = %s"},
    {"mm_expired_pick",
     "SELECT id, recover_count FROM jobs WHERE status IN " MM_RUNNING
     " AND lease_expires < %s"},
    {"mm_requeue",
     "UPDATE jobs SET status = 'queued', lease_owner = NULL, "
     "recover_count = recover_count + 1, progress = 0, "
     "progress_message = 'Requeued after its render worker stopped', "
     "queued_at = %s, updated_at = %s, code_started_at = 0, "
     "render_started_at = 0 WHERE id = %s AND status IN " MM_RUNNING
     " AND lease_expires < %s"},
    {"mm_renew",
     "UPDATE jobs SET lease_expires = %s WHERE id = %s AND lease_owner = %s "
     "AND status IN " MM_RUNNING},
    {"mm_release",
     "UPDATE jobs SET status = 'queued', lease_owner = NULL, progress = 0, "
     "progress_message = 'Waiting in the queue (the render agent "
     "restarted)', queued_at = %s, updated_at = %s, code_started_at = 0, "
     "render_started_at = 0 WHERE id = %s AND lease_owner = %s AND "
     "status IN " MM_RUNNING},
    {"mm_heartbeat",
     "INSERT INTO agents (id, heartbeat_at, workers) VALUES (%s, %s, %s) "
     "ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at, "
     "workers = excluded.workers"},
    {"mm_live_agents", "SELECT COUNT(*) FROM agents WHERE heartbeat_at > %s"},
    {"mm_queue_position",
     "SELECT COUNT(*) FROM jobs WHERE status = 'queued' AND "
     "(queued_at < %s OR (queued_at = %s AND id < %s))"},
    /* Retry, auto-fix, code submission and the caches. */
    {"mm_chain_usage",
     "SELECT MAX(attempt_number), MAX(CASE WHEN attempt_number = %s THEN "
     "auto_fix_count ELSE 0 END) FROM jobs WHERE chain_id = %s"},
    {"mm_chain_list",
     "SELECT id, attempt_number, auto_fix_count, status FROM jobs WHERE "
     "chain_id = %s ORDER BY attempt_number, auto_fix_count LIMIT %s"},
    {"mm_running_list",
     "SELECT " MM_JOB_COLUMNS " FROM jobs WHERE status IN " MM_RUNNING},
    {"mm_finish_cached",
     "UPDATE jobs SET status = 'done', video_hash = %s, is_cache_hit = 1, "
     "cached_from_job_id = %s, progress = 100, progress_message = "
     "'Done (the same scene was rendered before)', finished_at = %s, "
     "updated_at = %s, lease_owner = NULL WHERE id = %s AND lease_owner = %s "
     "AND status IN " MM_RUNNING},
    {"mm_prompt_cache_get", "SELECT job_id FROM prompt_cache WHERE "
                            "cache_key = %s AND created_at >= %s"},
    {"mm_prompt_cache_touch",
     "UPDATE prompt_cache SET last_used_at = %s WHERE cache_key = %s"},
    {"mm_prompt_cache_put",
     "INSERT INTO prompt_cache (cache_key, job_id, created_at, last_used_at) "
     "VALUES (%s, %s, %s, %s) ON CONFLICT (cache_key) DO UPDATE SET "
     "job_id = excluded.job_id, created_at = excluded.created_at, "
     "last_used_at = excluded.last_used_at"},
    {"mm_prompt_cache_delete",
     "DELETE FROM prompt_cache WHERE cache_key = %s"},
    {"mm_prompt_cache_expire",
     "DELETE FROM prompt_cache WHERE created_at < %s"},
    {"mm_prompt_cache_trim",
     "DELETE FROM prompt_cache WHERE cache_key NOT IN (SELECT cache_key "
     "FROM prompt_cache ORDER BY last_used_at DESC, cache_key LIMIT %s)"},
    {"mm_render_cache_get",
     "SELECT video_hash, job_id FROM render_cache WHERE cache_key = %s"},
    {"mm_render_cache_put",
     "INSERT INTO render_cache (cache_key, video_hash, job_id, created_at) "
     "VALUES (%s, %s, %s, %s) ON CONFLICT (cache_key) DO UPDATE SET "
     "video_hash = excluded.video_hash, job_id = excluded.job_id, "
     "created_at = excluded.created_at"},
    /* Statistics: health and metrics. */
    {"mm_stats_ping", "SELECT 1 FROM jobs LIMIT 1"},
    {"mm_stats_jobs",
     "SELECT status, COUNT(*), SUM(CASE WHEN is_cache_hit <> 0 THEN 1 "
     "ELSE 0 END) FROM jobs GROUP BY status"},
    {"mm_stats_render",
     "SELECT COUNT(*), SUM(" MM_RENDER_MS ")" MM_RENDER_BUCKETS
     " FROM jobs WHERE status = 'done' AND render_started_at > 0 AND "
     "finished_at >= render_started_at"},
    {NULL, NULL}};

/* Schema: integer times in ms; 0 means "not yet". */
static const char *const mm_schema[] = {
    "CREATE TABLE IF NOT EXISTS jobs ("
    " id TEXT PRIMARY KEY, status TEXT NOT NULL, prompt TEXT NOT NULL,"
    " style_preset TEXT NOT NULL, quality TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
    " queued_at BIGINT NOT NULL, code_started_at BIGINT NOT NULL DEFAULT 0,"
    " render_started_at BIGINT NOT NULL DEFAULT 0,"
    " finished_at BIGINT NOT NULL DEFAULT 0,"
    " attempt_number INTEGER NOT NULL DEFAULT 1, parent_job_id TEXT,"
    " max_attempts INTEGER NOT NULL DEFAULT 3,"
    " auto_fix_count INTEGER NOT NULL DEFAULT 0,"
    " is_auto_fix INTEGER NOT NULL DEFAULT 0, original_failed_job_id TEXT,"
    " code_source TEXT NOT NULL DEFAULT 'generated', code TEXT,"
    " explanation TEXT, animation_count INTEGER NOT NULL DEFAULT 0,"
    " video_hash TEXT, error_message TEXT, error_logs TEXT,"
    " error_stage TEXT, error_type TEXT, error_at BIGINT NOT NULL DEFAULT 0,"
    " is_cache_hit INTEGER NOT NULL DEFAULT 0, cached_from_job_id TEXT,"
    " progress INTEGER NOT NULL DEFAULT 0, progress_message TEXT,"
    " lease_owner TEXT, lease_expires BIGINT NOT NULL DEFAULT 0,"
    " recover_count INTEGER NOT NULL DEFAULT 0, chain_id TEXT,"
    " gallery_id TEXT)",
    "CREATE INDEX IF NOT EXISTS jobs_queue ON jobs (status, queued_at, id)",
    "CREATE TABLE IF NOT EXISTS agents ("
    " id TEXT PRIMARY KEY, heartbeat_at BIGINT NOT NULL,"
    " workers INTEGER NOT NULL)",
    /* Prompt cache: normalised prompt + style + quality -> done job. */
    "CREATE TABLE IF NOT EXISTS prompt_cache ("
    " cache_key TEXT PRIMARY KEY, job_id TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, last_used_at BIGINT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS prompt_cache_lru ON prompt_cache "
    "(last_used_at)",
    /* Render cache: code + style + quality -> stored video. */
    "CREATE TABLE IF NOT EXISTS render_cache ("
    " cache_key TEXT PRIMARY KEY, video_hash TEXT NOT NULL,"
    " job_id TEXT NOT NULL, created_at BIGINT NOT NULL)",
    NULL};

/* A column added after its table was first released. */
typedef struct mm_added_column {
    const char *table;  /* existing table */
    const char *column; /* the new column */
    const char *type;   /* its SQL type and constraints */
} mm_added_column;

/* Columns that databases made by earlier versions lack. */
static const mm_added_column mm_added_columns[] = {
    {"jobs", "chain_id", "TEXT"},
    {"jobs", "gallery_id", "TEXT"},
    {NULL, NULL, NULL}};

/* Indexes over added columns: created once the columns exist. */
static const char *const mm_schema_late[] = {
    /* Retries and auto-fixes of one prompt are numbered within their
     * chain; the unique index makes two racing requests for the same
     * slot insert one job, never two. */
    "CREATE UNIQUE INDEX IF NOT EXISTS jobs_chain ON jobs "
    "(chain_id, attempt_number, auto_fix_count)",
    NULL};

mm_store *mm_store_dbd_wrap(apr_pool_t *pool, const apr_dbd_driver_t *drv,
                            apr_dbd_t *handle, apr_hash_t *prepared)
{
    mm_store *st = apr_pcalloc(pool, sizeof(*st));

    st->pool = pool;
    st->driver = drv;
    st->handle = handle;
    st->prepared = prepared;
    st->error = "";
    return st;
}

apr_hash_t *mm_store_dbd_prepare_all(apr_pool_t *pool,
                                     const apr_dbd_driver_t *drv,
                                     apr_dbd_t *handle, const char **error)
{
    apr_hash_t *h = apr_hash_make(pool);
    const mm_store_stmt *s;

    for (s = mm_store_statements; s->label; s++) {
        apr_dbd_prepared_t *stmt = NULL;
        int rc = apr_dbd_prepare(drv, pool, handle, s->sql, s->label, &stmt);
        if (rc != 0) {
            *error = apr_psprintf(pool, "preparing %s: %s", s->label,
                                  apr_dbd_error(drv, handle, rc));
            return NULL;
        }
        apr_hash_set(h, s->label, APR_HASH_KEY_STRING, stmt);
    }
    return h;
}

/* Runs each statement of `sql` (NULL-terminated); stops at an error. */
static int mm_schema_run(apr_pool_t *pool, const apr_dbd_driver_t *drv,
                         apr_dbd_t *handle, const char *const *sql,
                         const char **error)
{
    int nrows, rc;

    for (; *sql; sql++) {
        rc = apr_dbd_query(drv, handle, &nrows, *sql);
        if (rc != 0) {
            *error = apr_psprintf(pool, "creating the schema: %s",
                                  apr_dbd_error(drv, handle, rc));
            return MM_STORE_ERROR;
        }
    }
    return MM_STORE_OK;
}

/* 1 if `table` has `column` (a query naming it succeeds), else 0. */
static int mm_schema_has_column(apr_pool_t *pool, const apr_dbd_driver_t *drv,
                                apr_dbd_t *handle, const mm_added_column *c)
{
    apr_dbd_results_t *res = NULL;
    apr_dbd_row_t *row = NULL;
    const char *sql = apr_psprintf(pool, "SELECT %s FROM %s WHERE 1 = 0",
                                   c->column, c->table);

    if (apr_dbd_select(drv, pool, handle, &res, sql, 0) != 0)
        return 0;
    while (apr_dbd_get_row(drv, pool, res, &row, -1) == 0)
        ;
    return 1;
}

/*
 * Adds the columns older databases lack. Another process may add one
 * between the check and the ALTER; the ALTER then fails and a second
 * check tells.
 */
static int mm_schema_add_columns(apr_pool_t *pool, const apr_dbd_driver_t *drv,
                                 apr_dbd_t *handle, const char **error)
{
    const mm_added_column *c;
    int nrows, rc;

    for (c = mm_added_columns; c->table; c++) {
        if (mm_schema_has_column(pool, drv, handle, c))
            continue;
        rc =
            apr_dbd_query(drv, handle, &nrows,
                          apr_psprintf(pool, "ALTER TABLE %s ADD COLUMN %s %s",
                                       c->table, c->column, c->type));
        if (rc != 0 && !mm_schema_has_column(pool, drv, handle, c)) {
            *error = apr_psprintf(pool, "adding %s.%s: %s", c->table,
                                  c->column, apr_dbd_error(drv, handle, rc));
            return MM_STORE_ERROR;
        }
    }
    return MM_STORE_OK;
}

int mm_store_ensure_schema(apr_pool_t *pool, const apr_dbd_driver_t *drv,
                           apr_dbd_t *handle, const char **error)
{
    if (mm_schema_run(pool, drv, handle, mm_schema, error) != MM_STORE_OK ||
        mm_schema_add_columns(pool, drv, handle, error) != MM_STORE_OK)
        return MM_STORE_ERROR;
    return mm_schema_run(pool, drv, handle, mm_schema_late, error);
}

const char *mm_store_error(const mm_store *st)
{
    return st->error;
}

/* Looks up a prepared statement; records an error if it is missing. */
static apr_dbd_prepared_t *mm_stmt(mm_store *st, const char *label)
{
    apr_dbd_prepared_t *stmt =
        apr_hash_get(st->prepared, label, APR_HASH_KEY_STRING);

    if (!stmt)
        st->error =
            apr_psprintf(st->pool, "statement %s is not prepared", label);
    return stmt;
}

/*
 * Runs an UPDATE/INSERT with string arguments. Returns MM_STORE_OK when a
 * row changed, MM_STORE_LOST when none did, MM_STORE_ERROR on failure.
 */
static int mm_exec(mm_store *st, apr_pool_t *pool, const char *label,
                   int nargs, const char **args)
{
    apr_dbd_prepared_t *stmt = mm_stmt(st, label);
    int nrows = 0, rc;

    if (!stmt)
        return MM_STORE_ERROR;
    rc = apr_dbd_pquery(st->driver, pool, st->handle, &nrows, stmt, nargs,
                        args);
    if (rc != 0) {
        st->error = apr_psprintf(st->pool, "%s: %s", label,
                                 apr_dbd_error(st->driver, st->handle, rc));
        return MM_STORE_ERROR;
    }
    return nrows > 0 ? MM_STORE_OK : MM_STORE_LOST;
}

/* Runs a SELECT; on success *res holds the sequential result set. */
static int mm_select(mm_store *st, apr_pool_t *pool, const char *label,
                     int nargs, const char **args, apr_dbd_results_t **res)
{
    apr_dbd_prepared_t *stmt = mm_stmt(st, label);
    int rc;

    if (!stmt)
        return MM_STORE_ERROR;
    *res = NULL;
    rc = apr_dbd_pselect(st->driver, pool, st->handle, res, stmt, 0, nargs,
                         args);
    if (rc != 0) {
        st->error = apr_psprintf(st->pool, "%s: %s", label,
                                 apr_dbd_error(st->driver, st->handle, rc));
        return MM_STORE_ERROR;
    }
    return MM_STORE_OK;
}

/* Reads the next row, or returns NULL at the end of the results. */
static apr_dbd_row_t *mm_next_row(mm_store *st, apr_pool_t *pool,
                                  apr_dbd_results_t *res)
{
    apr_dbd_row_t *row = NULL;

    if (apr_dbd_get_row(st->driver, pool, res, &row, -1) != 0)
        return NULL;
    return row;
}

/* Drains what is left of a result set, as apr_dbd requires. */
static void mm_drain(mm_store *st, apr_pool_t *pool, apr_dbd_results_t *res)
{
    while (mm_next_row(st, pool, res))
        ;
}

static const char *mm_col(mm_store *st, apr_dbd_row_t *row, int n,
                          apr_pool_t *pool)
{
    const char *v = apr_dbd_get_entry(st->driver, row, n);

    return v ? apr_pstrdup(pool, v) : NULL;
}

static apr_int64_t mm_col_int(mm_store *st, apr_dbd_row_t *row, int n)
{
    const char *v = apr_dbd_get_entry(st->driver, row, n);

    return v ? apr_atoi64(v) : 0;
}

static const char *mm_i64(apr_pool_t *pool, apr_int64_t v)
{
    return apr_psprintf(pool, "%" APR_INT64_T_FMT, v);
}

static mm_job *mm_row_to_job(mm_store *st, apr_pool_t *p, apr_dbd_row_t *r)
{
    mm_job *j = apr_pcalloc(p, sizeof(*j));
    int c = 0;

    j->id = mm_col(st, r, c++, p);
    if (mm_job_status_parse(mm_col(st, r, c++, p), &j->status) != 0)
        j->status = MM_JOB_FAILED;
    j->prompt = mm_col(st, r, c++, p);
    j->style_preset = mm_col(st, r, c++, p);
    j->quality = mm_col(st, r, c++, p);
    j->created_at = mm_col_int(st, r, c++);
    j->updated_at = mm_col_int(st, r, c++);
    j->queued_at = mm_col_int(st, r, c++);
    j->code_started_at = mm_col_int(st, r, c++);
    j->render_started_at = mm_col_int(st, r, c++);
    j->finished_at = mm_col_int(st, r, c++);
    j->attempt_number = (int)mm_col_int(st, r, c++);
    j->parent_job_id = mm_col(st, r, c++, p);
    j->max_attempts = (int)mm_col_int(st, r, c++);
    j->auto_fix_count = (int)mm_col_int(st, r, c++);
    j->is_auto_fix = (int)mm_col_int(st, r, c++);
    j->original_failed_job_id = mm_col(st, r, c++, p);
    j->code_source = mm_col(st, r, c++, p);
    j->code = mm_col(st, r, c++, p);
    j->explanation = mm_col(st, r, c++, p);
    j->animation_count = (int)mm_col_int(st, r, c++);
    j->video_hash = mm_col(st, r, c++, p);
    j->error_message = mm_col(st, r, c++, p);
    j->error_logs = mm_col(st, r, c++, p);
    j->error_stage = mm_col(st, r, c++, p);
    j->error_type = mm_col(st, r, c++, p);
    j->error_at = mm_col_int(st, r, c++);
    j->is_cache_hit = (int)mm_col_int(st, r, c++);
    j->cached_from_job_id = mm_col(st, r, c++, p);
    j->progress = (int)mm_col_int(st, r, c++);
    j->progress_message = mm_col(st, r, c++, p);
    j->lease_owner = mm_col(st, r, c++, p);
    j->lease_expires = mm_col_int(st, r, c++);
    j->recover_count = (int)mm_col_int(st, r, c++);
    j->chain_id = mm_col(st, r, c++, p);
    j->gallery_id = mm_col(st, r, c++, p);
    return j;
}

int mm_store_insert(mm_store *st, const mm_job *j)
{
    apr_pool_t *p;
    const char *a[36];
    int n = 0, rc;

    apr_pool_create(&p, st->pool);
    a[n++] = j->id;
    a[n++] = mm_job_status_name(j->status);
    a[n++] = j->prompt;
    a[n++] = j->style_preset;
    a[n++] = j->quality;
    a[n++] = mm_i64(p, j->created_at);
    a[n++] = mm_i64(p, j->updated_at);
    a[n++] = mm_i64(p, j->queued_at);
    a[n++] = mm_i64(p, j->code_started_at);
    a[n++] = mm_i64(p, j->render_started_at);
    a[n++] = mm_i64(p, j->finished_at);
    a[n++] = mm_i64(p, j->attempt_number);
    a[n++] = j->parent_job_id;
    a[n++] = mm_i64(p, j->max_attempts);
    a[n++] = mm_i64(p, j->auto_fix_count);
    a[n++] = mm_i64(p, j->is_auto_fix);
    a[n++] = j->original_failed_job_id;
    a[n++] = j->code_source;
    a[n++] = j->code;
    a[n++] = j->explanation;
    a[n++] = mm_i64(p, j->animation_count);
    a[n++] = j->video_hash;
    a[n++] = j->error_message;
    a[n++] = j->error_logs;
    a[n++] = j->error_stage;
    a[n++] = j->error_type;
    a[n++] = mm_i64(p, j->error_at);
    a[n++] = mm_i64(p, j->is_cache_hit);
    a[n++] = j->cached_from_job_id;
    a[n++] = mm_i64(p, j->progress);
    a[n++] = j->progress_message;
    a[n++] = j->lease_owner;
    a[n++] = mm_i64(p, j->lease_expires);
    a[n++] = mm_i64(p, j->recover_count);
    a[n++] = j->chain_id;
    a[n++] = j->gallery_id;
    rc = mm_exec(st, p, "mm_job_insert", n, a);
    apr_pool_destroy(p);
    return rc == MM_STORE_LOST ? MM_STORE_ERROR : rc;
}

int mm_store_get(mm_store *st, apr_pool_t *pool, const char *id, mm_job **out)
{
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;
    const char *args[1] = {id};

    *out = NULL;
    if (mm_select(st, pool, "mm_job_get", 1, args, &res) != MM_STORE_OK)
        return MM_STORE_ERROR;
    row = mm_next_row(st, pool, res);
    if (!row)
        return MM_STORE_NOTFOUND;
    *out = mm_row_to_job(st, pool, row);
    mm_drain(st, pool, res);
    return MM_STORE_OK;
}

/* Sets *id to the oldest queued job's id, or NULL if none. */
static int mm_claim_pick(mm_store *st, apr_pool_t *pool, const char **id)
{
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;

    *id = NULL;
    if (mm_select(st, pool, "mm_claim_pick", 0, NULL, &res) != MM_STORE_OK)
        return MM_STORE_ERROR;
    row = mm_next_row(st, pool, res);
    if (row) {
        *id = mm_col(st, row, 0, pool);
        mm_drain(st, pool, res);
    }
    return MM_STORE_OK;
}

int mm_store_claim(mm_store *st, apr_pool_t *pool, const char *owner,
                   apr_int64_t now, apr_int64_t lease_expires, mm_job **out)
{
    const char *id, *args[5];
    int tries, rc;

    *out = NULL;
    /* Another worker may take the same row between pick and take; the
     * conditional UPDATE tells, and the next oldest is tried. */
    for (tries = 0; tries < 8; tries++) {
        if (mm_claim_pick(st, pool, &id) != MM_STORE_OK)
            return MM_STORE_ERROR;
        if (!id)
            return MM_STORE_NOTFOUND;
        args[0] = owner;
        args[1] = mm_i64(pool, lease_expires);
        args[2] = mm_i64(pool, now);
        args[3] = args[2];
        args[4] = id;
        rc = mm_exec(st, pool, "mm_claim_take", 5, args);
        if (rc == MM_STORE_ERROR)
            return rc;
        if (rc == MM_STORE_OK)
            return mm_store_get(st, pool, id, out);
    }
    return MM_STORE_NOTFOUND;
}

int mm_store_progress(mm_store *st, const char *id, const char *owner,
                      mm_job_status status, int progress, const char *message,
                      apr_int64_t now, apr_int64_t lease_expires)
{
    apr_pool_t *p;
    const char *a[9];
    int rc;

    apr_pool_create(&p, st->pool);
    a[0] = mm_job_status_name(status);
    a[1] = mm_i64(p, progress);
    a[2] = message;
    a[3] = mm_i64(p, now);
    a[4] = mm_i64(p, lease_expires);
    a[5] = a[0];
    a[6] = a[3];
    a[7] = id;
    a[8] = owner;
    rc = mm_exec(st, p, "mm_progress", 9, a);
    apr_pool_destroy(p);
    return rc;
}

int mm_store_set_code(mm_store *st, const char *id, const char *owner,
                      const char *code, const char *explanation,
                      int animation_count, apr_int64_t now)
{
    apr_pool_t *p;
    const char *a[6];
    int rc;

    apr_pool_create(&p, st->pool);
    a[0] = code;
    a[1] = explanation;
    a[2] = mm_i64(p, animation_count);
    a[3] = mm_i64(p, now);
    a[4] = id;
    a[5] = owner;
    rc = mm_exec(st, p, "mm_set_code", 6, a);
    apr_pool_destroy(p);
    return rc;
}

int mm_store_finish_done(mm_store *st, const char *id, const char *owner,
                         const char *video_hash, apr_int64_t now)
{
    apr_pool_t *p;
    const char *a[5];
    int rc;

    apr_pool_create(&p, st->pool);
    a[0] = video_hash;
    a[1] = mm_i64(p, now);
    a[2] = a[1];
    a[3] = id;
    a[4] = owner;
    rc = mm_exec(st, p, "mm_finish_done", 5, a);
    apr_pool_destroy(p);
    return rc;
}

int mm_store_fail(mm_store *st, const char *id, const char *owner,
                  mm_job_status expected, const mm_job_failure *f,
                  apr_int64_t now)
{
    apr_pool_t *p;
    const char *a[9];
    int rc;

    apr_pool_create(&p, st->pool);
    a[0] = f->type;
    a[1] = f->stage;
    a[2] = f->message;
    a[3] = mm_job_bound_logs(p, f->logs);
    a[4] = mm_i64(p, now);
    a[5] = a[4];
    a[6] = a[4];
    a[7] = id;
    a[8] = owner ? owner : mm_job_status_name(expected);
    rc = mm_exec(st, p, owner ? "mm_fail_owned" : "mm_fail_expected", 9, a);
    apr_pool_destroy(p);
    return rc;
}

int mm_store_renew(mm_store *st, const char *id, const char *owner,
                   apr_int64_t lease_expires)
{
    apr_pool_t *p;
    const char *a[3];
    int rc;

    apr_pool_create(&p, st->pool);
    a[0] = mm_i64(p, lease_expires);
    a[1] = id;
    a[2] = owner;
    rc = mm_exec(st, p, "mm_renew", 3, a);
    apr_pool_destroy(p);
    return rc;
}

int mm_store_release(mm_store *st, const char *id, const char *owner,
                     apr_int64_t now)
{
    apr_pool_t *p;
    const char *a[4];
    int rc;

    apr_pool_create(&p, st->pool);
    a[0] = mm_i64(p, now);
    a[1] = a[0];
    a[2] = id;
    a[3] = owner;
    rc = mm_exec(st, p, "mm_release", 4, a);
    apr_pool_destroy(p);
    return rc;
}

/* Fails one job whose worker died too often. */
static int mm_fail_abandoned(mm_store *st, const char *id, apr_int64_t now)
{
    mm_job_failure f = {
        MM_ERR_INTERNAL, MM_STAGE_RENDER,
        "The render worker stopped while working on this job, more than "
        "once. Please retry; if it keeps happening, the server's render "
        "agent needs attention.",
        NULL};
    mm_job_failure *fp = &f;
    int rc;

    /* A job is either generating or rendering; try both. */
    rc = mm_store_fail(st, id, NULL, MM_JOB_RENDERING, fp, now);
    if (rc == MM_STORE_LOST)
        rc = mm_store_fail(st, id, NULL, MM_JOB_GENERATING_CODE, fp, now);
    return rc;
}

int mm_store_recover_expired(mm_store *st, apr_pool_t *pool, apr_int64_t now,
                             int max_recoveries, int *count)
{
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;
    apr_array_header_t *ids = apr_array_make(pool, 4, sizeof(char *));
    apr_array_header_t *fails = apr_array_make(pool, 4, sizeof(char *));
    const char *now_s = mm_i64(pool, now), *a[4];
    int i, rc;

    *count = 0;
    a[0] = now_s;
    if (mm_select(st, pool, "mm_expired_pick", 1, a, &res) != MM_STORE_OK)
        return MM_STORE_ERROR;
    while ((row = mm_next_row(st, pool, res))) {
        const char *id = mm_col(st, row, 0, pool);
        int recovered = (int)mm_col_int(st, row, 1);
        *(const char **)apr_array_push(
            recovered < max_recoveries ? ids : fails) = id;
    }
    for (i = 0; i < ids->nelts; i++) {
        a[0] = now_s;
        a[1] = now_s;
        a[2] = APR_ARRAY_IDX(ids, i, const char *);
        a[3] = now_s;
        rc = mm_exec(st, pool, "mm_requeue", 4, a);
        if (rc == MM_STORE_ERROR)
            return rc;
        *count += rc == MM_STORE_OK;
    }
    for (i = 0; i < fails->nelts; i++) {
        rc = mm_fail_abandoned(st, APR_ARRAY_IDX(fails, i, const char *), now);
        if (rc == MM_STORE_ERROR)
            return rc;
        *count += rc == MM_STORE_OK;
    }
    return MM_STORE_OK;
}

int mm_store_heartbeat(mm_store *st, const char *agent_id, int workers,
                       apr_int64_t now)
{
    apr_pool_t *p;
    const char *a[3];
    int rc;

    apr_pool_create(&p, st->pool);
    a[0] = agent_id;
    a[1] = mm_i64(p, now);
    a[2] = mm_i64(p, workers);
    rc = mm_exec(st, p, "mm_heartbeat", 3, a);
    apr_pool_destroy(p);
    return rc == MM_STORE_ERROR ? rc : MM_STORE_OK;
}

/* Runs a one-row, one-column COUNT statement into *out. */
static int mm_count(mm_store *st, const char *label, int nargs,
                    const char **args, int *out)
{
    apr_pool_t *p;
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;
    int rc;

    *out = 0;
    apr_pool_create(&p, st->pool);
    rc = mm_select(st, p, label, nargs, args, &res);
    if (rc == MM_STORE_OK && (row = mm_next_row(st, p, res))) {
        *out = (int)mm_col_int(st, row, 0);
        mm_drain(st, p, res);
    }
    apr_pool_destroy(p);
    return rc;
}

int mm_store_live_agents(mm_store *st, apr_int64_t since, int *alive)
{
    char buf[32];
    const char *a[1] = {buf};

    apr_snprintf(buf, sizeof(buf), "%" APR_INT64_T_FMT, since);
    return mm_count(st, "mm_live_agents", 1, a, alive);
}

int mm_store_queue_position(mm_store *st, const mm_job *job, int *position)
{
    char buf[32];
    const char *a[3] = {buf, buf, job->id};

    apr_snprintf(buf, sizeof(buf), "%" APR_INT64_T_FMT, job->queued_at);
    return mm_count(st, "mm_queue_position", 3, a, position);
}

/* Retry, auto-fix, code submission and the caches. */

int mm_store_chain_usage(mm_store *st, const char *chain_id, int attempt,
                         int *attempts, int *auto_fixes)
{
    apr_pool_t *p;
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;
    const char *a[2];
    int rc;

    *attempts = *auto_fixes = 0;
    apr_pool_create(&p, st->pool);
    a[0] = mm_i64(p, attempt);
    a[1] = chain_id;
    rc = mm_select(st, p, "mm_chain_usage", 2, a, &res);
    if (rc == MM_STORE_OK && (row = mm_next_row(st, p, res))) {
        *attempts = (int)mm_col_int(st, row, 0);
        *auto_fixes = (int)mm_col_int(st, row, 1);
        mm_drain(st, p, res);
    }
    apr_pool_destroy(p);
    return rc;
}

int mm_store_chain_list(mm_store *st, apr_pool_t *pool, const char *chain_id,
                        apr_array_header_t **entries)
{
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;
    const char *a[2] = {chain_id, mm_i64(pool, MM_STORE_CHAIN_LIST_MAX)};

    *entries = apr_array_make(pool, 4, sizeof(mm_chain_entry));
    if (mm_select(st, pool, "mm_chain_list", 2, a, &res) != MM_STORE_OK)
        return MM_STORE_ERROR;
    while ((row = mm_next_row(st, pool, res))) {
        mm_chain_entry *e = apr_array_push(*entries);
        e->id = mm_col(st, row, 0, pool);
        e->attempt_number = (int)mm_col_int(st, row, 1);
        e->auto_fix_count = (int)mm_col_int(st, row, 2);
        if (mm_job_status_parse(mm_col(st, row, 3, pool), &e->status) != 0)
            e->status = MM_JOB_FAILED;
    }
    return MM_STORE_OK;
}

int mm_store_list_running(mm_store *st, apr_pool_t *pool,
                          apr_array_header_t **jobs)
{
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;

    *jobs = apr_array_make(pool, 4, sizeof(mm_job *));
    if (mm_select(st, pool, "mm_running_list", 0, NULL, &res) != MM_STORE_OK)
        return MM_STORE_ERROR;
    while ((row = mm_next_row(st, pool, res)))
        *(mm_job **)apr_array_push(*jobs) = mm_row_to_job(st, pool, row);
    return MM_STORE_OK;
}

int mm_store_finish_cached(mm_store *st, const char *id, const char *owner,
                           const char *video_hash, const char *from_job_id,
                           apr_int64_t now)
{
    apr_pool_t *p;
    const char *a[6];
    int rc;

    apr_pool_create(&p, st->pool);
    a[0] = video_hash;
    a[1] = from_job_id;
    a[2] = mm_i64(p, now);
    a[3] = a[2];
    a[4] = id;
    a[5] = owner;
    rc = mm_exec(st, p, "mm_finish_cached", 6, a);
    apr_pool_destroy(p);
    return rc;
}

/* Reads the first row of a SELECT into `ncols` strings in `pool`. */
static int mm_select_one(mm_store *st, apr_pool_t *pool, const char *label,
                         int nargs, const char **args, int ncols,
                         const char **cols)
{
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;
    int i;

    if (mm_select(st, pool, label, nargs, args, &res) != MM_STORE_OK)
        return MM_STORE_ERROR;
    if (!(row = mm_next_row(st, pool, res)))
        return MM_STORE_NOTFOUND;
    for (i = 0; i < ncols; i++)
        cols[i] = mm_col(st, row, i, pool);
    mm_drain(st, pool, res);
    return MM_STORE_OK;
}

int mm_store_prompt_cache_get(mm_store *st, apr_pool_t *pool, const char *key,
                              apr_int64_t since, const char **job_id)
{
    const char *a[2] = {key, mm_i64(pool, since)};

    *job_id = NULL;
    return mm_select_one(st, pool, "mm_prompt_cache_get", 2, a, 1, job_id);
}

/* Runs a write whose "no row changed" is no failure. */
static int mm_exec_any(mm_store *st, const char *label, int nargs,
                       const char **args)
{
    apr_pool_t *p;
    int rc;

    apr_pool_create(&p, st->pool);
    rc = mm_exec(st, p, label, nargs, args);
    apr_pool_destroy(p);
    return rc == MM_STORE_ERROR ? rc : MM_STORE_OK;
}

int mm_store_prompt_cache_touch(mm_store *st, const char *key, apr_int64_t now)
{
    char buf[32];
    const char *a[2] = {buf, key};

    apr_snprintf(buf, sizeof(buf), "%" APR_INT64_T_FMT, now);
    return mm_exec_any(st, "mm_prompt_cache_touch", 2, a);
}

int mm_store_prompt_cache_put(mm_store *st, const char *key,
                              const char *job_id, apr_int64_t now)
{
    char buf[32];
    const char *a[4] = {key, job_id, buf, buf};

    apr_snprintf(buf, sizeof(buf), "%" APR_INT64_T_FMT, now);
    return mm_exec_any(st, "mm_prompt_cache_put", 4, a);
}

int mm_store_prompt_cache_delete(mm_store *st, const char *key)
{
    const char *a[1] = {key};

    return mm_exec_any(st, "mm_prompt_cache_delete", 1, a);
}

int mm_store_prompt_cache_prune(mm_store *st, apr_int64_t oldest,
                                int max_entries)
{
    char when[32], count[32];
    const char *a[1] = {when}, *b[1] = {count};

    apr_snprintf(when, sizeof(when), "%" APR_INT64_T_FMT, oldest);
    apr_snprintf(count, sizeof(count), "%d", max_entries);
    if (mm_exec_any(st, "mm_prompt_cache_expire", 1, a) != MM_STORE_OK)
        return MM_STORE_ERROR;
    return mm_exec_any(st, "mm_prompt_cache_trim", 1, b);
}

int mm_store_render_cache_get(mm_store *st, apr_pool_t *pool, const char *key,
                              const char **video_hash, const char **job_id)
{
    const char *a[1] = {key}, *cols[2] = {NULL, NULL};
    int rc = mm_select_one(st, pool, "mm_render_cache_get", 1, a, 2, cols);

    *video_hash = cols[0];
    *job_id = cols[1];
    return rc;
}

int mm_store_render_cache_put(mm_store *st, const char *key,
                              const char *video_hash, const char *job_id,
                              apr_int64_t now)
{
    char buf[32];
    const char *a[4] = {key, video_hash, job_id, buf};

    apr_snprintf(buf, sizeof(buf), "%" APR_INT64_T_FMT, now);
    return mm_exec_any(st, "mm_render_cache_put", 4, a);
}

/* Statistics: health and metrics. */

/* Must match the MM_RENDER_LE bounds of "mm_stats_render" (in ms). */
const int mm_store_render_bounds[MM_STATS_RENDER_BUCKETS] = {
    1, 2, 5, 10, 20, 30, 60, 120, 300};

int mm_store_ping(mm_store *st)
{
    apr_pool_t *p;
    apr_dbd_results_t *res;
    int rc;

    apr_pool_create(&p, st->pool);
    rc = mm_select(st, p, "mm_stats_ping", 0, NULL, &res);
    if (rc == MM_STORE_OK)
        mm_drain(st, p, res);
    apr_pool_destroy(p);
    return rc;
}

/* Adds the per-status counts and the cache hits to *out. */
static int mm_stats_jobs(mm_store *st, apr_pool_t *p, mm_store_stats *out)
{
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;
    mm_job_status status;

    if (mm_select(st, p, "mm_stats_jobs", 0, NULL, &res) != MM_STORE_OK)
        return MM_STORE_ERROR;
    while ((row = mm_next_row(st, p, res))) {
        /* A status this build does not know is left out. */
        if (mm_job_status_parse(apr_dbd_get_entry(st->driver, row, 0),
                                &status) == 0)
            out->jobs[status] += mm_col_int(st, row, 1);
        out->cache_hits += mm_col_int(st, row, 2);
    }
    return MM_STORE_OK;
}

/* Reads the render-time count, sum and histogram into *out. */
static int mm_stats_render(mm_store *st, apr_pool_t *p, mm_store_stats *out)
{
    apr_dbd_results_t *res;
    apr_dbd_row_t *row;
    int i;

    if (mm_select(st, p, "mm_stats_render", 0, NULL, &res) != MM_STORE_OK)
        return MM_STORE_ERROR;
    if (!(row = mm_next_row(st, p, res)))
        return MM_STORE_OK;
    out->renders = mm_col_int(st, row, 0);
    out->render_ms = mm_col_int(st, row, 1); /* NULL (no rows) reads 0 */
    for (i = 0; i < MM_STATS_RENDER_BUCKETS; i++)
        out->render_le[i] = mm_col_int(st, row, 2 + i);
    mm_drain(st, p, res);
    return MM_STORE_OK;
}

int mm_store_read_stats(mm_store *st, apr_int64_t agents_since,
                        mm_store_stats *out)
{
    apr_pool_t *p;
    int rc;

    memset(out, 0, sizeof(*out));
    apr_pool_create(&p, st->pool);
    rc = mm_stats_jobs(st, p, out);
    if (rc == MM_STORE_OK)
        rc = mm_stats_render(st, p, out);
    apr_pool_destroy(p);
    if (rc == MM_STORE_OK)
        rc = mm_store_live_agents(st, agents_since, &out->agents_alive);
    return rc;
}
