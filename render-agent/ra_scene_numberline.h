/*
 * ra_scene_numberline: the scenes for the number line (planned by
 * ra_plan_numberline): a NumberLine with its numbers, a dot that jumps
 * along arcs for sums, differences, products and counting, or dots with
 * labels at the numbers asked for, and the arithmetic written on top.
 */
#ifndef RA_SCENE_NUMBERLINE_H
#define RA_SCENE_NUMBERLINE_H

#include "ra_builtin_internal.h"
#include "ra_prompt.h"

/*
 * Writes the number line scene for `prompt` (words ws). `any` is 1 when
 * other planners have all declined: then bare arithmetic such as "3 + 4"
 * is taken too. Returns RA_TRY_OK, RA_TRY_REFUSED with the reason in
 * g->why, or RA_TRY_NO when the request is not about the number line.
 */
ra_try_result ra_try_number_line(ra_scene *g, const char *prompt,
                                 const ra_words *ws, int any);

#endif /* RA_SCENE_NUMBERLINE_H */
