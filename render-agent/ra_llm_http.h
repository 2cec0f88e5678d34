/*
 * ra_llm_http: one chat-completions call over libcurl, with the retry
 * policy of an OpenAI-compatible API (ECOSYSTEM-NOTES.md): retries with
 * exponential backoff and jitter on 408/429/500/502/503 and on failed
 * connections, honouring Retry-After (bounded); no retry on other
 * statuses; all of it within one overall deadline.
 */
#ifndef RA_LLM_HTTP_H
#define RA_LLM_HTTP_H

#define RA_LLM_MAX_ATTEMPTS 4      /* requests per call, retries included */
#define RA_LLM_BACKOFF_BASE_MS 500 /* first backoff, doubled per retry */
#define RA_LLM_BACKOFF_MAX_MS 8000 /* longest backoff without Retry-After */
#define RA_LLM_RETRY_AFTER_MAX_MS 30000 /* longest Retry-After honoured */

/*
 * The retry policy, a pure function. `status` is the HTTP status (0 for
 * a failed connection), `retry_after` the Retry-After header or NULL,
 * `attempt` the number of requests made so far (1 after the first),
 * `jitter` any number (a random one in the agent). Returns the delay in
 * milliseconds before the next request, or -1 for no retry.
 */
long ra_llm_retry_delay_ms(long status, const char *retry_after, int attempt,
                           unsigned jitter);

typedef struct ra_llm_request {
    const char *url;     /* .../chat/completions */
    const char *api_key; /* Bearer token, or NULL/"" for none */
    const char *body;    /* JSON request */
    long connect_timeout_ms;
    long deadline_ms; /* whole call, retries and waits included */
} ra_llm_request;

typedef struct ra_llm_response {
    long status;            /* last HTTP status, 0 if none */
    char *body;             /* last response body (malloc'd) or NULL */
    int attempts;           /* requests made */
    const char *error_type; /* NULL on a 2xx, else MM_ERR_* */
    char *message; /* for a person (malloc'd) when error_type is set */
} ra_llm_response;

/* POSTs with retries. Returns 0 with a 2xx in *res, or -1 with
 * res->error_type and res->message set. Free with ra_llm_response_free. */
int ra_llm_post(const ra_llm_request *req, ra_llm_response *res);

void ra_llm_response_free(ra_llm_response *res);

/* A person's message for a refused request (4xx/5xx) with the provider's
 * own error text `detail` (may be NULL). malloc'd. */
char *ra_llm_status_message(long status, const char *detail);

#endif /* RA_LLM_HTTP_H */
