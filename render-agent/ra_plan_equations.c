/*
 * ra_plan_equations: named and written equations. See
 * ra_plan_equations.h.
 */
#include "ra_plan_equations.h"

#include <ctype.h>
#include <stddef.h>
#include <string.h>

#include "ra_builtin.h"
#include "ra_builtin_internal.h"
#include "ra_expr.h"

/* ---------------------------------------------------------------------
 * Named equations
 */

/* Tried in order, so a more specific entry comes first. */
static const ra_equation_def equations[] = {
    {{"pythagor", "identity"},
     0,
     "The Pythagorean identity",
     "\\sin^2\\theta + \\cos^2\\theta = 1",
     "It holds for every angle theta."},
    {{"trig", "identity"},
     0,
     "The Pythagorean identity",
     "\\sin^2\\theta + \\cos^2\\theta = 1",
     "It holds for every angle theta."},
    {{"quadratic"},
     0,
     "The quadratic formula",
     "x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}",
     "It gives the solutions of ax^2 + bx + c = 0."},
    {{"pythagor"},
     0,
     "The Pythagorean theorem",
     "a^2 + b^2 = c^2",
     "In a right triangle the squares of the legs add up to the square "
     "of the hypotenuse."},
    {{"euler", "identity"},
     0,
     "Euler's identity",
     "e^{i\\pi} + 1 = 0",
     "It links e, i, pi, 1 and 0 in one equation."},
    {{"euler"},
     0,
     "Euler's formula",
     "e^{i\\theta} = \\cos\\theta + i\\sin\\theta",
     "It connects the exponential function with sine and cosine."},
    {{"einstein"},
     0,
     "Mass-energy equivalence",
     "E = mc^2",
     "Energy equals mass times the speed of light squared."},
    {{"mass", "energy"},
     0,
     "Mass-energy equivalence",
     "E = mc^2",
     "Energy equals mass times the speed of light squared."},
    {{"area", "circle"},
     1,
     "Area of a circle",
     "A = \\pi r^2",
     "The area is pi times the radius squared."},
    {{"circumference"},
     0,
     "Circumference of a circle",
     "C = 2\\pi r",
     "The circumference is two pi times the radius."},
    {{"area", "triangle"},
     1,
     "Area of a triangle",
     "A = \\frac{1}{2} b h",
     "The area is half the base times the height."},
    {{"area", "rectangle"},
     1,
     "Area of a rectangle",
     "A = \\ell w",
     "The area is the length times the width."},
    {{"volume", "sphere"},
     1,
     "Volume of a sphere",
     "V = \\frac{4}{3}\\pi r^3",
     "The volume grows with the radius cubed."},
    {{"newton", "law"},
     0,
     "Newton's second law",
     "F = ma",
     "Force equals mass times acceleration."},
    {{"derivative"},
     1,
     "Definition of the derivative",
     "f'(x) = \\lim_{h \\to 0} \\frac{f(x + h) - f(x)}{h}",
     "The derivative is the limit of difference quotients."},
    {{"fundamental", "calculus"},
     0,
     "The fundamental theorem of calculus",
     "\\int_a^b f(x)\\,dx = F(b) - F(a)",
     "Integrating f over [a, b] gives the change of its antiderivative F."},
    {{"gaussian", "integral"},
     0,
     "The Gaussian integral",
     "\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}",
     "The area under the bell curve e^(-x^2) is the square root of pi."},
    {{"binomial"},
     0,
     "The binomial theorem",
     "(x + y)^n = \\sum_{k=0}^{n} \\binom{n}{k} x^{n-k} y^k",
     "It expands any power of a sum."},
    {{"geometric", "series"},
     0,
     "The geometric series",
     "\\sum_{n=0}^{\\infty} r^n = \\frac{1}{1 - r}, \\quad |r| < 1",
     "It sums the powers of r when |r| < 1."},
    {{"arithmetic", "series"},
     0,
     "Sum of the first n integers",
     "\\sum_{k=1}^{n} k = \\frac{n(n + 1)}{2}",
     "It adds up 1 + 2 + ... + n."},
    {{"bayes"},
     0,
     "Bayes' theorem",
     "P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}",
     "It turns P(B given A) into P(A given B)."},
    {{"basel"},
     0,
     "The Basel problem",
     "\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}",
     "The sum of the reciprocals of the squares is pi squared over six."},
    {{"normal", "distribution"},
     0,
     "The normal distribution",
     "f(x) = \\frac{1}{\\sigma\\sqrt{2\\pi}}\\, "
     "e^{-\\frac{(x - \\mu)^2}{2\\sigma^2}}",
     "It is the density of the bell curve with mean mu and deviation "
     "sigma."},
    {{"cosines"},
     0,
     "The law of cosines",
     "c^2 = a^2 + b^2 - 2ab\\cos\\gamma",
     "It generalises the Pythagorean theorem to any triangle."},
    {{"sines"},
     0,
     "The law of sines",
     "\\frac{a}{\\sin\\alpha} = \\frac{b}{\\sin\\beta} = "
     "\\frac{c}{\\sin\\gamma}",
     "The sides of a triangle are proportional to the sines of the "
     "opposite angles."},
    {{"ideal", "gas"},
     0,
     "The ideal gas law",
     "PV = nRT",
     "It relates pressure, volume and temperature of a gas."},
    {{"distance", "formula"},
     0,
     "The distance formula",
     "d = \\sqrt{(x_2 - x_1)^2 + (y_2 - y_1)^2}",
     "It gives the distance between two points in the plane."},
    {{"slope"},
     1,
     "The slope of a line",
     "m = \\frac{y_2 - y_1}{x_2 - x_1}",
     "It is the rise over the run between two points."},
    {{"golden", "ratio"},
     0,
     "The golden ratio",
     "\\varphi = \\frac{1 + \\sqrt{5}}{2}",
     "It is about 1.618."},
    {{"taylor"},
     0,
     "Taylor series",
     "f(x) = \\sum_{n=0}^{\\infty} \\frac{f^{(n)}(a)}{n!}(x - a)^n",
     "It writes a function as a power series around a."},
    {{"circle"},
     1,
     "Equation of a circle",
     "(x - h)^2 + (y - k)^2 = r^2",
     "It describes a circle with centre (h, k) and radius r."},
};

#define N_EQUATIONS ((int)(sizeof(equations) / sizeof(equations[0])))

/* The colour asked for the equation, or the style's text colour. */
int ra_equation_colour(const ra_words *ws)
{
    int i, c;

    for (i = 0; i < ws->n; i++)
        if ((c = ra_colour_word(ws->v[i].w)) >= 0)
            return c;
    return RA_PALETTE(3);
}

static int all_keys(const ra_words *ws, const ra_equation_def *d)
{
    int k;

    for (k = 0; k < 3 && d->keys[k]; k++)
        if (!ra_words_has_stem(ws, d->keys[k]))
            return 0;
    return 1;
}

/* The first known equation the request names, or NULL. */
const ra_equation_def *ra_named_equation(const ra_words *ws, int eq_word)
{
    int i;

    for (i = 0; i < N_EQUATIONS; i++)
        if (all_keys(ws, &equations[i]) &&
            (eq_word || !equations[i].needs_eq_word))
            return &equations[i];
    return NULL;
}

/* ---------------------------------------------------------------------
 * Equations written in the request
 */

/* Words that may be cut from the edge of an equation side. */
static const char *const filler_words[] = {
    "a",  "an",  "the", "is",   "of",   "to",   "in", "at",
    "be", "by",  "as",  "or",   "on",   "it",   "if", "so",
    "we", "and", "for", "that", "this", "then", NULL};

/* Parses words [j, k) of s as one side of an equation; NULL if not. */
static ra_expr *parse_words(const char *s, const ra_span *w, int j, int k)
{
    char cand[RA_EXPR_MAX_LEN + 1];
    size_t m;

    if (j >= k || (m = w[k - 1].end - w[j].start) > RA_EXPR_MAX_LEN)
        return NULL;
    memcpy(cand, s + w[j].start, m);
    cand[m] = '\0';
    return ra_expr_parse_flags(cand, RA_EXPR_ANY_VARS, NULL, 0);
}

static int filler_at(const char *s, const ra_span *w, int i)
{
    char word[16];
    size_t n = w[i].end - w[i].start, k;

    if (n >= sizeof(word))
        return 0;
    for (k = 0; k < n; k++)
        word[k] = (char)tolower((unsigned char)s[w[i].start + k]);
    word[n] = '\0';
    return ra_in_list(word, filler_words);
}

/*
 * Parses one side of an equation inside a sentence: the longest run of
 * words that parses, dropping words from the front for the first side
 * (from_front) and from the back for the last (from_back). Then a filler
 * word left at the cut edge ("is E", "mc^2 in") is dropped too while the
 * rest still parses, so "u + at" keeps its "at". Returns a tree or NULL.
 */
static ra_expr *equation_side(const char *s, int from_front, int from_back)
{
    ra_span w[RA_MAX_SEG_WORDS];
    int n = ra_spans_split(s, w, RA_MAX_SEG_WORDS), j, k;
    ra_expr *e = NULL, *shorter;

    j = 0;
    k = n;
    if (from_front)
        while (j < n && (e = parse_words(s, w, j, k)) == NULL)
            j++;
    else if (from_back)
        while (k > 0 && (e = parse_words(s, w, j, k)) == NULL)
            k--;
    else
        e = parse_words(s, w, j, k);
    while (e && j > 0 && filler_at(s, w, j) &&
           (shorter = parse_words(s, w, j + 1, k)) != NULL) {
        ra_expr_free(e);
        e = shorter;
        j++;
    }
    while (e && k < n && filler_at(s, w, k - 1) &&
           (shorter = parse_words(s, w, j, k - 1)) != NULL) {
        ra_expr_free(e);
        e = shorter;
        k--;
    }
    return e;
}

/* Whether byte i of s may be part of a written equation. */
static int formula_char(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];

    return isalnum(c) || (c && strchr(" +-*/^=()", c)) ||
           (c == '.' && isdigit((unsigned char)s[i + 1]));
}

/* Copies the first run of formula characters holding an '=' into run. */
static int equation_run(const char *s, char *run, size_t size)
{
    size_t i = 0, start, n;
    int eq;

    while (s[i]) {
        while (s[i] && !formula_char(s, i))
            i++;
        start = i;
        for (eq = 0; s[i] && formula_char(s, i); i++)
            eq |= s[i] == '=';
        n = i - start;
        if (eq && n < size) {
            memcpy(run, s + start, n);
            run[n] = '\0';
            return 1;
        }
    }
    return 0;
}

/* Parses the first equation of the request into sides; see the header. */
int ra_parse_equation(const char *prompt, ra_expr **e, int max)
{
    char run[RA_BUILTIN_MAX_PROMPT + 1], *side[RA_MAX_SIDES], *p;
    int n = 0, k;

    if (max > RA_MAX_SIDES || !equation_run(prompt, run, sizeof(run)))
        return -1;
    for (side[n++] = run, p = run; (p = strchr(p, '=')) != NULL; p++) {
        if (n >= max)
            return -1;
        *p = '\0';
        side[n++] = p + 1;
    }
    for (k = 0; k < n; k++) {
        e[k] = equation_side(side[k], k == 0, k == n - 1);
        if (!e[k]) {
            while (k-- > 0)
                ra_expr_free(e[k]);
            return -1;
        }
    }
    return n;
}

/*
 * Reads "E = mc^2" (up to three sides) out of the request and writes its
 * LaTeX and plain text. Returns 0, or -1 when there is no such equation.
 */
int ra_read_equation(const char *prompt, mm_buf *tex, mm_buf *text)
{
    ra_expr *e[RA_MAX_SIDES];
    int n = ra_parse_equation(prompt, e, RA_MAX_SIDES), k;

    if (n < 0)
        return -1;
    for (k = 0; k < n; k++) {
        mm_buf_puts(tex, k ? " = " : "");
        mm_buf_puts(text, k ? " = " : "");
        ra_expr_to_latex(e[k], tex);
        ra_expr_to_text(e[k], text);
        ra_expr_free(e[k]);
    }
    return 0;
}
