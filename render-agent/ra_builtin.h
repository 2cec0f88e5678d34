/*
 * ra_builtin: the offline code provider. It reads an English request and
 * writes a Manim Community scene for it without any network or language
 * model, for three kinds of request:
 *
 *   shapes     "Draw a red square and rotate it 45 degrees",
 *              "a blue circle and a green star, then turn the star into a
 *              hexagon", "fade in a yellow triangle and move it left"
 *   plots      "Plot y = x^2 from -3 to 3", "graph sin(x) and cos(x)",
 *              "draw the graph of y=2x+1 for x between -3 and 3"
 *   equations  "Show the quadratic formula", "write E = mc^2"
 *
 * Anything else is refused with a message that says what is understood.
 *
 * Safety: no text of the request is ever copied into the code. Colours and
 * shapes come from fixed tables, numbers are printed from parsed doubles,
 * and formulas go through ra_expr's parser and printers; strings in the
 * code are written with mm_buf_python_string().
 */
#ifndef RA_BUILTIN_H
#define RA_BUILTIN_H

#include "mm_style.h"

/* Longest request the generator reads, in bytes. */
#define RA_BUILTIN_MAX_PROMPT 2000

typedef struct ra_generated {
    char *code;          /* Python source of one Scene subclass named
                            MathMotionScene; malloc'd */
    char *explanation;   /* one short paragraph for a person; malloc'd */
    int animation_count; /* number of self.play/self.wait calls the scene
                            makes, for progress */
} ra_generated;

typedef enum {
    RA_GEN_OK = 0,          /* *out is filled */
    RA_GEN_UNSUPPORTED = 1, /* the request is not one the generator knows */
    RA_GEN_ERROR = 2        /* bad arguments or out of memory */
} ra_gen_status;

/*
 * Writes a scene for `prompt` painted with `style`. On RA_GEN_OK fills
 * *out, which the caller releases with ra_generated_free(), and leaves
 * *message NULL. Otherwise *out is zeroed and *message is a malloc'd
 * sentence for a person that the caller frees (for RA_GEN_UNSUPPORTED it
 * says what the offline generator understands, with examples; it may be
 * NULL if even that allocation failed).
 */
ra_gen_status ra_builtin_generate(const char *prompt, const mm_style *style,
                                  ra_generated *out, char **message);

/* Frees the strings of *g and zeroes it; NULL is allowed. */
void ra_generated_free(ra_generated *g);

#endif /* RA_BUILTIN_H */
