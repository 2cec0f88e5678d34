/*
 * mm_ratelimit: the submission rate limit over mod_socache. See
 * mm_ratelimit.h.
 *
 * Log numbers MM00200-MM00219.
 */
#include "mm_ratelimit.h"

#include "ap_provider.h"
#include "ap_socache.h"
#include "http_log.h"
#include "http_protocol.h"
#include "util_mutex.h"
#include "apr_atomic.h"
#include "apr_shm.h"
#include "apr_strings.h"

#include "mm_http.h"

APLOG_USE_MODULE(mathmotion);

/* The global mutex's type, for the Mutex directive. */
static const char *const mm_rl_mutex_type = "mathmotion-ratelimit";

/* The cache's name for its provider (at most 16 characters). */
static const char *const mm_rl_cache_name = "mathmotion-rl";

/* The key of a client's window: this prefix and its address. */
#define MM_RL_KEY_PREFIX "mm-rl:"

/* Where a counted request keeps its quota (r->pool user data). */
#define MM_RL_QUOTA_KEY "mathmotion-ratelimit-quota"

/*
 * Process-wide state, as in mod_authn_socache: the cache is one for the
 * whole server, set up anew for each configuration generation.
 */
static ap_socache_provider_t *mm_rl_provider; /* NULL: none loaded */
static ap_socache_instance_t *mm_rl_instance; /* NULL until created */
static apr_global_mutex_t *mm_rl_mutex;       /* NULL: limit unused */
static apr_uint32_t *mm_rl_refused; /* in shared memory; NULL unused */

/* A client's window as stored in the cache. */
typedef struct mm_rl_window {
    apr_time_t start;   /* when its first submission came */
    apr_uint32_t count; /* submissions counted since */
} mm_rl_window;

/* A counted request's quota, after its own submission. */
typedef struct mm_rl_quota {
    int limit;     /* submissions per window */
    int window;    /* the window in seconds */
    int remaining; /* submissions left in the window */
    int reset;     /* seconds until the window ends, at least 1 */
    int refused;   /* 1 if this submission was over the limit */
} mm_rl_quota;

int mm_ratelimit_pre_config(apr_pool_t *pconf, apr_pool_t *plog,
                            apr_pool_t *ptemp)
{
    apr_status_t rv =
        ap_mutex_register(pconf, mm_rl_mutex_type, NULL, APR_LOCK_DEFAULT, 0);

    (void)ptemp;
    if (rv != APR_SUCCESS) {
        ap_log_perror(APLOG_MARK, APLOG_CRIT, rv, plog,
                      MMLOGNO(00200) "cannot register the %s mutex",
                      mm_rl_mutex_type);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    /* The directive may choose another provider while the config is read. */
    mm_rl_provider = ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP,
                                        AP_SOCACHE_DEFAULT_PROVIDER,
                                        AP_SOCACHE_PROVIDER_VERSION);
    mm_rl_instance = NULL;
    mm_rl_mutex = NULL;
    mm_rl_refused = NULL;
    return OK;
}

const char *mm_ratelimit_set_cache(cmd_parms *cmd, void *dummy,
                                   const char *arg)
{
    const char *err = ap_check_cmd_context(cmd, GLOBAL_ONLY);
    const char *sep = strchr(arg, ':'), *name = arg;

    (void)dummy;
    if (err)
        return err;
    if (sep)
        name = apr_pstrmemdup(cmd->pool, arg, (apr_size_t)(sep++ - arg));
    mm_rl_provider = ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP, name,
                                        AP_SOCACHE_PROVIDER_VERSION);
    if (!mm_rl_provider)
        return apr_psprintf(cmd->pool,
                            "%s: unknown socache provider '%s'; load its "
                            "module (mod_socache_%s) before this line",
                            cmd->cmd->name, name, name);
    err = mm_rl_provider->create(&mm_rl_instance, sep, cmd->temp_pool,
                                 cmd->pool);
    if (err)
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    return NULL;
}

/* pconf cleanup: the generation's cache and mutex are gone. */
static apr_status_t mm_rl_cleanup(void *data)
{
    if (mm_rl_instance && mm_rl_provider)
        mm_rl_provider->destroy(mm_rl_instance, data);
    mm_rl_instance = NULL;
    mm_rl_mutex = NULL; /* destroyed by its own cleanup on pconf */
    mm_rl_refused = NULL;
    return APR_SUCCESS;
}

/* 1 if any (virtual) server limits submissions. */
static int mm_rl_enabled(server_rec *s)
{
    for (; s; s = s->next) {
        const mm_server_conf *conf =
            ap_get_module_config(s->module_config, &mathmotion_module);
        if (conf->rate_limit > 0)
            return 1;
    }
    return 0;
}

/*
 * Creates the refusal counter in shared memory that the children
 * inherit: anonymous where the platform has it, else a file in the
 * runtime directory.
 */
static apr_status_t mm_rl_create_counter(apr_pool_t *pconf)
{
    apr_size_t size = sizeof(*mm_rl_refused);
    apr_shm_t *shm;
    apr_status_t rv = apr_shm_create(&shm, size, NULL, pconf);

    if (APR_STATUS_IS_ENOTIMPL(rv)) {
        const char *file =
            ap_runtime_dir_relative(pconf, "mathmotion-ratelimit.shm");
        apr_shm_remove(file, pconf); /* left by a crashed httpd */
        rv = apr_shm_create(&shm, size, file, pconf);
    }
    if (rv != APR_SUCCESS)
        return rv;
    mm_rl_refused = apr_shm_baseaddr_get(shm);
    apr_atomic_set32(mm_rl_refused, 0);
    return APR_SUCCESS;
}

int mm_ratelimit_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                             apr_pool_t *ptemp, server_rec *s)
{
    static const struct ap_socache_hints hints = {32, sizeof(mm_rl_window),
                                                  apr_time_from_sec(60)};
    const char *err;
    apr_status_t rv;

    if (!mm_rl_enabled(s))
        return OK; /* no cache, no mutex: nothing is limited */
    if (!mm_rl_provider) {
        ap_log_perror(APLOG_MARK, APLOG_CRIT, 0, plog,
                      MMLOGNO(00201) "MathMotionRateLimit needs a socache "
                                     "provider: load mod_socache_shmcb, "
                                     "choose one with "
                                     "MathMotionRateLimitCache, or set "
                                     "MathMotionRateLimit off");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    if (!mm_rl_instance &&
        (err = mm_rl_provider->create(&mm_rl_instance, NULL, ptemp, pconf))) {
        ap_log_perror(APLOG_MARK, APLOG_CRIT, 0, plog,
                      MMLOGNO(00202) "cannot create the rate limit cache: %s",
                      err);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    apr_pool_cleanup_register(pconf, s, mm_rl_cleanup, apr_pool_cleanup_null);
    rv = ap_global_mutex_create(&mm_rl_mutex, NULL, mm_rl_mutex_type, NULL, s,
                                pconf, 0);
    if (rv == APR_SUCCESS)
        rv = mm_rl_provider->init(mm_rl_instance, mm_rl_cache_name, &hints, s,
                                  pconf);
    if (rv == APR_SUCCESS)
        rv = mm_rl_create_counter(pconf);
    if (rv != APR_SUCCESS) {
        ap_log_perror(APLOG_MARK, APLOG_CRIT, rv, plog,
                      MMLOGNO(00203) "cannot set up the rate limit (%s "
                                     "cache, %s mutex, shared counter)",
                      mm_rl_provider->name, mm_rl_mutex_type);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return OK;
}

void mm_ratelimit_child_init(apr_pool_t *pchild, server_rec *s)
{
    apr_status_t rv;

    if (!mm_rl_mutex)
        return;
    rv = apr_global_mutex_child_init(
        &mm_rl_mutex, apr_global_mutex_lockfile(mm_rl_mutex), pchild);
    if (rv != APR_SUCCESS)
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s,
                     MMLOGNO(00204) "cannot attach the %s mutex in a child",
                     mm_rl_mutex_type);
}

/* Fills *q from window `w` as of `now`. */
static void mm_rl_fill_quota(const mm_server_conf *conf, const mm_rl_window *w,
                             apr_time_t now, mm_rl_quota *q)
{
    apr_time_t left = w->start + apr_time_from_sec(conf->rate_window) - now;

    q->limit = conf->rate_limit;
    q->window = conf->rate_window;
    q->remaining = conf->rate_limit > (int)w->count
                       ? conf->rate_limit - (int)w->count
                       : 0;
    /* Whole seconds, rounded up: retrying after them always succeeds. */
    q->reset = (int)((left + APR_USEC_PER_SEC - 1) / APR_USEC_PER_SEC);
    if (q->reset < 1)
        q->reset = 1;
}

/*
 * Counts a submission of r's client under the mutex, filling *q. Returns
 * APR_SUCCESS, or the failing step's status (the submission was then not
 * counted).
 */
static apr_status_t mm_rl_count(request_rec *r, const mm_server_conf *conf,
                                mm_rl_quota *q)
{
    const char *key =
        apr_pstrcat(r->pool, MM_RL_KEY_PREFIX, r->useragent_ip, NULL);
    unsigned int keylen = (unsigned int)strlen(key),
                 len = sizeof(mm_rl_window);
    apr_time_t now = apr_time_now(),
               window = apr_time_from_sec(conf->rate_window);
    mm_rl_window w;
    apr_status_t rv, unlocked;

    if ((rv = apr_global_mutex_lock(mm_rl_mutex)) != APR_SUCCESS)
        return rv;
    rv = mm_rl_provider->retrieve(mm_rl_instance, r->server,
                                  (const unsigned char *)key, keylen,
                                  (unsigned char *)&w, &len, r->pool);
    if (rv != APR_SUCCESS && !APR_STATUS_IS_NOTFOUND(rv))
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, r,
                      MMLOGNO(00205) "reading the rate limit cache failed; "
                                     "counting from zero");
    if (rv != APR_SUCCESS || len != sizeof(w) || now < w.start ||
        now >= w.start + window) {
        memset(&w, 0, sizeof(w)); /* no stray padding bytes in the cache */
        w.start = now;
    }
    q->refused = (int)w.count >= conf->rate_limit;
    rv = APR_SUCCESS;
    if (q->refused) {
        apr_atomic_inc32(mm_rl_refused);
    } else {
        w.count++;
        rv = mm_rl_provider->store(
            mm_rl_instance, r->server, (const unsigned char *)key, keylen,
            w.start + window, (unsigned char *)&w, sizeof(w), r->pool);
    }
    unlocked = apr_global_mutex_unlock(mm_rl_mutex);
    mm_rl_fill_quota(conf, &w, now, q);
    return rv != APR_SUCCESS ? rv : unlocked;
}

/* Returns the quota as the API's "rateLimit" object (new reference). */
static json_t *mm_rl_quota_json(const mm_rl_quota *q)
{
    return json_pack("{s:i,s:i,s:i}", "limit", q->limit, "remaining",
                     q->remaining, "resetSeconds", q->reset);
}

/* Answers 429 rate_limited for quota `q`. */
static int mm_rl_refuse(request_rec *r, const mm_rl_quota *q)
{
    const char *message = apr_psprintf(
        r->pool,
        "Too many animations requested from your address: the limit is %d "
        "every %d seconds. Try again in %d seconds.",
        q->limit, q->window, q->reset);

    apr_table_setn(r->err_headers_out, "Retry-After",
                   apr_itoa(r->pool, q->reset));
    /* The body is not read: close rather than drain it. */
    r->connection->keepalive = AP_CONN_CLOSE;
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                  MMLOGNO(00206) "submission refused by the rate limit (%d "
                                 "per %d s), window ends in %d s",
                  q->limit, q->window, q->reset);
    return mm_http_send_json(r, HTTP_TOO_MANY_REQUESTS,
                             json_pack("{s:{s:s,s:s},s:o}", "error", "code",
                                       "rate_limited", "message", message,
                                       "rateLimit", mm_rl_quota_json(q)));
}

int mm_ratelimit_admit(request_rec *r, const mm_server_conf *conf, int *answer)
{
    mm_rl_quota *q;
    apr_status_t rv;

    if (conf->rate_limit <= 0 || !mm_rl_mutex)
        return 1;
    q = apr_pcalloc(r->pool, sizeof(*q));
    if ((rv = mm_rl_count(r, conf, q)) != APR_SUCCESS) {
        /* A broken limiter must not stop the service. */
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r,
                      MMLOGNO(00207) "the rate limit cache failed; letting "
                                     "the submission through uncounted");
        return 1;
    }
    /* err_headers_out: kept on every answer, errors included. */
    apr_table_setn(
        r->err_headers_out, "RateLimit-Policy",
        apr_psprintf(r->pool, "\"default\";q=%d;w=%d", q->limit, q->window));
    apr_table_setn(r->err_headers_out, "RateLimit",
                   apr_psprintf(r->pool, "\"default\";r=%d;t=%d", q->remaining,
                                q->reset));
    apr_pool_userdata_setn(q, MM_RL_QUOTA_KEY, NULL, r->pool);
    if (!q->refused)
        return 1;
    *answer = mm_rl_refuse(r, q);
    return 0;
}

json_t *mm_ratelimit_json(request_rec *r)
{
    void *q = NULL;

    apr_pool_userdata_get(&q, MM_RL_QUOTA_KEY, r->pool);
    return q ? mm_rl_quota_json(q) : NULL;
}

apr_uint32_t mm_ratelimit_refused(void)
{
    return mm_rl_refused ? apr_atomic_read32(mm_rl_refused) : 0;
}
