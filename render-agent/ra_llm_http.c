/*
 * ra_llm_http: chat-completions POST with retries. See ra_llm_http.h.
 */
#include "ra_llm_http.h"

#include "mm_buf.h"
#include "mm_job.h"
#include "ra_log.h"

#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define RA_LLM_MAX_BODY (8 * 1024 * 1024) /* larger answers are refused */

long ra_llm_retry_delay_ms(long status, const char *retry_after, int attempt,
                           unsigned jitter)
{
    long base, delay;

    if (status != 0 && status != 408 && status != 429 && status != 500 &&
        status != 502 && status != 503)
        return -1;
    if (attempt >= RA_LLM_MAX_ATTEMPTS)
        return -1;
    if (retry_after && *retry_after) {
        char *end;
        long secs;

        errno = 0;
        secs = strtol(retry_after, &end, 10);
        while (*end == ' ' || *end == '\t')
            end++;
        if (errno == 0 && *end == '\0' && end != retry_after && secs >= 0)
            return secs > RA_LLM_RETRY_AFTER_MAX_MS / 1000
                       ? RA_LLM_RETRY_AFTER_MAX_MS
                       : secs * 1000;
        /* an HTTP date, or garbage: fall back to the backoff */
    }
    base = RA_LLM_BACKOFF_BASE_MS;
    for (int i = 1; i < attempt && base < RA_LLM_BACKOFF_MAX_MS; i++)
        base *= 2;
    if (base > RA_LLM_BACKOFF_MAX_MS)
        base = RA_LLM_BACKOFF_MAX_MS;
    delay = base + (long)(jitter % (unsigned)(base / 2 + 1));
    return delay;
}

char *ra_llm_status_message(long status, const char *detail)
{
    mm_buf b = MM_BUF_INIT;
    const char *what;

    switch (status) {
    case 400:
        what = "The LLM provider rejected the request as malformed; check "
               "the model name (--llm-model) and the base URL";
        break;
    case 401:
        what = "The LLM provider refused the API key; check the key "
               "(LLM_API_KEY or --llm-api-key-file)";
        break;
    case 402:
        what = "The LLM provider says the account is out of credits; add "
               "credits or use another key";
        break;
    case 403:
        what = "The LLM provider refused this request (e.g. its "
               "moderation flagged the prompt); rephrase the prompt";
        break;
    case 404:
        what = "The LLM endpoint was not found; check the base URL "
               "(--llm-base-url) and the model name";
        break;
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
        what = "The LLM provider stayed unavailable or rate-limited after "
               "several retries";
        break;
    default:
        what = "The LLM provider answered with an error";
        break;
    }
    mm_buf_printf(&b, "%s (HTTP %ld)", what, status);
    if (detail && *detail) {
        size_t n = strnlen(detail, 300);

        while (n > 0 && (detail[n - 1] == '.' || detail[n - 1] == ' '))
            n--;
        mm_buf_printf(&b, ": %.*s", (int)n, detail);
    }
    mm_buf_puts(&b, ".");
    return mm_buf_steal(&b);
}

typedef struct ra_llm_sink {
    mm_buf body;
    char retry_after[64];
    int too_big;
} ra_llm_sink;

static size_t ra_llm_on_body(char *data, size_t size, size_t n, void *ctx)
{
    ra_llm_sink *s = ctx;
    size_t len = size * n;

    if (s->body.len + len > RA_LLM_MAX_BODY) {
        s->too_big = 1;
        return 0;
    }
    return mm_buf_append(&s->body, data, len) == 0 ? len : 0;
}

static size_t ra_llm_on_header(char *data, size_t size, size_t n, void *ctx)
{
    ra_llm_sink *s = ctx;
    size_t len = size * n;
    static const char name[] = "retry-after:";

    if (len > sizeof(name) - 1 &&
        strncasecmp(data, name, sizeof(name) - 1) == 0) {
        size_t i = sizeof(name) - 1, j = 0;

        while (i < len && (data[i] == ' ' || data[i] == '\t'))
            i++;
        while (i < len && data[i] != '\r' && data[i] != '\n' &&
               j < sizeof(s->retry_after) - 1)
            s->retry_after[j++] = data[i++];
        s->retry_after[j] = '\0';
    }
    return len;
}

static long ra_llm_now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void ra_llm_sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};

    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

/* The provider's own error text from a JSON body, or NULL (malloc'd). */
static char *ra_llm_error_detail(const char *body)
{
    json_t *root = body ? json_loads(body, 0, NULL) : NULL;
    json_t *msg = json_object_get(json_object_get(root, "error"), "message");
    char *out = json_is_string(msg) ? strdup(json_string_value(msg)) : NULL;

    json_decref(root);
    return out;
}

/* One request. Returns the CURLcode; fills status, body, Retry-After. */
static CURLcode ra_llm_once(const ra_llm_request *req, long timeout_ms,
                            long *status, ra_llm_sink *sink)
{
    CURL *c = curl_easy_init();
    struct curl_slist *h = NULL;
    mm_buf auth = MM_BUF_INIT;
    CURLcode rc;

    if (!c)
        return CURLE_OUT_OF_MEMORY;
    h = curl_slist_append(h, "Content-Type: application/json");
    h = curl_slist_append(h, "Accept: application/json");
    /* OpenRouter's app attribution; other endpoints ignore them. */
    h = curl_slist_append(h, "HTTP-Referer: https://github.com/mathmotion");
    h = curl_slist_append(h, "X-Title: MathMotion");
    if (req->api_key && *req->api_key) {
        mm_buf_printf(&auth, "Authorization: Bearer %s", req->api_key);
        h = curl_slist_append(h, auth.data);
    }
    curl_easy_setopt(c, CURLOPT_URL, req->url);
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
    curl_easy_setopt(c, CURLOPT_POSTFIELDS, req->body);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                     req->connect_timeout_ms < timeout_ms
                         ? req->connect_timeout_ms
                         : timeout_ms);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, timeout_ms);
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, ra_llm_on_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, sink);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, ra_llm_on_header);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, sink);
    rc = curl_easy_perform(c);
    *status = 0;
    if (rc == CURLE_OK)
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
    curl_slist_free_all(h);
    if (auth.data) /* the key does not linger in freed memory */
        memset(auth.data, 0, auth.len);
    mm_buf_free(&auth);
    curl_easy_cleanup(c);
    return rc;
}

static int ra_llm_fail(ra_llm_response *res, const char *type, char *message)
{
    res->error_type = type;
    res->message = message;
    return -1;
}

int ra_llm_post(const ra_llm_request *req, ra_llm_response *res)
{
    long start = ra_llm_now_ms(), left, delay;
    unsigned seed = (unsigned)start ^ (unsigned)(size_t)&start;
    mm_buf b = MM_BUF_INIT;

    memset(res, 0, sizeof(*res));
    for (;;) {
        ra_llm_sink sink = {MM_BUF_INIT, "", 0};
        CURLcode rc;

        left = req->deadline_ms - (ra_llm_now_ms() - start);
        if (left <= 0)
            return ra_llm_fail(
                res, MM_ERR_TIMEOUT,
                strdup("The LLM provider did not answer within the "
                       "deadline (--llm-timeout); retry, or raise the "
                       "deadline or choose a faster model."));
        rc = ra_llm_once(req, left, &res->status, &sink);
        res->attempts++;
        free(res->body);
        res->body = mm_buf_steal(&sink.body);
        if (rc == CURLE_OPERATION_TIMEDOUT &&
            ra_llm_now_ms() - start >= req->deadline_ms - 50)
            return ra_llm_fail(
                res, MM_ERR_TIMEOUT,
                strdup("The LLM provider did not answer within the "
                       "deadline (--llm-timeout); retry, or raise the "
                       "deadline or choose a faster model."));
        if (sink.too_big)
            return ra_llm_fail(res, MM_ERR_API,
                               strdup("The LLM provider's answer was too "
                                      "large."));
        if (rc == CURLE_OK && res->status >= 200 && res->status < 300)
            return 0;
        delay = ra_llm_retry_delay_ms(rc == CURLE_OK ? res->status : 0,
                                      sink.retry_after, res->attempts,
                                      (unsigned)rand_r(&seed));
        left = req->deadline_ms - (ra_llm_now_ms() - start);
        if (delay >= 0 && delay < left) {
            ra_log(RA_LOG_INFO, NULL,
                   "llm: attempt %d got %s%ld; retrying in %ld ms",
                   res->attempts, rc == CURLE_OK ? "HTTP " : "curl error ",
                   rc == CURLE_OK ? res->status : (long)rc, delay);
            ra_llm_sleep_ms(delay);
            continue;
        }
        if (rc != CURLE_OK) {
            mm_buf_printf(&b,
                          "Could not reach the LLM provider at %s (%s); "
                          "check the base URL (--llm-base-url) and the "
                          "network.",
                          req->url, curl_easy_strerror(rc));
            return ra_llm_fail(res, MM_ERR_NETWORK, mm_buf_steal(&b));
        }
        {
            char *detail = ra_llm_error_detail(res->body);
            char *msg = ra_llm_status_message(res->status, detail);

            free(detail);
            return ra_llm_fail(res,
                               res->status == 429 && delay >= 0
                                   ? MM_ERR_RATE_LIMITED
                                   : MM_ERR_API,
                               msg);
        }
    }
}

void ra_llm_response_free(ra_llm_response *res)
{
    free(res->body);
    free(res->message);
    memset(res, 0, sizeof(*res));
}
