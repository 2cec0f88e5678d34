/*
 * mod_mathmotion: the module's configuration record, its defaults, and
 * the message-number macro every file of the module logs with.
 *
 * All directives are server-wide (RSRC_CONF). The record is created with
 * "unset" sentinels, merged per virtual host, and completed with the
 * defaults in post_config, so request code always sees concrete values.
 */
#ifndef MOD_MATHMOTION_H
#define MOD_MATHMOTION_H

#include "httpd.h"
#include "http_config.h"

#include "mm_timeout.h"

/*
 * Our own log message numbers ("MM00042: ..."); httpd reserves AH
 * numbers. Each file uses its own range, listed where it is defined.
 */
#define MMLOGNO(n) "MM" #n ": "

/* The handler name for SetHandler. */
#define MM_HANDLER "mathmotion"

/* Defaults, documented in conf/mathmotion.conf. */
#define MM_DEFAULT_API_PREFIX "/api"
#define MM_DEFAULT_MEDIA_DIR "/var/lib/mathmotion/media"
#define MM_DEFAULT_AGENT_SOCKET "/run/mathmotion/agent.sock"
#define MM_DEFAULT_MAX_BODY 65536    /* bytes */
#define MM_DEFAULT_MAX_PROMPT 2000   /* characters */
#define MM_DEFAULT_MAX_ATTEMPTS 3    /* attempts per retry chain */
#define MM_DEFAULT_MAX_AUTO_FIXES 2  /* auto-fixes per attempt */
#define MM_DEFAULT_MAX_CODE 20000    /* bytes of submitted code */
#define MM_DEFAULT_CACHE_TTL 2592000 /* prompt cache: 30 days, in s */
#define MM_DEFAULT_CACHE_SIZE 1000   /* prompt cache entries */
#define MM_DEFAULT_RATE_LIMIT 10     /* submissions per window */
#define MM_DEFAULT_RATE_WINDOW 300   /* rate limit window, seconds */

/* The deepest JSON nesting a request body may have. */
#define MM_MAX_JSON_DEPTH 8

typedef struct mm_server_conf {
    const char *api_prefix;   /* "/api", no trailing slash; NULL unset */
    const char *media_dir;    /* videos as <sha256>.mp4; NULL unset */
    const char *agent_socket; /* render agent's Unix socket; NULL unset */
    apr_off_t max_body;       /* request body limit in bytes; -1 unset */
    int max_prompt;           /* prompt limit in characters; -1 unset */
    mm_timeouts timeouts;     /* stuck-job limits in ms; each -1 unset */
    int max_attempts;         /* attempts per retry chain; -1 unset */
    int max_auto_fixes;       /* auto-fixes per attempt, 0 off; -1 unset */
    apr_off_t max_code;       /* submitted code in bytes; -1 unset */
    apr_int64_t cache_ttl_ms; /* prompt cache entry lifetime; -1 unset */
    int cache_size;           /* prompt cache entries, 0 off; -1 unset */
    int rate_limit;  /* submissions per window per client, 0 off; -1 unset */
    int rate_window; /* the rate limit's window in seconds; -1 unset */
    const struct mm_gallery *gallery; /* MathMotionGallery; NULL: none */
} mm_server_conf;

extern module AP_MODULE_DECLARE_DATA mathmotion_module;

/* The configuration of the request's (virtual) server, defaults applied. */
const mm_server_conf *mm_conf(const request_rec *r);

#endif /* MOD_MATHMOTION_H */
