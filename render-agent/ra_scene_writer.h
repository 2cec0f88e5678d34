/*
 * ra_scene_writer: what every scene of the offline code generator shares
 * when it is written: Python code and the explanation appended piece by
 * piece, the reason for a refusal, colour references printed as Manim
 * colours, the header (imports, class, background from the style), the
 * final wait, and numbers printed the same way in code and text.
 */
#ifndef RA_SCENE_WRITER_H
#define RA_SCENE_WRITER_H

#include "ra_builtin_internal.h"

/* Indentation of the body of construct(). */
#define RA_IND "        "

/* Appends printf-style text to the scene's code. */
void ra_code(ra_scene *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Appends printf-style text to the scene's explanation. */
void ra_say(ra_scene *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * Records why the request cannot be done, replacing any earlier reason.
 * Returns RA_TRY_REFUSED.
 */
ra_try_result ra_refuse(ra_scene *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * Writes a colour reference (see RA_PALETTE) as a Manim constant such as
 * RED, or the style's colour as a string literal.
 */
void ra_code_colour(ra_scene *g, int c);

/* Writes the start of every scene: imports, the class and background. */
void ra_code_header(ra_scene *g);

/* Writes the final self.wait(1) and counts it as an animation. */
void ra_code_wait(ra_scene *g);

/*
 * Prints v into buf for code or text: at most 6 significant digits, no
 * "-0". Returns buf.
 */
const char *ra_num(char buf[32], double v);

#endif /* RA_SCENE_WRITER_H */
