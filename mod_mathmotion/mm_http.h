/*
 * mm_http: the HTTP side of the JSON API. Reads a bounded JSON request
 * body, writes JSON answers, and turns every error into the API's error
 * document {"error":{"code","message"}} with its status.
 *
 * The answer functions write the body themselves, set r->status and
 * return OK (the value the handler returns), so httpd never appends its
 * own HTML error page to an API answer.
 */
#ifndef MM_HTTP_H
#define MM_HTTP_H

#include "httpd.h"

#include <jansson.h>

/*
 * An error answer, as a value: handlers and helpers return one (or NULL
 * for success) and the handler sends it with mm_http_send_error().
 */
typedef struct mm_api_error {
    int status;          /* HTTP status; AP_FILTER_ERROR: httpd answered */
    const char *code;    /* stable, machine-readable ("invalid_json") */
    const char *message; /* what happened and what to do, for a person */
} mm_api_error;

/* Returns a new error in `pool`; the message is printf-formatted. */
mm_api_error *mm_api_error_make(apr_pool_t *pool, int status, const char *code,
                                const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/*
 * Reads the request body (at most `max_body` bytes: Content-Length is
 * checked before reading, and a chunked body is counted as it arrives)
 * and parses it as JSON no deeper than MM_MAX_JSON_DEPTH. Returns NULL
 * and sets *out to a new reference the caller owns, or returns the error
 * to answer (413 body_too_large, 400 invalid_utf8 or invalid_json with
 * jansson's line and column, or the read error of the input filters).
 */
const mm_api_error *mm_http_read_json(request_rec *r, apr_off_t max_body,
                                      json_t **out);

/*
 * Answers `body` (a reference this call steals; NULL is answered as an
 * internal error) as application/json with `status`. Sets Cache-Control:
 * no-store unless the caller set a Cache-Control. Returns OK, or
 * AP_FILTER_ERROR if the output filters failed.
 */
int mm_http_send_json(request_rec *r, int status, json_t *body);

/*
 * Answers `body` (stolen) with 200, a strong ETag over its bytes and
 * Cache-Control: no-cache; returns HTTP_NOT_MODIFIED instead when the
 * request's If-None-Match names that ETag. For resources that clients
 * poll.
 */
int mm_http_send_json_revalidated(request_rec *r, json_t *body);

/* Answers an error value. Returns OK, or AP_FILTER_ERROR as above. */
int mm_http_send_error(request_rec *r, const mm_api_error *err);

/* Answers {"error":{code,message}} with `status`. Returns as above. */
int mm_http_error(request_rec *r, int status, const char *code,
                  const char *message);

/* Answers 405 with an Allow header of `allow` ("GET, HEAD"). */
int mm_http_method_not_allowed(request_rec *r, const char *allow);

/*
 * Sends the open file `fd` (r->finfo describes it) as the body, after the
 * caller set the type and validators; the byterange filter cuts Range
 * requests. Returns the handler's return value.
 */
int mm_http_send_file(request_rec *r, apr_file_t *fd);

#endif /* MM_HTTP_H */
