/*
 * ra_provider: choosing the code provider. See ra_provider.h.
 *
 * Only the offline generator exists so far; a configured LLM provider
 * will be chosen here from the agent's settings.
 */
#include "ra_provider.h"

#include <stdlib.h>

const ra_provider *ra_provider_select(const ra_config *cfg)
{
    (void)cfg;
    return ra_provider_builtin();
}

void ra_provider_error_free(ra_provider_error *err)
{
    free(err->message);
    err->message = NULL;
    err->type = NULL;
}
