/*
 * ra_provider_openai: an OpenAI-compatible chat-completions endpoint
 * (OpenRouter by default; also Ollama, vLLM, llama.cpp's server) as a
 * code provider. The HTTP call and its retries are ra_llm_http's, the
 * prompts ra_llm_prompt's, the reading of the answer ra_llm_extract's.
 * The API key lives only in the agent's config; it is never logged and
 * never put in a job or an error message.
 */
#include "ra_provider.h"

#include "mm_buf.h"
#include "mm_job.h"
#include "ra_llm_extract.h"
#include "ra_llm_http.h"
#include "ra_llm_prompt.h"
#include "ra_log.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define RA_LLM_MAX_TOKENS 4096
#define RA_LLM_TEMPERATURE 0.2

static int ra_openai_fail(ra_provider_error *err, const char *type,
                          char *message)
{
    err->type = type;
    err->message = message;
    return -1;
}

/* Counts self.play/self.wait calls, for progress. */
static int ra_count_animations(const char *code)
{
    int n = 0;
    const char *p;

    for (p = code; (p = strstr(p, "self.play(")); p++)
        n++;
    for (p = code; (p = strstr(p, "self.wait(")); p++)
        n++;
    return n > 0 ? n : 1;
}

/* Reads a 200 answer: its error, its truncation, or the code. */
static int ra_openai_answer(const char *body, ra_generated *out,
                            ra_provider_error *err)
{
    json_t *root = json_loads(body ? body : "", 0, NULL);
    json_t *choice, *content, *error;
    const char *finish;
    int rc = -1;

    if (!json_is_object(root)) {
        json_decref(root);
        return ra_openai_fail(err, MM_ERR_API,
                              strdup("The LLM provider's answer was not "
                                     "valid JSON; retry, or check that the "
                                     "base URL is an OpenAI-compatible "
                                     "API."));
    }
    error = json_object_get(root, "error");
    choice = json_array_get(json_object_get(root, "choices"), 0);
    content = json_object_get(json_object_get(choice, "message"), "content");
    finish = json_string_value(json_object_get(choice, "finish_reason"));
    if (error) {
        json_t *m = json_object_get(error, "message");
        mm_buf b = MM_BUF_INIT;

        mm_buf_printf(&b,
                      "The LLM provider failed while writing the code: "
                      "%.300s. Retry, or choose another model.",
                      json_is_string(m) ? json_string_value(m) : "an error");
        ra_openai_fail(err, MM_ERR_API, mm_buf_steal(&b));
    } else if (finish && strcmp(finish, "length") == 0) {
        ra_openai_fail(err, MM_ERR_API,
                       strdup("The LLM's answer was cut off (it reached "
                              "its token limit) before the code was "
                              "complete. Retry with a simpler prompt."));
    } else if (!json_is_string(content)) {
        ra_openai_fail(err, MM_ERR_API,
                       strdup("The LLM provider's answer had no message "
                              "content; retry, or choose another model."));
    } else if (ra_llm_extract(json_string_value(content), &out->code,
                              &out->explanation) != 0) {
        ra_openai_fail(err, MM_ERR_API,
                       strdup("The LLM's answer held no Python code. Retry, "
                              "or rephrase the prompt."));
    } else {
        out->animation_count = ra_count_animations(out->code);
        rc = 0;
    }
    json_decref(root);
    return rc;
}

/* One chat completion with `system` and `user`; fills *out or *err. */
static int ra_openai_chat(const ra_provider *p, const char *system,
                          const char *user, ra_generated *out,
                          ra_provider_error *err)
{
    const ra_config *cfg = p->data;
    json_t *req = json_pack("{s:s, s:[{s:s, s:s}, {s:s, s:s}], s:i, s:f, s:b}",
                            "model", cfg->llm_model, "messages", "role",
                            "system", "content", system, "role", "user",
                            "content", user, "max_tokens", RA_LLM_MAX_TOKENS,
                            "temperature", RA_LLM_TEMPERATURE, "stream", 0);
    char *body = req ? json_dumps(req, JSON_COMPACT) : NULL;
    mm_buf url = MM_BUF_INIT;
    ra_llm_request hreq;
    ra_llm_response res = {0};
    size_t n = strlen(cfg->llm_base_url);
    int rc;

    json_decref(req);
    memset(out, 0, sizeof(*out));
    if (!body)
        return ra_openai_fail(err, MM_ERR_INTERNAL,
                              strdup("Out of memory writing the request."));
    while (n > 0 && cfg->llm_base_url[n - 1] == '/')
        n--;
    mm_buf_printf(&url, "%.*s/chat/completions", (int)n, cfg->llm_base_url);
    hreq.url = url.data;
    hreq.api_key = cfg->llm_api_key;
    hreq.body = body;
    hreq.connect_timeout_ms = cfg->llm_connect_timeout * 1000L;
    hreq.deadline_ms = cfg->llm_timeout * 1000L;
    rc = ra_llm_post(&hreq, &res);
    ra_log(RA_LOG_INFO, NULL, "llm: model=%s attempts=%d status=%ld%s%s",
           cfg->llm_model, res.attempts, res.status,
           res.error_type ? " error=" : "",
           res.error_type ? res.error_type : "");
    if (rc != 0) {
        ra_openai_fail(err, res.error_type, res.message);
        res.message = NULL;
    } else {
        rc = ra_openai_answer(res.body, out, err);
    }
    ra_llm_response_free(&res);
    mm_buf_free(&url);
    free(body);
    return rc;
}

static int ra_openai_generate(const ra_provider *p, const char *prompt,
                              const mm_style *style, ra_generated *out,
                              ra_provider_error *err)
{
    char *system = ra_llm_system_prompt(style);
    char *user = ra_llm_generate_message(prompt);
    int rc = ra_openai_chat(p, system, user, out, err);

    free(system);
    free(user);
    return rc;
}

static int ra_openai_repair(const ra_provider *p, const char *prompt,
                            const mm_style *style, const char *failed_code,
                            const char *logs, ra_generated *out,
                            ra_provider_error *err)
{
    char *system = ra_llm_system_prompt(style);
    char *user = ra_llm_repair_message(prompt, failed_code, logs);
    int rc = ra_openai_chat(p, system, user, out, err);

    free(system);
    free(user);
    return rc;
}

const ra_provider *ra_provider_openai(const ra_config *cfg)
{
    static ra_provider prov = {"openai", ra_openai_generate, ra_openai_repair,
                               NULL};

    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

    /* The agent has one config for its lifetime: set once, read after. */
    pthread_mutex_lock(&lock);
    if (!prov.data)
        prov.data = (void *)cfg;
    pthread_mutex_unlock(&lock);
    return &prov;
}
