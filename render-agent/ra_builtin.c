/*
 * ra_builtin: the offline code generator. See ra_builtin.h.
 *
 * A request is split into lower-case words (numbers kept as values) and
 * offered to one planner per topic in turn; the first that recognises
 * its words writes the scene or says why it cannot. Each topic has a
 * planner that turns the request into a small plan (ra_plan_<topic>) and
 * a writer that prints the plan as Manim code and as an explanation
 * (ra_scene_<topic>). This file only chooses among them and hands the
 * result over.
 */
#include "ra_builtin.h"

#include <stdlib.h>
#include <string.h>

#include "mm_buf.h"
#include "ra_builtin_internal.h"
#include "ra_plan_plots.h"
#include "ra_prompt.h"
#include "ra_scene_algebra.h"
#include "ra_scene_binomial.h"
#include "ra_scene_calculus.h"
#include "ra_scene_chart.h"
#include "ra_scene_complex.h"
#include "ra_scene_curves.h"
#include "ra_scene_eigen.h"
#include "ra_scene_equations.h"
#include "ra_scene_growth.h"
#include "ra_scene_geometry.h"
#include "ra_scene_numberline.h"
#include "ra_scene_plots.h"
#include "ra_scene_quadratic.h"
#include "ra_scene_revolution.h"
#include "ra_scene_series.h"
#include "ra_scene_shapes.h"
#include "ra_scene_sieve.h"
#include "ra_scene_space.h"
#include "ra_scene_trig.h"
#include "ra_scene_vectors.h"
#include "ra_scene_writer.h"

#define UNSUPPORTED_MESSAGE                                                   \
    "The offline generator could not understand this "                        \
    "request. " UNSUPPORTED_TAIL

#define UNSUPPORTED_TAIL                                                      \
    "It understands: shapes with colours and motions (\"a red square that "   \
    "rotates\"); function plots (\"plot y = sin(x) from -pi to pi\"); "       \
    "tangent and secant lines, areas and Riemann sums (\"the tangent to y = " \
    "x^2 at x = 1\", \"a Riemann sum of x^2 from 0 to 2\"); Taylor "          \
    "polynomials, growth comparisons and solids of revolution (\"Taylor "     \
    "polynomials of sin x\", \"compare 2^x and x^2\", \"rotate y = sqrt(x) "  \
    "around the x-axis\"); equations (\"show the quadratic formula\"), "      \
    "linear and quadratic equations solved step by step (\"solve 2x + 3 = "   \
    "7\", \"solve x^2 + 6x + 5 = 0 by completing the square\"); number "      \
    "lines and arithmetic (\"show 3 + 4 on a number line\"); vectors, "       \
    "matrices and eigenvectors (\"add the vectors [1, 2] and [3, -1]\", "     \
    "\"eigenvectors of [[2, 1], [1, 2]]\"); geometry theorems (\"the "        \
    "Pythagorean theorem for a 3-4-5 triangle\", \"the inscribed angle "      \
    "theorem\", \"the angles of a triangle add up to 180\"); the unit "       \
    "circle (\"trace the sine wave from the unit circle\"); complex numbers " \
    "(\"multiply 2 + i by 1 + i\"); bar charts and binomial distributions "   \
    "(\"a bar chart of apples 5, pears 3\", \"10 coin flips\"); the sieve "   \
    "of Eratosthenes (\"primes up to 100\"); parametric and polar curves "    \
    "(\"r = 1 + cos(theta)\"); 3D surfaces and solids (\"plot the surface "   \
    "z = x^2 - y^2\", \"a rotating cube\"). "                                 \
    "Configure an LLM provider for anything else."

/*
 * Ideas the generator has no scene for. A request that names one is
 * refused, instead of being answered with a scene that merely shares a
 * word with it (the probability of rain is not a binomial distribution,
 * and an inscribed circle is not the inscribed angle theorem). The named
 * topics, tried first, take these words where they name their topic.
 */
static const char *const beyond_words[] = {
    "why",           "prove",         "proves",
    "proof",         "proofs",        "inscribed",
    "circumscribed", "central",       "distribution",
    "distributions", "probability",   "probabilities",
    "coin",          "coins",         "dice",
    "prime",         "primes",        "revolution",
    "limit",         "limits",        "epsilon",
    "converge",      "converges",     "convergence",
    "approximating", "approximation", "approximations",
    "induction",     "permutations",  "combinations",
    "regression",    "fractal",       NULL};

/* Refuses a request for one of the beyond_words ideas, naming it. */
static ra_try_result beyond(ra_scene *g, const char *prompt,
                            const ra_words *ws)
{
    int i = ra_words_find(ws, 0, ws->n, beyond_words);

    /* The volume of a solid of revolution ("rotate y = sqrt(x) ... find
     * the volume"); the volume formulas of solids are fine. */
    if (i < 0 && ra_has_function_equation(prompt))
        i = ra_words_find(ws, 0, ws->n, (const char *const[]){"volume", NULL});
    if (i < 0)
        return RA_TRY_NO;
    return ra_refuse(g,
                     "The offline generator has no animation for \"%s\" "
                     "in this request, and would rather say so than show "
                     "something unrelated. " UNSUPPORTED_TAIL,
                     ws->v[i].w);
}

static const char *const plot_words[] = {
    "plot", "plots", "plotting", "graph", "graphs", "graphing", "curve", NULL};

static const char *const equation_words[] = {
    "equation", "equations", "formula", "formulas", "formulae", "identity",
    "theorem",  "law",       "rule",    "latex",    "tex",      NULL};

/* ---------------------------------------------------------------------
 * Choosing what the request is about
 */

/* A planner for one topic. */
typedef ra_try_result (*topic_planner)(ra_scene *g, const char *prompt,
                                       const ra_words *ws);

static ra_try_result number_line(ra_scene *g, const char *prompt,
                                 const ra_words *ws)
{
    return ra_try_number_line(g, prompt, ws, 0);
}

/*
 * The topics that come first, in order: each recognises its own words
 * (bar chart, solve, tangent, polar, surface, unit circle, complex,
 * vector, number line) and declines anything else.
 */
static const topic_planner topics[] = {
    ra_try_chart, ra_try_algebra, ra_try_calculus, ra_try_curve, ra_try_space,
    ra_try_trig,  ra_try_complex, ra_try_vectors,  number_line,
};

/*
 * Named theorems and methods, tried before the words beyond() refuses:
 * each recognises its topic by name ("pythagorean", "completing the
 * square", "sieve", ...) and declines anything else, so those words still
 * stop a loose match in the topics after them. Ends with NULL.
 */
static const topic_planner named_topics[] = {
    ra_try_quadratic,  ra_try_series,   ra_try_growth,
    ra_try_revolution, ra_try_geometry, ra_try_sieve,
    ra_try_binomial,   ra_try_eigen,    NULL,
};

/*
 * Tries the named topics, then the topic planners, then: a request to plot or
 * graph, one that says "equation" or "formula", a named equation, y = f(x),
 * shapes, an equation to "show" or "write", and last bare arithmetic ("3 +
 * 4").
 */
static ra_try_result dispatch(ra_scene *g, const char *prompt,
                              const ra_words *ws)
{
    static const char *const show[] = {"show",    "write",   "display",
                                       "typeset", "present", NULL};
    int eq_word = ra_words_has_any(ws, equation_words);
    ra_try_result r;
    size_t k;

    for (k = 0; named_topics[k]; k++)
        if ((r = named_topics[k](g, prompt, ws)) != RA_TRY_NO)
            return r;
    if ((r = beyond(g, prompt, ws)) != RA_TRY_NO)
        return r;
    for (k = 0; k < sizeof(topics) / sizeof(topics[0]); k++)
        if ((r = topics[k](g, prompt, ws)) != RA_TRY_NO)
            return r;
    if (ra_words_has_any(ws, plot_words) &&
        (r = ra_try_plot(g, prompt, ws)) != RA_TRY_NO)
        return r;
    if (eq_word) {
        r = ra_try_explicit_equation(g, prompt, ws);
        return r != RA_TRY_NO ? r : ra_try_named_equation(g, ws, 1);
    }
    if ((r = ra_try_named_equation(g, ws, 0)) != RA_TRY_NO)
        return r;
    if (ra_has_function_equation(prompt) &&
        (r = ra_try_plot(g, prompt, ws)) != RA_TRY_NO) {
        /* "display y = mx + b" is not a plot in x: typeset it instead */
        if (r == RA_TRY_REFUSED && ra_words_has_any(ws, show) &&
            !ra_needs_more_than_curves(ws) &&
            ra_try_explicit_equation(g, prompt, ws) == RA_TRY_OK)
            return RA_TRY_OK;
        return r;
    }
    if ((r = ra_try_shapes(g, ws)) != RA_TRY_NO)
        return r;
    if (ra_words_has_any(ws, show) &&
        (r = ra_try_explicit_equation(g, prompt, ws)) != RA_TRY_NO)
        return r;
    return ra_try_number_line(g, prompt, ws, 1);
}

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);

    if (p)
        memcpy(p, s, n);
    return p;
}

/* Hands the scene, or the reason it could not be written, to the caller. */
static ra_gen_status finish(ra_scene *g, ra_try_result r, ra_generated *out,
                            char **message)
{
    mm_buf_free(&g->labels);
    if (r != RA_TRY_OK) {
        mm_buf_free(&g->code);
        mm_buf_free(&g->expl);
        if (r == RA_TRY_REFUSED && g->why.data)
            *message = mm_buf_steal(&g->why);
        else
            *message = dup_string(UNSUPPORTED_MESSAGE);
        mm_buf_free(&g->why);
        return RA_GEN_UNSUPPORTED;
    }
    mm_buf_free(&g->why);
    out->code = mm_buf_steal(&g->code);
    out->explanation = mm_buf_steal(&g->expl);
    out->animation_count = g->anims;
    if (!out->code || !out->explanation) {
        ra_generated_free(out);
        *message = dup_string("Out of memory while writing the scene.");
        return RA_GEN_ERROR;
    }
    return RA_GEN_OK;
}

const ra_scene_colours ra_scene_colours_manim = {
    "#0f1117", "#58c4dd", "#f7d96f", "#83c167", "#ffffff", "#888888", 4.0};

ra_gen_status ra_builtin_generate(const char *prompt, ra_generated *out,
                                  char **message)
{
    ra_words *ws;
    ra_scene g;
    ra_try_result r;

    if (message)
        *message = NULL;
    if (out)
        memset(out, 0, sizeof(*out));
    if (!prompt || !out || !message) {
        if (message)
            *message = dup_string("The code generator was called without "
                                  "a request.");
        return RA_GEN_ERROR;
    }
    if (strlen(prompt) > RA_BUILTIN_MAX_PROMPT) {
        *message = dup_string(
            "The request is too long for the offline "
            "generator (at most 2000 characters). " UNSUPPORTED_MESSAGE);
        return RA_GEN_UNSUPPORTED;
    }
    ws = malloc(sizeof(*ws));
    if (!ws) {
        *message = dup_string("Out of memory while reading the request.");
        return RA_GEN_ERROR;
    }
    memset(&g, 0, sizeof(g));
    g.st = &ra_scene_colours_manim;
    ra_words_split(prompt, ws);
    r = dispatch(&g, prompt, ws);
    free(ws);
    return finish(&g, r, out, message);
}

void ra_generated_free(ra_generated *g)
{
    if (!g)
        return;
    free(g->code);
    free(g->explanation);
    memset(g, 0, sizeof(*g));
}
