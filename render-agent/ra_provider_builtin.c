/*
 * ra_provider_builtin: the offline generator (ra_builtin) as a code
 * provider.
 *
 * It cannot read or repair arbitrary code. Its repair writes the scene
 * anew from the prompt when the generator understands the prompt and the
 * new scene differs from the failed one; otherwise it fails with
 * unsupported_prompt and says that an LLM provider can repair code.
 */
#include "ra_provider.h"

#include "mm_buf.h"
#include "mm_job.h"

#include <stdlib.h>
#include <string.h>

#define RA_BUILTIN_CANNOT_REPAIR                                              \
    "The offline code generator cannot repair code: it can only write a "     \
    "scene anew from a prompt it understands, and %s. An LLM code provider "  \
    "can repair code (see \"Code providers\" in the README). Edit the code "  \
    "yourself, or retry with a prompt the offline generator understands."

/* Fills *err with unsupported_prompt and `message` (malloc'd or NULL). */
static int ra_builtin_refuse(ra_provider_error *err, char *message)
{
    err->type = MM_ERR_UNSUPPORTED;
    err->message = message;
    return -1;
}

static int ra_builtin_provider_generate(const ra_provider *p,
                                        const char *prompt,
                                        const mm_style *style,
                                        ra_generated *out,
                                        ra_provider_error *err)
{
    char *message = NULL;
    ra_gen_status gs;

    (void)p;
    (void)style; /* the render-time theme applies it */
    gs = ra_builtin_generate(prompt, out, &message);
    if (gs == RA_GEN_OK)
        return 0;
    err->type =
        gs == RA_GEN_UNSUPPORTED ? MM_ERR_UNSUPPORTED : MM_ERR_INTERNAL;
    err->message = message;
    return -1;
}

/* The cannot-repair message, saying `why` the prompt does not help. */
static char *ra_builtin_cannot_repair(const char *why)
{
    mm_buf b = MM_BUF_INIT;

    mm_buf_printf(&b, RA_BUILTIN_CANNOT_REPAIR, why);
    return mm_buf_steal(&b);
}

static int ra_builtin_provider_repair(const ra_provider *p, const char *prompt,
                                      const mm_style *style,
                                      const char *failed_code,
                                      const char *logs, ra_generated *out,
                                      ra_provider_error *err)
{
    ra_provider_error gen_err = {NULL, NULL};

    (void)logs; /* the generator cannot use them */
    memset(out, 0, sizeof(*out));
    if (!prompt || !*prompt)
        return ra_builtin_refuse(
            err, ra_builtin_cannot_repair("this job has no prompt"));
    if (ra_builtin_provider_generate(p, prompt, style, out, &gen_err) != 0) {
        ra_provider_error_free(&gen_err);
        return ra_builtin_refuse(
            err, ra_builtin_cannot_repair("it does not understand this "
                                          "job's prompt"));
    }
    if (failed_code && strcmp(out->code, failed_code) == 0) {
        ra_generated_free(out);
        return ra_builtin_refuse(
            err, ra_builtin_cannot_repair("it would write the same failing "
                                          "code again"));
    }
    return 0;
}

static const ra_provider ra_builtin_provider = {
    "builtin", ra_builtin_provider_generate, ra_builtin_provider_repair, NULL};

const ra_provider *ra_provider_builtin(void)
{
    return &ra_builtin_provider;
}
