/*
 * ra_plan_equations: the equations a request asks to show. Either one of
 * a curated table of named equations ("the quadratic formula", "Euler's
 * identity", "Bayes' theorem"), with a title and a sentence about it, or
 * an equation written in the request ("write E = mc^2"), read side by
 * side with ra_expr's parser (any single letter is a variable) and
 * printed back as LaTeX and plain text.
 */
#ifndef RA_PLAN_EQUATIONS_H
#define RA_PLAN_EQUATIONS_H

#include "mm_buf.h"
#include "ra_expr.h"
#include "ra_prompt.h"

typedef struct ra_equation_def {
    const char *keys[3]; /* word prefixes that must all appear */
    int needs_eq_word;   /* also needs "equation", "formula", ... */
    const char *title;   /* shown above the equation */
    const char *latex;   /* curated LaTeX */
    const char *about;   /* a sentence for the explanation */
} ra_equation_def;

/*
 * Returns the first named equation all of whose keys the request holds,
 * leaving out those that need a word such as "equation" or "formula"
 * unless eq_word is set; or NULL. The result is static.
 */
const ra_equation_def *ra_named_equation(const ra_words *ws, int eq_word);

/*
 * Reads the first equation written in the request ("E = mc^2", up to
 * three sides such as "x = y = z") and appends its LaTeX to tex and its
 * plain text to text. Returns 0, or -1 when there is no such equation
 * (the buffers are then left alone).
 */
int ra_read_equation(const char *prompt, mm_buf *tex, mm_buf *text);

#define RA_MAX_SIDES 3 /* sides of one written equation: "x = y = z" */

/*
 * Parses the first equation written in the request into its sides (at
 * most max <= RA_MAX_SIDES), read with RA_EXPR_ANY_VARS. Returns the
 * number of sides (>= 2) with the trees, which the caller frees, in e;
 * or -1 when there is no such equation (nothing to free).
 */
int ra_parse_equation(const char *prompt, ra_expr **e, int max);

/*
 * Returns the colour reference for the equation: the first colour word
 * of the request, else the style's text colour.
 */
int ra_equation_colour(const ra_words *ws);

#endif /* RA_PLAN_EQUATIONS_H */
