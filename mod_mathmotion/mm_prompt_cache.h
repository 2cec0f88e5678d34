/*
 * mm_prompt_cache: the module's side of the prompt cache ("Caching and
 * limits" in DESIGN.md). A first attempt of a prompt that was rendered
 * before, with the same style and quality, is answered at once with a new
 * job that is already done: isCacheHit, cachedFromJobId naming the job
 * that rendered it, and that job's code, explanation and video. Nothing
 * is rendered.
 *
 * The entries live in the store (they survive restarts and are shared by
 * every httpd child and host); the render agent writes them when a job
 * whose code it generated is done. This side bounds them: entries older
 * than MathMotionPromptCacheTTL are dropped, and beyond
 * MathMotionPromptCacheSize the least recently used go first.
 */
#ifndef MM_PROMPT_CACHE_H
#define MM_PROMPT_CACHE_H

#include "httpd.h"

#include "mm_store.h"
#include "mod_mathmotion.h"

/*
 * Looks up the prompt, style and quality of `job` (a first attempt not
 * yet stored). On a hit, fills `job` from the cached result (status
 * done), inserts it, and sets *hit to 1; on a miss leaves `job` alone and
 * sets *hit to 0. An entry whose job or video is gone counts as a miss
 * and is dropped. Returns MM_STORE_OK, or MM_STORE_ERROR (the store's
 * error says why).
 */
int mm_prompt_cache_answer(request_rec *r, const mm_server_conf *conf,
                           mm_store *st, mm_job *job, int *hit);

#endif /* MM_PROMPT_CACHE_H */
