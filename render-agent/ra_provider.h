/*
 * ra_provider: the code provider seam. A provider writes Manim scene code
 * for a prompt (generate) and repairs code that failed, given its error
 * logs (repair, for auto-fix jobs). The pipeline calls a provider and
 * never knows which one it is: the offline `builtin` generator today,
 * or an OpenAI-compatible LLM (ra_provider_openai.c).
 *
 * Both calls return 0 with *out filled (code, explanation, animation
 * count; released with ra_generated_free), or -1 with *err filled: a
 * typed error (MM_ERR_*) and a message for a person, which the pipeline
 * records on the job as it is.
 */
#ifndef RA_PROVIDER_H
#define RA_PROVIDER_H

#include "mm_style.h"
#include "ra_builtin.h"
#include "ra_config.h"

typedef struct ra_provider_error {
    const char *type; /* MM_ERR_*: unsupported_prompt, api_error, ... */
    char *message;    /* for a person (malloc'd), or NULL */
} ra_provider_error;

typedef struct ra_provider ra_provider;

struct ra_provider {
    const char *name; /* "builtin", ... for the logs */
    /* Writes a scene for `prompt` painted in `style`. */
    int (*generate)(const ra_provider *p, const char *prompt,
                    const mm_style *style, ra_generated *out,
                    ra_provider_error *err);
    /* Repairs `failed_code`, which failed with `logs` (the error message
     * and the validator's findings or the trace), for `prompt`. */
    int (*repair)(const ra_provider *p, const char *prompt,
                  const mm_style *style, const char *failed_code,
                  const char *logs, ra_generated *out, ra_provider_error *err);
    void *data; /* the provider's own state, or NULL */
};

/* The offline generator (ra_provider_builtin.c). Never NULL. */
const ra_provider *ra_provider_builtin(void);

/* An OpenAI-compatible chat-completions endpoint configured by `cfg`
 * (llm_base_url, llm_model, llm_api_key, timeouts). Never NULL. */
const ra_provider *ra_provider_openai(const ra_config *cfg);

/* The provider the agent is configured with: cfg->provider ("builtin" or
 * "openai"), else openai when an API key is configured, else builtin.
 * Never NULL; builtin for a NULL cfg. */
const ra_provider *ra_provider_select(const ra_config *cfg);

/* Frees the message of *err and clears it. */
void ra_provider_error_free(ra_provider_error *err);

#endif /* RA_PROVIDER_H */
