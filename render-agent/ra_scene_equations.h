/*
 * ra_scene_equations: the scene for an equation: an optional title, the
 * equation written out symbol by symbol and then outlined, and an
 * explanation. The equation is a named one or one written in the
 * request (see ra_plan_equations).
 */
#ifndef RA_SCENE_EQUATIONS_H
#define RA_SCENE_EQUATIONS_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the scene of the named equation the request asks for (see
 * ra_named_equation() for eq_word). Returns RA_TRY_OK, or RA_TRY_NO with
 * nothing written when it names none.
 */
ra_try_result ra_try_named_equation(ra_scene *g, const ra_words *ws,
                                    int eq_word);

/*
 * Writes the scene of the equation written in `prompt` (with its words
 * ws). Returns RA_TRY_OK, or RA_TRY_NO with nothing written when there
 * is none or memory runs out.
 */
ra_try_result ra_try_explicit_equation(ra_scene *g, const char *prompt,
                                       const ra_words *ws);

#endif /* RA_SCENE_EQUATIONS_H */
