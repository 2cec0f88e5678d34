/*
 * Unit tests of the LLM retry policy (ra_llm_retry_delay_ms) and of the
 * messages for refused requests.
 */
#include "mm_test.h"
#include "mm_job.h"
#include "ra_config.h"
#include "ra_llm_http.h"

#include <stdlib.h>
#include <unistd.h>

static void test_retryable_statuses(void)
{
    static const long retry[] = {0, 408, 429, 500, 502, 503};
    size_t i;

    for (i = 0; i < sizeof(retry) / sizeof(retry[0]); i++) {
        long d = ra_llm_retry_delay_ms(retry[i], NULL, 1, 0);

        MM_CHECK(d >= RA_LLM_BACKOFF_BASE_MS);
        MM_CHECK(d <= RA_LLM_BACKOFF_BASE_MS * 3 / 2);
    }
}

static void test_no_retry_statuses(void)
{
    static const long never[] = {400, 401, 402, 403, 404, 422, 504};
    size_t i;

    for (i = 0; i < sizeof(never) / sizeof(never[0]); i++)
        MM_CHECK(ra_llm_retry_delay_ms(never[i], NULL, 1, 7) == -1);
    /* A 402 with Retry-After is still no retry. */
    MM_CHECK(ra_llm_retry_delay_ms(402, "1", 1, 0) == -1);
}

static void test_backoff_grows_with_jitter_and_stops(void)
{
    long a1 = ra_llm_retry_delay_ms(503, NULL, 1, 0);
    long a2 = ra_llm_retry_delay_ms(503, NULL, 2, 0);
    long a3 = ra_llm_retry_delay_ms(503, NULL, 3, 0);
    long j = ra_llm_retry_delay_ms(503, NULL, 1, 123);

    MM_CHECK(a1 == RA_LLM_BACKOFF_BASE_MS);
    MM_CHECK(a2 == 2 * RA_LLM_BACKOFF_BASE_MS);
    MM_CHECK(a3 == 4 * RA_LLM_BACKOFF_BASE_MS);
    MM_CHECK(j > a1 && j <= a1 + a1 / 2);
    MM_CHECK(ra_llm_retry_delay_ms(503, NULL, RA_LLM_MAX_ATTEMPTS, 0) == -1);
}

static void test_retry_after(void)
{
    MM_CHECK(ra_llm_retry_delay_ms(429, "2", 1, 999) == 2000);
    MM_CHECK(ra_llm_retry_delay_ms(429, "0", 1, 999) == 0);
    MM_CHECK(ra_llm_retry_delay_ms(503, "3 ", 2, 0) == 3000);
    /* Bounded. */
    MM_CHECK(ra_llm_retry_delay_ms(429, "86400", 1, 0) ==
             RA_LLM_RETRY_AFTER_MAX_MS);
    /* An HTTP date or garbage falls back to the backoff. */
    MM_CHECK(ra_llm_retry_delay_ms(429, "Wed, 21 Oct 2015 07:28:00 GMT", 1,
                                   0) == RA_LLM_BACKOFF_BASE_MS);
    MM_CHECK(ra_llm_retry_delay_ms(429, "-5", 1, 0) == RA_LLM_BACKOFF_BASE_MS);
    MM_CHECK(ra_llm_retry_delay_ms(429, "", 1, 0) == RA_LLM_BACKOFF_BASE_MS);
}

static void test_messages(void)
{
    char *m = ra_llm_status_message(401, "User not found.");

    MM_CHECK_CONTAINS(m, "refused the API key");
    MM_CHECK_STR(m, "The LLM provider refused the API key; check the key "
                    "(LLM_API_KEY or --llm-api-key-file) (HTTP 401): User "
                    "not found.");
    free(m);
    m = ra_llm_status_message(402, NULL);
    MM_CHECK_CONTAINS(m, "credits");
    free(m);
}

static void test_unreachable_is_a_network_error(void)
{
    ra_llm_request req = {"http://127.0.0.1:1/v1/chat/completions", "k", "{}",
                          500, 1000};
    ra_llm_response res;

    MM_CHECK(ra_llm_post(&req, &res) == -1);
    MM_CHECK_STR(res.error_type, MM_ERR_NETWORK);
    MM_CHECK(res.attempts == 2); /* one retry fits in the deadline */
    MM_CHECK_CONTAINS(res.message, "Could not reach the LLM provider");
    MM_CHECK(strstr(res.message, "Bearer") == NULL);
    ra_llm_response_free(&res);
}

static void test_key_from_the_environment_is_wiped(void)
{
    char *argv[] = {"render-agent",
                    "--data-dir",
                    "/tmp",
                    "--venv",
                    "/v",
                    "--validator",
                    "/x.py",
                    "--llm-base-url",
                    "http://127.0.0.1:9/v1",
                    "--llm-timeout",
                    "3",
                    "--auto-repairs",
                    "0",
                    NULL};
    ra_config cfg;

    setenv("LLM_API_KEY", " sk-secret\n", 1);
    optind = 0;
    MM_CHECK(ra_config_parse(&cfg, 13, argv) == 0);
    MM_CHECK_STR(cfg.llm_api_key, "sk-secret");
    MM_CHECK(getenv("LLM_API_KEY") == NULL);
    MM_CHECK_STR(cfg.llm_base_url, "http://127.0.0.1:9/v1");
    MM_CHECK(cfg.llm_timeout == 3 && cfg.auto_repairs == 0);
    MM_CHECK(cfg.provider == NULL);
    ra_config_free(&cfg);
    MM_CHECK(cfg.llm_api_key == NULL);
}

static void test_key_from_a_file(void)
{
    char path[] = "/tmp/mm-test-key-XXXXXX";
    int fd = mkstemp(path);
    char *argv[] = {
        "render-agent", "--data-dir",  "/tmp",   "--venv",
        "/v",           "--validator", "/x.py",  "--llm-api-key-file",
        path,           "--provider",  "openai", NULL};
    ra_config cfg;

    MM_CHECK(fd >= 0 && write(fd, "sk-from-file\n", 13) == 13);
    close(fd);
    setenv("LLM_API_KEY", "sk-env", 1);
    optind = 0;
    MM_CHECK(ra_config_parse(&cfg, 11, argv) == 0);
    MM_CHECK_STR(cfg.llm_api_key, "sk-from-file");
    MM_CHECK(getenv("LLM_API_KEY") == NULL); /* wiped all the same */
    MM_CHECK_STR(cfg.provider, "openai");
    ra_config_free(&cfg);
    unlink(path);
}

int main(void)
{
    MM_RUN(test_retryable_statuses);
    MM_RUN(test_no_retry_statuses);
    MM_RUN(test_backoff_grows_with_jitter_and_stops);
    MM_RUN(test_retry_after);
    MM_RUN(test_messages);
    MM_RUN(test_unreachable_is_a_network_error);
    MM_RUN(test_key_from_the_environment_is_wiped);
    MM_RUN(test_key_from_a_file);
    return mm_test_summary();
}
