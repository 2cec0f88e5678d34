/*
 * mm_http: bounded JSON request bodies and JSON answers. See mm_http.h.
 *
 * Log numbers MM00040-MM00059.
 */
#include "mm_http.h"

#include "http_log.h"
#include "http_protocol.h"
#include "util_md5.h"
#include "apr_buckets.h"
#include "apr_strings.h"

#include <stdlib.h>

#include "mod_mathmotion.h"

APLOG_USE_MODULE(mathmotion);

/* Sent when even the error document cannot be serialised. */
static const char mm_http_fallback[] =
    "{\"error\":{\"code\":\"internal\",\"message\":\"The server could not "
    "build its answer. Please try again.\"}}";

/* A request body being collected, in the request pool. */
typedef struct mm_body {
    char *data;     /* NUL-terminated bytes so far */
    apr_size_t len; /* bytes used */
    apr_size_t cap; /* bytes allocated */
} mm_body;

/* The first allocation when the client sent no Content-Length. */
#define MM_BODY_INITIAL 8192

mm_api_error *mm_api_error_make(apr_pool_t *pool, int status, const char *code,
                                const char *fmt, ...)
{
    mm_api_error *err = apr_palloc(pool, sizeof(*err));
    va_list ap;

    va_start(ap, fmt);
    err->status = status;
    err->code = code;
    err->message = apr_pvsprintf(pool, fmt, ap);
    va_end(ap);
    return err;
}

static const mm_api_error *mm_http_too_large(request_rec *r, apr_off_t max)
{
    /* The rest of the body is not read; the connection cannot be reused. */
    r->connection->keepalive = AP_CONN_CLOSE;
    return mm_api_error_make(r->pool, HTTP_REQUEST_ENTITY_TOO_LARGE,
                             "body_too_large",
                             "The request body is larger than %" APR_OFF_T_FMT
                             " bytes. Send a shorter prompt.",
                             max);
}

/* Appends n bytes, doubling the buffer when needed. */
static void mm_body_append(apr_pool_t *pool, mm_body *b, const char *s,
                           apr_size_t n)
{
    if (b->len + n + 1 > b->cap) {
        apr_size_t cap = b->cap ? b->cap : MM_BODY_INITIAL;
        char *data;

        while (cap < b->len + n + 1)
            cap *= 2;
        data = apr_palloc(pool, cap);
        if (b->len)
            memcpy(data, b->data, b->len);
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/*
 * Moves the data of one brigade into `body`. Sets *eos at the end of the
 * body. Returns NULL or the error to answer.
 */
static const mm_api_error *mm_body_take(request_rec *r, apr_off_t max,
                                        apr_bucket_brigade *bb, mm_body *body,
                                        int *eos)
{
    apr_bucket *e;

    for (e = APR_BRIGADE_FIRST(bb); e != APR_BRIGADE_SENTINEL(bb);
         e = APR_BUCKET_NEXT(e)) {
        const char *data;
        apr_size_t n;

        if (APR_BUCKET_IS_EOS(e)) {
            *eos = 1;
            return NULL;
        }
        if (APR_BUCKET_IS_METADATA(e))
            continue;
        if (apr_bucket_read(e, &data, &n, APR_BLOCK_READ) != APR_SUCCESS) {
            r->connection->keepalive = AP_CONN_CLOSE;
            return mm_api_error_make(r->pool, HTTP_BAD_REQUEST,
                                     "body_unreadable",
                                     "The request body could not be read. "
                                     "Please send it again.");
        }
        if ((apr_off_t)(body->len + n) > max)
            return mm_http_too_large(r, max);
        mm_body_append(r->pool, body, data, n);
    }
    return NULL;
}

/* Reads the whole body into *body, at most `max` bytes. */
static const mm_api_error *mm_http_read_body(request_rec *r, apr_off_t max,
                                             mm_body *body)
{
    const char *cl = apr_table_get(r->headers_in, "Content-Length");
    const mm_api_error *err = NULL;
    apr_bucket_brigade *bb;
    apr_off_t declared;
    char *end;
    int eos = 0;

    memset(body, 0, sizeof(*body));
    /* Refuse a declared oversize body before reading (or 100-continue). */
    if (cl && apr_strtoff(&declared, cl, &end, 10) == APR_SUCCESS &&
        *end == '\0' && declared >= 0) {
        if (declared > max)
            return mm_http_too_large(r, max);
        body->cap = (apr_size_t)declared + 1;
        body->data = apr_palloc(r->pool, body->cap);
    }
    bb = apr_brigade_create(r->pool, r->connection->bucket_alloc);
    while (!eos && !err) {
        apr_status_t rv =
            ap_get_brigade(r->input_filters, bb, AP_MODE_READBYTES,
                           APR_BLOCK_READ, HUGE_STRING_LEN);
        if (rv != APR_SUCCESS) {
            r->connection->keepalive = AP_CONN_CLOSE;
            return mm_api_error_make(
                r->pool, ap_map_http_request_error(rv, HTTP_BAD_REQUEST),
                "body_unreadable",
                "The request body could not be read completely. Please "
                "send it again.");
        }
        err = mm_body_take(r, max, bb, body, &eos);
        apr_brigade_cleanup(bb);
    }
    apr_brigade_destroy(bb);
    return err;
}

/* 1 if `v` nests arrays/objects more than `max` levels deep. */
static int mm_json_too_deep(json_t *v, int max)
{
    const char *key;
    json_t *child;
    size_t i;

    if (!json_is_object(v) && !json_is_array(v))
        return 0;
    if (max <= 0)
        return 1;
    if (json_is_object(v)) {
        json_object_foreach(v, key, child)
        {
            if (mm_json_too_deep(child, max - 1))
                return 1;
        }
        return 0;
    }
    json_array_foreach(v, i, child)
    {
        if (mm_json_too_deep(child, max - 1))
            return 1;
    }
    return 0;
}

/* The error for a body jansson refused. */
static const mm_api_error *mm_json_parse_error(apr_pool_t *pool,
                                               const json_error_t *je)
{
    if (json_error_code(je) == json_error_invalid_utf8)
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_utf8",
                                 "The request body is not valid UTF-8 text "
                                 "(bad byte at offset %d). Send the prompt "
                                 "as UTF-8.",
                                 je->position);
    if (json_error_code(je) == json_error_null_character)
        return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_json",
                                 "The request body contains a NUL character "
                                 "(\\u0000), which the API does not accept "
                                 "(line %d, column %d).",
                                 je->line, je->column);
    return mm_api_error_make(pool, HTTP_BAD_REQUEST, "invalid_json",
                             "The request body is not valid JSON: %s "
                             "(line %d, column %d).",
                             je->text, je->line, je->column);
}

const mm_api_error *mm_http_read_json(request_rec *r, apr_off_t max_body,
                                      json_t **out)
{
    const mm_api_error *err;
    json_error_t je;
    mm_body body;
    json_t *json;

    *out = NULL;
    if ((err = mm_http_read_body(r, max_body, &body)))
        return err;
    if (body.len == 0)
        return mm_api_error_make(r->pool, HTTP_BAD_REQUEST, "invalid_json",
                                 "The request body is empty. Send a JSON "
                                 "object such as {\"prompt\": \"Draw a "
                                 "circle\"}.");
    json = json_loadb(body.data, body.len,
                      JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &je);
    if (!json)
        return mm_json_parse_error(r->pool, &je);
    if (mm_json_too_deep(json, MM_MAX_JSON_DEPTH)) {
        json_decref(json);
        return mm_api_error_make(r->pool, HTTP_BAD_REQUEST, "invalid_json",
                                 "The request body nests objects or arrays "
                                 "more than %d levels deep.",
                                 MM_MAX_JSON_DEPTH);
    }
    *out = json;
    return NULL;
}

/*
 * Sends `text` (malloc'd; ownership passes to the bucket, which frees it)
 * as the answer body with `status`.
 */
static int mm_http_pass_text(request_rec *r, int status, char *text,
                             apr_size_t len)
{
    apr_bucket_alloc_t *ba = r->connection->bucket_alloc;
    apr_bucket_brigade *bb = apr_brigade_create(r->pool, ba);
    apr_status_t rv;

    r->status = status;
    ap_set_content_type(r, "application/json");
    ap_set_content_length(r, (apr_off_t)len);
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    if (!apr_table_get(r->headers_out, "Cache-Control"))
        apr_table_setn(r->headers_out, "Cache-Control", "no-store");
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_heap_create(text, len, free, ba));
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_eos_create(ba));
    rv = ap_pass_brigade(r->output_filters, bb);
    if (rv != APR_SUCCESS && !r->connection->aborted) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, rv, r,
                      MMLOGNO(00040) "sending the JSON answer failed");
        return AP_FILTER_ERROR;
    }
    return OK;
}

/* Serialises and frees `body`; returns malloc'd text or NULL. */
static char *mm_http_dump(request_rec *r, json_t *body)
{
    char *text = body ? json_dumps(body, JSON_COMPACT) : NULL;

    json_decref(body);
    if (!text)
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r,
                      MMLOGNO(00041) "could not serialise a JSON answer");
    return text;
}

/* Answers the fixed internal-error document. */
static int mm_http_send_fallback(request_rec *r)
{
    char *text = strdup(mm_http_fallback);

    if (!text)
        return HTTP_INTERNAL_SERVER_ERROR;
    return mm_http_pass_text(r, HTTP_INTERNAL_SERVER_ERROR, text,
                             strlen(text));
}

int mm_http_send_json(request_rec *r, int status, json_t *body)
{
    char *text = mm_http_dump(r, body);

    if (!text)
        return mm_http_send_fallback(r);
    return mm_http_pass_text(r, status, text, strlen(text));
}

int mm_http_send_json_revalidated(request_rec *r, json_t *body)
{
    char *text = mm_http_dump(r, body);
    apr_size_t len;
    ap_condition_e cond;

    if (!text)
        return mm_http_send_fallback(r);
    len = strlen(text);
    apr_table_setn(
        r->headers_out, "ETag",
        apr_pstrcat(
            r->pool, "\"",
            ap_md5_binary(r->pool, (const unsigned char *)text, (int)len),
            "\"", NULL));
    apr_table_setn(r->headers_out, "Cache-Control", "no-cache");
    cond = ap_condition_if_none_match(r, r->headers_out);
    if (cond == AP_CONDITION_WEAK || cond == AP_CONDITION_STRONG) {
        free(text);
        return HTTP_NOT_MODIFIED;
    }
    return mm_http_pass_text(r, HTTP_OK, text, len);
}

int mm_http_error(request_rec *r, int status, const char *code,
                  const char *message)
{
    return mm_http_send_json(
        r, status,
        json_pack("{s:{s:s,s:s}}", "error", "code", code, "message", message));
}

int mm_http_send_error(request_rec *r, const mm_api_error *err)
{
    if (err->status == AP_FILTER_ERROR)
        return AP_FILTER_ERROR; /* an input filter has answered already */
    return mm_http_error(r, err->status, err->code, err->message);
}

int mm_http_method_not_allowed(request_rec *r, const char *allow)
{
    apr_table_setn(r->headers_out, "Allow", allow);
    return mm_http_error(r, HTTP_METHOD_NOT_ALLOWED, "method_not_allowed",
                         apr_pstrcat(r->pool, "This URL only answers ", allow,
                                     " requests.", NULL));
}

/* Sends the whole file; the byterange filter cuts Range requests. */
int mm_http_send_file(request_rec *r, apr_file_t *fd)
{
    apr_bucket_alloc_t *ba = r->connection->bucket_alloc;
    apr_bucket_brigade *bb = apr_brigade_create(r->pool, ba);
    apr_status_t rv;

    ap_set_content_length(r, r->finfo.size);
    if (r->header_only)
        return OK;
    apr_brigade_insert_file(bb, fd, 0, r->finfo.size, r->pool);
    APR_BRIGADE_INSERT_TAIL(bb, apr_bucket_eos_create(ba));
    rv = ap_pass_brigade(r->output_filters, bb);
    if (rv != APR_SUCCESS && !r->connection->aborted) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, rv, r,
                      MMLOGNO(00102) "sending %s failed", r->filename);
        return AP_FILTER_ERROR;
    }
    return OK;
}
