/*
 * Unit tests of the cache keys: prompts that differ only in case and
 * white space share a key, anything else that matters (words, style,
 * quality, a single byte of code) does not, and keys are SHA-256 hex.
 */
#include "mm_cache_key.h"
#include "mm_test.h"

#include <apr_general.h>

static apr_pool_t *pool;

static void test_prompt_is_normalised(void)
{
    MM_CHECK_STR(mm_cache_normalize_prompt(pool, "  Draw\t a  CIRCLE \n"),
                 "draw a circle");
    MM_CHECK_STR(mm_cache_normalize_prompt(pool, ""), "");
    MM_CHECK_STR(mm_cache_normalize_prompt(pool, " \n "), "");
    MM_CHECK_STR(mm_cache_normalize_prompt(pool, "Éa  B"), "Éa b");
}

static void test_prompt_keys(void)
{
    const char *k = mm_cache_prompt_key(pool, "Draw a circle", "Dark", "low");

    MM_CHECK(k && strlen(k) == MM_CACHE_KEY_LEN);
    MM_CHECK_STR(mm_cache_prompt_key(pool, " draw  A circle", "Dark", "low"),
                 k);
    MM_CHECK(strcmp(mm_cache_prompt_key(pool, "Draw a square", "Dark", "low"),
                    k) != 0);
    MM_CHECK(
        strcmp(mm_cache_prompt_key(pool, "Draw a circle", "Classic", "low"),
               k) != 0);
    MM_CHECK(strcmp(mm_cache_prompt_key(pool, "Draw a circle", "Dark", "high"),
                    k) != 0);
    /* The separators keep ("ab", "c") apart from ("a", "bc"). */
    MM_CHECK(strcmp(mm_cache_prompt_key(pool, "x", "ab", "c"),
                    mm_cache_prompt_key(pool, "x", "a", "bc")) != 0);
}

static void test_render_keys(void)
{
    const char *k = mm_cache_render_key(pool, "a = 1\n", "Dark", "low");

    MM_CHECK(k && strlen(k) == MM_CACHE_KEY_LEN);
    MM_CHECK_STR(mm_cache_render_key(pool, "a = 1\n", "Dark", "low"), k);
    /* Code is compared byte for byte: no normalising. */
    MM_CHECK(strcmp(mm_cache_render_key(pool, "a =  1\n", "Dark", "low"), k) !=
             0);
    MM_CHECK(strcmp(mm_cache_render_key(pool, "a = 1\n", "Dark", "medium"),
                    k) != 0);
    /* The two caches never share a key for the same text. */
    MM_CHECK(strcmp(mm_cache_prompt_key(pool, "a = 1", "Dark", "low"),
                    mm_cache_render_key(pool, "a = 1", "Dark", "low")) != 0);
}

int main(void)
{
    apr_initialize();
    apr_pool_create(&pool, NULL);
    MM_RUN(test_prompt_is_normalised);
    MM_RUN(test_prompt_keys);
    MM_RUN(test_render_keys);
    apr_pool_destroy(pool);
    apr_terminate();
    return mm_test_summary();
}
