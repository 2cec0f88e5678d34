/*
 * mod_mathmotion: the module record, its directives and configuration
 * (create, merge, defaults), and its hooks. The job API itself lives in
 * mm_routes.c and one file per route.
 *
 * Log numbers MM00001-MM00019.
 */
#include "mod_mathmotion.h"

#include "apr_strings.h"
#include "apr_lib.h"

#include <errno.h>
#include <sys/un.h>

#include "mm_gallery.h"
#include "mm_ratelimit.h"
#include "mm_request_store.h"
#include "mm_routes.h"
#include "mm_status.h"
#include "mod_status.h"

/* AP_DECLARE_MODULE below also does APLOG_USE_MODULE(mathmotion). */

/* Which field a directive sets; cmd->info of the shared setters. */
typedef enum mm_directive {
    MM_DIR_API_PREFIX,
    MM_DIR_MEDIA_DIR,
    MM_DIR_AGENT_SOCKET,
    MM_DIR_MAX_BODY,
    MM_DIR_MAX_PROMPT,
    MM_DIR_QUEUED_TIMEOUT,
    MM_DIR_GENERATING_TIMEOUT,
    MM_DIR_RENDERING_TIMEOUT,
    MM_DIR_AGENT_STALE,
    MM_DIR_MAX_ATTEMPTS,
    MM_DIR_MAX_AUTO_FIXES,
    MM_DIR_MAX_CODE,
    MM_DIR_CACHE_TTL,
    MM_DIR_CACHE_SIZE
} mm_directive;

/* Upper bounds of the numeric directives, to catch typos early. */
#define MM_MAX_BODY_LIMIT (16 * 1024 * 1024) /* bytes buffered per request */
#define MM_MAX_PROMPT_LIMIT 100000           /* characters */
#define MM_MAX_TIMEOUT_SECONDS 86400         /* one day */
#define MM_MAX_CHAIN_LIMIT 100               /* attempts or auto-fixes */
#define MM_MAX_CODE_LIMIT (1024 * 1024)      /* bytes of submitted code */
#define MM_MAX_CACHE_TTL (3650LL * 86400)    /* ten years, in seconds */
#define MM_MAX_CACHE_SIZE 10000000           /* prompt cache entries */
#define MM_MAX_RATE_LIMIT 1000000            /* submissions per window */

static void *mm_create_server_conf(apr_pool_t *pool, server_rec *s)
{
    mm_server_conf *conf = apr_pcalloc(pool, sizeof(*conf));

    (void)s;
    conf->max_body = -1;
    conf->max_prompt = -1;
    conf->timeouts.queued_ms = -1;
    conf->timeouts.generating_ms = -1;
    conf->timeouts.rendering_ms = -1;
    conf->timeouts.agent_stale_ms = -1;
    conf->max_attempts = -1;
    conf->max_auto_fixes = -1;
    conf->max_code = -1;
    conf->cache_ttl_ms = -1;
    conf->cache_size = -1;
    conf->rate_limit = -1;
    conf->rate_window = -1;
    return conf;
}

#define MM_MERGE_STR(f) conf->f = add->f ? add->f : base->f
#define MM_MERGE_NUM(f) conf->f = add->f != -1 ? add->f : base->f

static void *mm_merge_server_conf(apr_pool_t *pool, void *basev, void *addv)
{
    const mm_server_conf *base = basev, *add = addv;
    mm_server_conf *conf = apr_pcalloc(pool, sizeof(*conf));

    MM_MERGE_STR(api_prefix);
    MM_MERGE_STR(media_dir);
    MM_MERGE_STR(agent_socket);
    MM_MERGE_STR(gallery);
    MM_MERGE_NUM(max_body);
    MM_MERGE_NUM(max_prompt);
    MM_MERGE_NUM(timeouts.queued_ms);
    MM_MERGE_NUM(timeouts.generating_ms);
    MM_MERGE_NUM(timeouts.rendering_ms);
    MM_MERGE_NUM(timeouts.agent_stale_ms);
    MM_MERGE_NUM(max_attempts);
    MM_MERGE_NUM(max_auto_fixes);
    MM_MERGE_NUM(max_code);
    MM_MERGE_NUM(cache_ttl_ms);
    MM_MERGE_NUM(cache_size);
    MM_MERGE_NUM(rate_limit);
    MM_MERGE_NUM(rate_window);
    return conf;
}

/* Fills every field still unset with its default. */
static void mm_apply_defaults(mm_server_conf *conf)
{
    mm_timeouts d;

    mm_timeouts_default(&d);
    if (!conf->api_prefix)
        conf->api_prefix = MM_DEFAULT_API_PREFIX;
    if (!conf->media_dir)
        conf->media_dir = MM_DEFAULT_MEDIA_DIR;
    if (!conf->agent_socket)
        conf->agent_socket = MM_DEFAULT_AGENT_SOCKET;
    if (conf->max_body == -1)
        conf->max_body = MM_DEFAULT_MAX_BODY;
    if (conf->max_prompt == -1)
        conf->max_prompt = MM_DEFAULT_MAX_PROMPT;
    if (conf->timeouts.queued_ms == -1)
        conf->timeouts.queued_ms = d.queued_ms;
    if (conf->timeouts.generating_ms == -1)
        conf->timeouts.generating_ms = d.generating_ms;
    if (conf->timeouts.rendering_ms == -1)
        conf->timeouts.rendering_ms = d.rendering_ms;
    if (conf->timeouts.agent_stale_ms == -1)
        conf->timeouts.agent_stale_ms = d.agent_stale_ms;
    if (conf->max_attempts == -1)
        conf->max_attempts = MM_DEFAULT_MAX_ATTEMPTS;
    if (conf->max_auto_fixes == -1)
        conf->max_auto_fixes = MM_DEFAULT_MAX_AUTO_FIXES;
    if (conf->max_code == -1)
        conf->max_code = MM_DEFAULT_MAX_CODE;
    if (conf->cache_ttl_ms == -1)
        conf->cache_ttl_ms = MM_DEFAULT_CACHE_TTL * 1000LL;
    if (conf->cache_size == -1)
        conf->cache_size = MM_DEFAULT_CACHE_SIZE;
    if (conf->rate_limit == -1)
        conf->rate_limit = MM_DEFAULT_RATE_LIMIT;
    if (conf->rate_window == -1)
        conf->rate_window = MM_DEFAULT_RATE_WINDOW;
}

const mm_server_conf *mm_conf(const request_rec *r)
{
    return ap_get_module_config(r->server->module_config, &mathmotion_module);
}

/* "/api/" and "/api" are the same prefix; "/" means the site root. */
static const char *mm_set_api_prefix(cmd_parms *cmd, mm_server_conf *conf,
                                     const char *arg)
{
    char *prefix = apr_pstrdup(cmd->pool, arg);
    apr_size_t len = strlen(prefix);

    if (prefix[0] != '/' || strpbrk(prefix, "?#% \t"))
        return apr_pstrcat(cmd->pool, cmd->cmd->name,
                           " must be a URL path starting with '/', "
                           "without '?', '#', '%' or spaces",
                           NULL);
    while (len > 0 && prefix[len - 1] == '/')
        prefix[--len] = '\0';
    conf->api_prefix = prefix;
    return NULL;
}

/* Returns NULL if `arg` is an absolute path, else the error. */
static const char *mm_check_absolute(cmd_parms *cmd, const char *arg)
{
    if (ap_os_is_path_absolute(cmd->pool, arg))
        return NULL;
    return apr_pstrcat(cmd->pool, cmd->cmd->name,
                       " must be an absolute path, not '", arg, "'", NULL);
}

/* Sets MathMotionApiPrefix, MathMotionMediaDir or MathMotionAgentSocket. */
static const char *mm_set_path(cmd_parms *cmd, void *dummy, const char *arg)
{
    mm_server_conf *conf =
        ap_get_module_config(cmd->server->module_config, &mathmotion_module);
    struct sockaddr_un sun;
    const char *err;

    (void)dummy;
    switch ((mm_directive)(long)cmd->info) {
    case MM_DIR_API_PREFIX:
        return mm_set_api_prefix(cmd, conf, arg);
    case MM_DIR_MEDIA_DIR:
        if ((err = mm_check_absolute(cmd, arg)))
            return err;
        conf->media_dir = arg;
        return NULL;
    case MM_DIR_AGENT_SOCKET:
        if ((err = mm_check_absolute(cmd, arg)))
            return err;
        if (strlen(arg) >= sizeof(sun.sun_path))
            return apr_psprintf(cmd->pool,
                                "%s must be shorter than %d bytes, the "
                                "limit of a Unix socket path",
                                cmd->cmd->name, (int)sizeof(sun.sun_path));
        conf->agent_socket = arg;
        return NULL;
    default:
        return "mod_mathmotion: unknown path directive";
    }
}

/*
 * Parses a positive decimal integer no larger than `max` into *out.
 * Returns NULL, or an error message in cmd->pool naming the directive.
 */
static const char *mm_parse_positive(cmd_parms *cmd, const char *arg,
                                     apr_int64_t max, apr_int64_t *out)
{
    const char *p;
    char *end;

    *out = 0;
    for (p = arg; *p; p++)
        if (!apr_isdigit(*p))
            break;
    if (p == arg || *p) {
        return apr_pstrcat(cmd->pool, cmd->cmd->name,
                           " must be a positive whole number, not '", arg, "'",
                           NULL);
    }
    errno = 0;
    *out = apr_strtoi64(arg, &end, 10);
    if (errno || *out < 1 || *out > max)
        return apr_psprintf(cmd->pool,
                            "%s must be between 1 and %" APR_INT64_T_FMT,
                            cmd->cmd->name, max);
    return NULL;
}

/* Sets the size limits and the timeouts (given in seconds). */
static const char *mm_set_number(cmd_parms *cmd, void *dummy, const char *arg)
{
    mm_server_conf *conf =
        ap_get_module_config(cmd->server->module_config, &mathmotion_module);
    mm_directive which = (mm_directive)(long)cmd->info;
    apr_int64_t max = MM_MAX_TIMEOUT_SECONDS, v;
    const char *err;

    (void)dummy;
    if (which == MM_DIR_MAX_BODY)
        max = MM_MAX_BODY_LIMIT;
    else if (which == MM_DIR_MAX_PROMPT)
        max = MM_MAX_PROMPT_LIMIT;
    if ((err = mm_parse_positive(cmd, arg, max, &v)))
        return err;
    switch (which) {
    case MM_DIR_MAX_BODY:
        conf->max_body = (apr_off_t)v;
        break;
    case MM_DIR_MAX_PROMPT:
        conf->max_prompt = (int)v;
        break;
    case MM_DIR_QUEUED_TIMEOUT:
        conf->timeouts.queued_ms = v * 1000;
        break;
    case MM_DIR_GENERATING_TIMEOUT:
        conf->timeouts.generating_ms = v * 1000;
        break;
    case MM_DIR_RENDERING_TIMEOUT:
        conf->timeouts.rendering_ms = v * 1000;
        break;
    case MM_DIR_AGENT_STALE:
        conf->timeouts.agent_stale_ms = v * 1000;
        break;
    default:
        return "mod_mathmotion: unknown numeric directive";
    }
    return NULL;
}

/*
 * Sets the retry, auto-fix, code-size and prompt-cache limits. "0" turns
 * auto-fix (MathMotionMaxAutoFixes) or the prompt cache
 * (MathMotionPromptCacheSize) off; the others must be positive.
 */
static const char *mm_set_job_limit(cmd_parms *cmd, void *dummy,
                                    const char *arg)
{
    mm_server_conf *conf =
        ap_get_module_config(cmd->server->module_config, &mathmotion_module);
    mm_directive which = (mm_directive)(long)cmd->info;
    apr_int64_t v = 0;
    const char *err = NULL;

    (void)dummy;
    if (strcmp(arg, "0") == 0 &&
        (which == MM_DIR_MAX_AUTO_FIXES || which == MM_DIR_CACHE_SIZE))
        v = 0;
    else if (which == MM_DIR_MAX_CODE)
        err = mm_parse_positive(cmd, arg, MM_MAX_CODE_LIMIT, &v);
    else if (which == MM_DIR_CACHE_TTL)
        err = mm_parse_positive(cmd, arg, MM_MAX_CACHE_TTL, &v);
    else if (which == MM_DIR_CACHE_SIZE)
        err = mm_parse_positive(cmd, arg, MM_MAX_CACHE_SIZE, &v);
    else
        err = mm_parse_positive(cmd, arg, MM_MAX_CHAIN_LIMIT, &v);
    if (err)
        return err;
    switch (which) {
    case MM_DIR_MAX_ATTEMPTS:
        conf->max_attempts = (int)v;
        return NULL;
    case MM_DIR_MAX_AUTO_FIXES:
        conf->max_auto_fixes = (int)v;
        return NULL;
    case MM_DIR_MAX_CODE:
        conf->max_code = (apr_off_t)v;
        return NULL;
    case MM_DIR_CACHE_TTL:
        conf->cache_ttl_ms = v * 1000;
        return NULL;
    case MM_DIR_CACHE_SIZE:
        conf->cache_size = (int)v;
        return NULL;
    default:
        return "mod_mathmotion: unknown limit directive";
    }
}

/*
 * MathMotionRateLimit <submissions> [<seconds>] | off: submissions per
 * client IP and window (the window keeps its default when omitted).
 */
static const char *mm_set_rate_limit(cmd_parms *cmd, void *dummy,
                                     const char *count, const char *window)
{
    mm_server_conf *conf =
        ap_get_module_config(cmd->server->module_config, &mathmotion_module);
    apr_int64_t n, secs = -1;
    const char *err;

    (void)dummy;
    if (ap_cstr_casecmp(count, "off") == 0) {
        if (window)
            return "MathMotionRateLimit off takes no window";
        conf->rate_limit = 0;
        conf->rate_window = 0;
        return NULL;
    }
    if ((err = mm_parse_positive(cmd, count, MM_MAX_RATE_LIMIT, &n)) ||
        (window && (err = mm_parse_positive(cmd, window,
                                            MM_MAX_TIMEOUT_SECONDS, &secs))))
        return err;
    conf->rate_limit = (int)n;
    conf->rate_window = (int)secs;
    return NULL;
}

/* MathMotionGallery DIR: loads the gallery now, so that a broken file
 * stops httpd at start with the file and the problem named. */
static const char *mm_set_gallery(cmd_parms *cmd, void *dummy, const char *arg)
{
    mm_server_conf *conf =
        ap_get_module_config(cmd->server->module_config, &mathmotion_module);
    char err[512];
    const char *bad;

    (void)dummy;
    if ((bad = mm_check_absolute(cmd, arg)))
        return bad;
    conf->gallery = mm_gallery_load(cmd->pool, arg, err, sizeof(err));
    if (!conf->gallery)
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    return NULL;
}

#define MM_PATH_DIRECTIVE(name, which, help)                                  \
    AP_INIT_TAKE1(name, mm_set_path, (void *)(which), RSRC_CONF, help)
#define MM_NUMBER_DIRECTIVE(name, which, help)                                \
    AP_INIT_TAKE1(name, mm_set_number, (void *)(which), RSRC_CONF, help)
#define MM_LIMIT_DIRECTIVE(name, which, help)                                 \
    AP_INIT_TAKE1(name, mm_set_job_limit, (void *)(which), RSRC_CONF, help)

static const command_rec mm_directives[] = {
    MM_PATH_DIRECTIVE("MathMotionApiPrefix", MM_DIR_API_PREFIX,
                      "URL path the job API is served under (default "
                      "/api)"),
    MM_PATH_DIRECTIVE("MathMotionMediaDir", MM_DIR_MEDIA_DIR,
                      "Directory of the rendered videos, <sha256>.mp4 "
                      "(default /var/lib/mathmotion/media)"),
    MM_PATH_DIRECTIVE("MathMotionAgentSocket", MM_DIR_AGENT_SOCKET,
                      "Unix socket of the render agent (default "
                      "/run/mathmotion/agent.sock)"),
    MM_NUMBER_DIRECTIVE("MathMotionMaxBodySize", MM_DIR_MAX_BODY,
                        "Largest request body in bytes (default 65536)"),
    MM_NUMBER_DIRECTIVE("MathMotionMaxPromptLength", MM_DIR_MAX_PROMPT,
                        "Longest prompt in characters (default 2000)"),
    MM_NUMBER_DIRECTIVE("MathMotionQueuedTimeout", MM_DIR_QUEUED_TIMEOUT,
                        "Seconds a job may wait while no render agent is "
                        "alive (default 30)"),
    MM_NUMBER_DIRECTIVE("MathMotionGeneratingTimeout",
                        MM_DIR_GENERATING_TIMEOUT,
                        "Seconds code generation may take (default 180)"),
    MM_NUMBER_DIRECTIVE("MathMotionRenderingTimeout", MM_DIR_RENDERING_TIMEOUT,
                        "Seconds rendering may take (default 150)"),
    MM_NUMBER_DIRECTIVE("MathMotionAgentStaleAfter", MM_DIR_AGENT_STALE,
                        "Seconds after its last heartbeat that a render "
                        "agent counts as gone (default 15)"),
    MM_LIMIT_DIRECTIVE("MathMotionMaxAttempts", MM_DIR_MAX_ATTEMPTS,
                       "Attempts of one prompt through retries, the first "
                       "included (default 3)"),
    MM_LIMIT_DIRECTIVE("MathMotionMaxAutoFixes", MM_DIR_MAX_AUTO_FIXES,
                       "Auto-fixes of one attempt; 0 turns auto-fix off "
                       "(default 2)"),
    MM_LIMIT_DIRECTIVE("MathMotionMaxCodeSize", MM_DIR_MAX_CODE,
                       "Largest submitted scene code in bytes (default "
                       "20000)"),
    MM_LIMIT_DIRECTIVE("MathMotionPromptCacheTTL", MM_DIR_CACHE_TTL,
                       "Seconds a rendered prompt is reused (default "
                       "2592000, 30 days)"),
    MM_LIMIT_DIRECTIVE("MathMotionPromptCacheSize", MM_DIR_CACHE_SIZE,
                       "Prompts kept in the cache, least recently used "
                       "dropped first; 0 turns it off (default 1000)"),
    AP_INIT_TAKE12("MathMotionRateLimit", mm_set_rate_limit, NULL, RSRC_CONF,
                   "Submissions per client IP and window, and the window "
                   "in seconds, or 'off' (default 10 300)"),
    AP_INIT_TAKE1("MathMotionGallery", mm_set_gallery, NULL, RSRC_CONF,
                  "Directory of the gallery (gallery.json and its scenes); "
                  "without it the gallery is empty"),
    AP_INIT_TAKE1("MathMotionRateLimitCache", mm_ratelimit_set_cache, NULL,
                  RSRC_CONF,
                  "socache provider[:args] shared by the httpd children "
                  "for the rate limit (default shmcb)"),
    {NULL}};

static int mm_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                          apr_pool_t *ptemp, server_rec *s)
{
    server_rec *vs;

    for (vs = s; vs; vs = vs->next)
        mm_apply_defaults(
            ap_get_module_config(vs->module_config, &mathmotion_module));
    if (mm_request_store_init(s) != OK ||
        mm_ratelimit_post_config(pconf, plog, ptemp, s) != OK)
        return HTTP_INTERNAL_SERVER_ERROR;
    return OK;
}

static void mm_register_hooks(apr_pool_t *p)
{
    (void)p;
    ap_hook_pre_config(mm_ratelimit_pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_post_config(mm_post_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_child_init(mm_ratelimit_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_handler(mm_routes_handler, NULL, NULL, APR_HOOK_MIDDLE);
    APR_OPTIONAL_HOOK(ap, status_hook, mm_status_hook, NULL, NULL,
                      APR_HOOK_MIDDLE);
}

AP_DECLARE_MODULE(mathmotion) = {
    STANDARD20_MODULE_STUFF,
    NULL,                  /* per-directory config: none */
    NULL,                  /* per-directory merge */
    mm_create_server_conf, /* server config */
    mm_merge_server_conf,  /* server merge */
    mm_directives,         /* directives */
    mm_register_hooks,     /* hooks */
    AP_MODULE_FLAG_NONE    /* flags */
};
