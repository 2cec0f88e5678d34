/*
 * ra_scene_binomial: the binomial distribution (planned by
 * ra_plan_binomial) as bars of P(X = k) on axes, the formula and the
 * numbers beside them, the mean marked, and the normal curve with the
 * same mean and standard deviation drawn over the bars.
 */
#ifndef RA_SCENE_BINOMIAL_H
#define RA_SCENE_BINOMIAL_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the binomial scene for `prompt` (words ws). Returns RA_TRY_OK,
 * RA_TRY_REFUSED with the reason in g->why, or RA_TRY_NO when the request
 * is not about a binomial distribution, coin flips or dice rolls.
 */
ra_try_result ra_try_binomial(ra_scene *g, const char *prompt,
                              const ra_words *ws);

#endif /* RA_SCENE_BINOMIAL_H */
