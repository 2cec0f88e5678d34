/*
 * ra_expr: a small, safe parser for the formulas of the offline code
 * generator ("x^2", "3sin(2x)", "|x - 1|", "E = mc^2" one side at a time).
 *
 * Nothing the user types ever reaches generated code as text: a formula is
 * parsed into a tree made only of numbers (held as doubles), the variable
 * x, the constants pi and e, a fixed set of operators and a fixed table of
 * functions, and code is printed back from that tree. Anything else is
 * rejected with a message a person can read.
 *
 * Grammar (recursive descent; ^ and ** are right-associative powers):
 *   expr    := unary (('+' | '-') unary)*
 *   unary   := ('-' | '+') unary | term       (-2x is -(2x), -x^2 is -(x^2))
 *   term    := power (('*' | '/') signed | <implicit> power)*
 *   signed  := ('-' | '+') signed | power     (2^-x*3 is (2^(-x))*3)
 *   power   := primary ('^' signed | '²' | '³')?
 *   primary := number | name | '(' expr ')' | '|' expr '|'
 *            | function ('^' primary)? ('(' expr ')' | factor chain)
 * Implicit multiplication: 2x, 3sin(x), (x+1)(x-1), 2pi, 2|x|.
 * A run of letters is read greedily as known names (pi, function names)
 * and single letters, so "xsinx" is x*sin(x) while "os" is rejected.
 */
#ifndef RA_EXPR_H
#define RA_EXPR_H

#include <stddef.h>

#include "mm_buf.h"

/* Longest formula accepted, in bytes. */
#define RA_EXPR_MAX_LEN 200

/* Deepest nesting of parentheses, bars, signs and powers accepted. */
#define RA_EXPR_MAX_DEPTH 32

/*
 * Parse flag: besides x, any single letter (a-z, A-Z) and the Greek
 * letter names (alpha, theta, ...) are variables. For equations that are
 * only typeset: such a tree has no Python form and evaluates to NaN.
 */
#define RA_EXPR_ANY_VARS 0x1u

/*
 * Parse flag: the variable is the parameter t of a curve, which may also
 * be written theta or as the Greek letter (LaTeX \theta); x is not a
 * variable. Python names it t.
 */
#define RA_EXPR_VAR_T 0x2u

/* Parse flag: the variables are x and y, for a surface z = f(x, y). */
#define RA_EXPR_VAR_XY 0x4u

/* A parsed formula; opaque. */
typedef struct ra_expr ra_expr;

/*
 * Parses `text` as a formula in x. Returns a new tree that the caller
 * frees with ra_expr_free(), or NULL with a sentence for a person in
 * err (when err is not NULL; always NUL-terminated) if the text is
 * empty, longer than RA_EXPR_MAX_LEN, nested deeper than
 * RA_EXPR_MAX_DEPTH, uses a name or character outside the grammar, has a
 * constant part that is undefined or larger than 1e15 in magnitude (so
 * its Python form can never raise), or memory runs out.
 */
ra_expr *ra_expr_parse(const char *text, char *err, size_t errlen);

/*
 * As ra_expr_parse() with flags (0 or one of the RA_EXPR_* flags). With
 * RA_EXPR_ANY_VARS the constant check is skipped, and a run of three or
 * more letters must be made of known names with at most one single
 * letter ("pir" is pi*r, "theta" is a name, "that" is rejected).
 */
ra_expr *ra_expr_parse_flags(const char *text, unsigned flags, char *err,
                             size_t errlen);

/*
 * Appends the tree as a Python expression in the name x (t for a tree
 * parsed with RA_EXPR_VAR_T, x and y with RA_EXPR_VAR_XY), using only
 * those fixed names, numeric literals, operators, parentheses and np.*
 * functions and constants, e.g. "np.sin(x) + (x ** 2)". Every compound
 * sub-expression is parenthesised. Returns 0, or -1 if the tree has a
 * variable of RA_EXPR_ANY_VARS other than x or the buffer failed.
 */
int ra_expr_to_python(const ra_expr *e, mm_buf *out);

/*
 * Appends the tree as LaTeX math, e.g. "\sin\left(x\right) + x^{2}",
 * with only the parentheses the precedence needs. Returns 0 or -1 when
 * the buffer failed.
 */
int ra_expr_to_latex(const ra_expr *e, mm_buf *out);

/*
 * Appends the tree as plain text for people, e.g. "sin(x) + x^2".
 * Returns 0 or -1 when the buffer failed.
 */
int ra_expr_to_text(const ra_expr *e, mm_buf *out);

/*
 * Evaluates the tree at x (or t, for RA_EXPR_VAR_T). Returns NaN or an
 * infinity where the formula is undefined (a logarithm of a negative
 * number, a division by zero) and NaN for any other variable.
 */
double ra_expr_eval(const ra_expr *e, double x);

/* As ra_expr_eval() for a tree of RA_EXPR_VAR_XY, at (x, y). */
double ra_expr_eval_xy(const ra_expr *e, double x, double y);

/*
 * Evaluates the tree with the variable whose plain name (as printed by
 * ra_expr_to_text) is `name` set to v; any other variable is NaN.
 */
double ra_expr_eval_named(const ra_expr *e, const char *name, double v);

/*
 * Returns how many different variables the tree uses: 0, 1, or 2 for
 * two or more. With exactly one, copies its plain name ("x", "theta")
 * into name (size bytes, NUL-terminated).
 */
int ra_expr_variable_name(const ra_expr *e, char *name, size_t size);

/*
 * Appends the LaTeX of the variable with plain name `name` ("\theta"
 * for theta). Returns 0, or -1 if the tree has no such variable or the
 * buffer failed.
 */
int ra_expr_variable_tex(const ra_expr *e, const char *name, mm_buf *out);

/* Returns 1 if the value depends on x, 0 if the formula is constant. */
int ra_expr_uses_x(const ra_expr *e);

/* Returns 1 if the formula uses sin, cos or tan (it is likely periodic). */
int ra_expr_uses_trig(const ra_expr *e);

/* Frees a tree; NULL is allowed. */
void ra_expr_free(ra_expr *e);

#endif /* RA_EXPR_H */
