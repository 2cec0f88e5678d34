/*
 * mm_cache_key: prompt and render cache keys. See mm_cache_key.h.
 */
#include "mm_cache_key.h"

#include <apr_lib.h>
#include <apr_strings.h>
#include <openssl/evp.h>
#include <string.h>

/* Tags that keep the two caches' keys apart; bump to drop all entries. */
#define MM_CACHE_PROMPT_TAG "mathmotion-prompt-v1"
#define MM_CACHE_RENDER_TAG "mathmotion-render-v1"

const char *mm_cache_normalize_prompt(apr_pool_t *pool, const char *prompt)
{
    char *out = apr_palloc(pool, strlen(prompt) + 1), *o = out;
    const char *s = prompt;

    while (*s) {
        if (apr_isspace(*s)) {
            while (apr_isspace(*s))
                s++;
            /* One space between words; none at either end. */
            if (*s && o > out)
                *o++ = ' ';
            continue;
        }
        *o++ = (char)apr_tolower(*s);
        s++;
    }
    *o = '\0';
    return out;
}

/*
 * SHA-256 of the NUL-separated `parts` (`n` of them) as hex in `pool`.
 * Returns NULL if libcrypto fails.
 */
static const char *mm_cache_digest(apr_pool_t *pool, const char *const *parts,
                                   int n)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0, i;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    char *out;
    int ok, k;

    if (!ctx)
        return NULL;
    ok = EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
    for (k = 0; ok && k < n; k++)
        ok = EVP_DigestUpdate(ctx, parts[k], strlen(parts[k]) + 1);
    ok =
        ok && EVP_DigestFinal_ex(ctx, md, &len) && len * 2 == MM_CACHE_KEY_LEN;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return NULL;
    out = apr_palloc(pool, MM_CACHE_KEY_LEN + 1);
    for (i = 0; i < len; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 0xf];
    }
    out[MM_CACHE_KEY_LEN] = '\0';
    return out;
}

const char *mm_cache_prompt_key(apr_pool_t *pool, const char *prompt,
                                const char *style, const char *quality)
{
    const char *parts[4];

    parts[0] = MM_CACHE_PROMPT_TAG;
    parts[1] = mm_cache_normalize_prompt(pool, prompt);
    parts[2] = style;
    parts[3] = quality;
    return mm_cache_digest(pool, parts, 4);
}

const char *mm_cache_render_key(apr_pool_t *pool, const char *code,
                                const char *style, const char *quality)
{
    const char *parts[4];

    parts[0] = MM_CACHE_RENDER_TAG;
    parts[1] = code;
    parts[2] = style;
    parts[3] = quality;
    return mm_cache_digest(pool, parts, 4);
}
