/*
 * ra_provider: choosing the code provider. See ra_provider.h.
 *
 * The LLM provider when asked for by name or when a key is configured,
 * else the offline generator.
 */
#include "ra_provider.h"

#include <stdlib.h>
#include <string.h>

const ra_provider *ra_provider_select(const ra_config *cfg)
{
    if (!cfg)
        return ra_provider_builtin();
    if (cfg->provider ? strcmp(cfg->provider, "openai") == 0
                      : cfg->llm_api_key && *cfg->llm_api_key)
        return ra_provider_openai(cfg);
    return ra_provider_builtin();
}

void ra_provider_error_free(ra_provider_error *err)
{
    free(err->message);
    err->message = NULL;
    err->type = NULL;
}
