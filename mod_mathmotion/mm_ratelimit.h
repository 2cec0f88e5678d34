/*
 * mm_ratelimit: the rate limit on submissions, per client IP, shared by
 * every httpd child through mod_socache (MathMotionRateLimitCache: shmcb
 * by default; memcache or redis to share it between hosts too).
 *
 * A client's first submission opens a window of MathMotionRateLimit's
 * seconds in which it may submit that many times; later ones are refused
 * with 429 until the window ends. The count is a small record in the
 * cache under the client's address (r->useragent_ip, which mod_remoteip
 * sets behind a proxy), expiring with its window. shmcb must not be used
 * by two processes at once, so a global mutex covers each retrieve and
 * store, as in mod_authn_socache: registered in pre_config, created in
 * post_config, re-attached in child_init.
 *
 * Refusals are counted in shared memory, for the metrics and
 * server-status; the count starts at 0 when httpd (re)starts.
 *
 * If the cache or its mutex fails at request time the submission is let
 * through and the failure logged: a broken limiter must not stop the
 * service.
 */
#ifndef MM_RATELIMIT_H
#define MM_RATELIMIT_H

#include "httpd.h"
#include "http_config.h"

#include <jansson.h>

#include "mod_mathmotion.h"

/* Registers the global mutex; finds the default socache provider. */
int mm_ratelimit_pre_config(apr_pool_t *pconf, apr_pool_t *plog,
                            apr_pool_t *ptemp);

/*
 * Creates the cache, the mutex and the refusal counter when any server
 * limits submissions. Runs after the defaults are applied. Returns OK,
 * or logs why and returns HTTP_INTERNAL_SERVER_ERROR (httpd then does
 * not start).
 */
int mm_ratelimit_post_config(apr_pool_t *pconf, apr_pool_t *plog,
                             apr_pool_t *ptemp, server_rec *s);

/* Re-attaches the global mutex in a new child. */
void mm_ratelimit_child_init(apr_pool_t *pchild, server_rec *s);

/*
 * The MathMotionRateLimitCache setter: "provider" or "provider:args",
 * main server only. Finds the provider and creates its instance, so that
 * a typo fails at that line. Returns NULL or the error.
 */
const char *mm_ratelimit_set_cache(cmd_parms *cmd, void *dummy,
                                   const char *arg);

/*
 * Counts one submission of r's client. Sets the RateLimit-Policy and
 * RateLimit headers (also kept on error answers). Returns 1 when the
 * submission may go on; otherwise answers 429 rate_limited with
 * Retry-After, stores the handler's return value in *answer and returns
 * 0. With the limit off it returns 1 and sets nothing.
 */
int mm_ratelimit_admit(request_rec *r, const mm_server_conf *conf,
                       int *answer);

/*
 * Returns the quota left after this request's submission as
 * {"limit","remaining","resetSeconds"} (a new reference the caller
 * owns), or NULL when mm_ratelimit_admit did not count the request.
 */
json_t *mm_ratelimit_json(request_rec *r);

/* Submissions refused with 429 by all children since httpd started. */
apr_uint32_t mm_ratelimit_refused(void);

#endif /* MM_RATELIMIT_H */
