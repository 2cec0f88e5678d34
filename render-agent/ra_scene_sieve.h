/*
 * ra_scene_sieve: the sieve of Eratosthenes (planned by ra_plan_sieve) as
 * a grid of the numbers 1 to N: each prime up to sqrt(N) in turn crosses
 * out its multiples in one stroke, and the primes left are highlighted
 * and counted.
 */
#ifndef RA_SCENE_SIEVE_H
#define RA_SCENE_SIEVE_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the sieve scene for `prompt` (words ws). Returns RA_TRY_OK,
 * RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when the
 * request is not about the sieve of Eratosthenes or the primes up to a
 * number.
 */
ra_try_result ra_try_sieve(ra_scene *g, const char *prompt,
                           const ra_words *ws);

#endif /* RA_SCENE_SIEVE_H */
