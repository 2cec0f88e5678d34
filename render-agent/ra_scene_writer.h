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

/*
 * As ra_code_header() for a scene class derived from `base`, a fixed
 * Manim name such as "ThreeDScene".
 */
void ra_code_header_base(ra_scene *g, const char *base);

/*
 * Writes code that moves the mobject named var (a fixed Python name)
 * back inside the frame when it sticks out.
 */
void ra_code_keep_in_frame(ra_scene *g, const char *var);

/*
 * Writes code that moves the label named var above or below any of the
 * labels listed in `others` (fixed Python names, comma-separated) that
 * it overlaps.
 */
void ra_code_avoid(ra_scene *g, const char *var, const char *others);

/*
 * Writes code that keeps the label named var clear of the labels placed
 * before it (ra_code_avoid) and inside the frame (ra_code_keep_in_frame),
 * and remembers it in g->labels.
 */
void ra_code_place_label(ra_scene *g, const char *var);

/* Writes the final self.wait(1) and counts it as an animation. */
void ra_code_wait(ra_scene *g);

/*
 * Prints v into buf for code or text: at most 6 significant digits, no
 * "-0". Returns buf.
 */
const char *ra_num(char buf[32], double v);

/*
 * Prints v to 4 significant digits into buf (a whole number when v is
 * one to 1e-9). Returns 1 if the printed number is v itself (to 1e-9),
 * so a label may say "=" rather than "\approx", else 0.
 */
int ra_num_round(char buf[32], double v);

/*
 * Appends v to b as LaTeX: as ra_num_round() prints it, or as a simple
 * multiple of pi ("\frac{3\pi}{4}", "2\pi") when it is one. Returns 1
 * if what is written is exact, else 0.
 */
int ra_tex_value(mm_buf *b, double v);

/*
 * Prints v for people into buf: "2 pi", "3 pi/4" for simple multiples
 * of pi, else as ra_num_round() does. Returns buf.
 */
const char *ra_text_value(char buf[32], double v);

/*
 * Appends v to b as LaTeX: as a decimal when it has at most three
 * decimals ("0.25", "-2"), else as ra_tex_number() writes it
 * ("\frac{1}{6}", "0.4574").
 */
void ra_tex_short_or_fraction(mm_buf *b, double v);

/* The same for people into buf: "0.25", "1/6", "0.4574". Returns buf. */
const char *ra_text_short_or_fraction(char buf[32], double v);

#endif /* RA_SCENE_WRITER_H */
