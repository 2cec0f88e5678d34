/*
 * mm_cache_key: the keys of the prompt cache and the render cache
 * ("Caching and limits" in DESIGN.md), computed the same way by the
 * module (which looks prompts up) and the agent (which writes both).
 *
 * A key is the SHA-256, in 64 lowercase hex digits, of a tag naming the
 * cache, the text, the style preset and the quality, separated by NUL
 * bytes (which none of them can contain), so that no two different
 * triples share a key.
 */
#ifndef MM_CACHE_KEY_H
#define MM_CACHE_KEY_H

#include <apr_pools.h>

/* Length of a key in hex digits, without the NUL. */
#define MM_CACHE_KEY_LEN 64

/*
 * Returns `prompt` as the prompt cache compares it, in `pool`: leading
 * and trailing white space removed, every run of white space inside made
 * one space, ASCII letters lower-cased (other characters kept as they
 * are).
 */
const char *mm_cache_normalize_prompt(apr_pool_t *pool, const char *prompt);

/*
 * Returns the prompt cache key of (normalised `prompt`, `style`,
 * `quality`) in `pool`, or NULL if the digest could not be computed.
 */
const char *mm_cache_prompt_key(apr_pool_t *pool, const char *prompt,
                                const char *style, const char *quality);

/*
 * Returns the render cache key of (`code` byte for byte, `style`,
 * `quality`) in `pool`, or NULL if the digest could not be computed.
 */
const char *mm_cache_render_key(apr_pool_t *pool, const char *code,
                                const char *style, const char *quality);

#endif /* MM_CACHE_KEY_H */
