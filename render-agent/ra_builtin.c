/*
 * ra_builtin: the offline code generator. See ra_builtin.h.
 *
 * A request is split into lower-case words (numbers kept as values) and
 * classified: a plot when it asks to plot or graph or gives y = f(x), an
 * equation when it names one or asks for an equation or formula, shapes
 * when it names a shape. Each kind has a planner that turns the request
 * into a small plan (shapes and actions; functions and ranges; LaTeX) and
 * a writer that prints the plan as Manim code and as an explanation.
 */
#include "ra_builtin.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mm_buf.h"
#include "ra_expr.h"

#define UNSUPPORTED_MESSAGE                                                   \
    "The offline generator could not understand this request. It "            \
    "understands shapes with colours and motions (\"a red square that "       \
    "rotates\"), function plots (\"plot y = sin(x) from -pi to pi\") and "    \
    "equations (\"show the quadratic formula\"). Configure an LLM "           \
    "provider for anything else."

#define IND "        " /* indentation of the body of construct() */

/* ---------------------------------------------------------------------
 * Tables
 */

typedef struct colour_def {
    const char *word;  /* as written in a request */
    const char *manim; /* Manim colour constant */
    const char *name;  /* for the explanation */
} colour_def;

static const colour_def colours[] = {
    {"red", "RED", "red"},          {"blue", "BLUE", "blue"},
    {"green", "GREEN", "green"},    {"yellow", "YELLOW", "yellow"},
    {"orange", "ORANGE", "orange"}, {"purple", "PURPLE", "purple"},
    {"violet", "PURPLE", "purple"}, {"pink", "PINK", "pink"},
    {"white", "WHITE", "white"},    {"black", "BLACK", "black"},
    {"grey", "GREY", "grey"},       {"gray", "GREY", "grey"},
    {"teal", "TEAL", "teal"},       {"gold", "GOLD", "gold"},
    {"golden", "GOLD", "gold"},     {"maroon", "MAROON", "maroon"},
};

#define N_COLOURS ((int)(sizeof(colours) / sizeof(colours[0])))

/* A colour reference: >= 0 indexes colours[], < 0 is a style slot. */
#define PALETTE(k) (-1 - (k))

typedef struct shape_def {
    const char *word; /* singular noun */
    const char *alt;  /* another noun for it, or NULL */
    const char *ctor; /* constructor call without its closing parenthesis */
    double w, h;      /* approximate size in scene units */
    int fillable;     /* has an inside worth filling */
} shape_def;

static const shape_def shape_defs[] = {
    {"circle", NULL, "Circle(radius=1", 2.0, 2.0, 1},
    {"square", NULL, "Square(side_length=2", 2.0, 2.0, 1},
    {"rectangle", "rect", "Rectangle(width=3, height=2", 3.0, 2.0, 1},
    {"triangle", NULL, "Triangle(radius=1.2", 2.1, 1.8, 1},
    {"pentagon", NULL, "RegularPolygon(n=5, radius=1.1", 2.1, 2.0, 1},
    {"hexagon", NULL, "RegularPolygon(n=6, radius=1.1", 2.2, 1.9, 1},
    {"heptagon", NULL, "RegularPolygon(n=7, radius=1.1", 2.2, 2.1, 1},
    {"octagon", NULL, "RegularPolygon(n=8, radius=1.1", 2.2, 2.1, 1},
    {"star", NULL, "Star(n=5, outer_radius=1.2", 2.3, 2.2, 1},
    {"ellipse", "oval", "Ellipse(width=3, height=1.8", 3.0, 1.8, 1},
    {"dot", "point", "Dot(radius=0.15", 0.3, 0.3, 0},
    {"line", "segment", "Line(LEFT * 1.5, RIGHT * 1.5", 3.0, 0.1, 0},
    {"arrow", NULL, "Arrow(LEFT * 1.5, RIGHT * 1.5, buff=0", 3.0, 0.4, 0},
};

#define N_SHAPE_DEFS ((int)(sizeof(shape_defs) / sizeof(shape_defs[0])))

typedef struct equation_def {
    const char *keys[3]; /* word prefixes that must all appear */
    int needs_eq_word;   /* also needs "equation", "formula", ... */
    const char *title;   /* shown above the equation */
    const char *latex;   /* curated LaTeX */
    const char *about;   /* a sentence for the explanation */
} equation_def;

static const equation_def equations[] = {
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

/* Functions that can be asked for by name ("plot a sine wave"). */
static const struct {
    const char *key;     /* word prefix */
    const char *key2;    /* second word prefix, or NULL */
    const char *formula; /* parsed with ra_expr */
} named_functions[] = {
    {"sine", NULL, "sin(x)"},        {"sin", NULL, "sin(x)"},
    {"cosine", NULL, "cos(x)"},      {"cos", NULL, "cos(x)"},
    {"tangent", NULL, "tan(x)"},     {"parabola", NULL, "x^2"},
    {"cubic", NULL, "x^3"},          {"exponential", NULL, "e^x"},
    {"logarithm", NULL, "ln(x)"},    {"square", "root", "sqrt(x)"},
    {"absolute", "value", "|x|"},    {"hyperbola", NULL, "1/x"},
    {"reciprocal", NULL, "1/x"},     {"bell", "curve", "exp(-x^2)"},
    {"gaussian", NULL, "exp(-x^2)"}, {"sigmoid", NULL, "1/(1 + e^(-x))"},
    {"quadratic", NULL, "x^2"},
};

#define N_NAMED_FUNCTIONS                                                     \
    ((int)(sizeof(named_functions) / sizeof(named_functions[0])))

static const char *const plot_words[] = {
    "plot", "plots", "plotting", "graph", "graphs", "graphing", "curve", NULL};

static const char *const equation_words[] = {
    "equation", "equations", "formula", "formulas", "formulae", "identity",
    "theorem",  "law",       "rule",    "latex",    "tex",      NULL};

static const char *const number_words[] = {"zero", "one",  "two", "three",
                                           "four", "five", "six", NULL};

/* ---------------------------------------------------------------------
 * Writing code and explanation
 */

typedef struct gen {
    const mm_style *st; /* colours and stroke width */
    mm_buf code;        /* the scene being written */
    mm_buf expl;        /* the explanation being written */
    int anims;          /* self.play and self.wait calls written */
    mm_buf why;         /* why a planner refused, for the user */
} gen;

typedef enum { TRY_NO, TRY_OK, TRY_REFUSED } try_result;

static void code(gen *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void say(gen *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static try_result refuse(gen *g, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void code(gen *g, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    mm_buf_vprintf(&g->code, fmt, ap);
    va_end(ap);
}

static void say(gen *g, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    mm_buf_vprintf(&g->expl, fmt, ap);
    va_end(ap);
}

/* Records why the request cannot be done; returns TRY_REFUSED. */
static try_result refuse(gen *g, const char *fmt, ...)
{
    va_list ap;

    mm_buf_free(&g->why);
    va_start(ap, fmt);
    mm_buf_vprintf(&g->why, fmt, ap);
    va_end(ap);
    return TRY_REFUSED;
}

static const char *palette(const mm_style *st, int c)
{
    switch ((-1 - c) % 4) {
    case 0:
        return st->primary;
    case 1:
        return st->secondary;
    case 2:
        return st->accent;
    default:
        return st->text;
    }
}

/* Writes a colour reference as a Manim constant or a string literal. */
static void code_colour(gen *g, int c)
{
    if (c >= 0)
        mm_buf_puts(&g->code, colours[c].manim);
    else
        mm_buf_python_string(&g->code, palette(g->st, c));
}

/* The start of every scene: imports, the class and the background. */
static void code_header(gen *g)
{
    code(g,
         "from manim import *\nimport numpy as np\n\n\n"
         "class MathMotionScene(Scene):\n"
         "    def construct(self):\n" IND "self.camera.background_color = ");
    mm_buf_python_string(&g->code, g->st->background);
    code(g, "\n");
}

static void code_wait(gen *g)
{
    code(g, IND "self.wait(1)\n");
    g->anims++;
}

/* A number for code or text: at most 6 significant digits, no "-0". */
static const char *num(char buf[32], double v)
{
    if (fabs(v) < 1e-12)
        v = 0.0;
    snprintf(buf, 32, "%.6g", v);
    return buf;
}

/* ---------------------------------------------------------------------
 * Words of the request
 */

#define MAX_WORDS 256

typedef struct word {
    char w[16];   /* lower-case letters, "#" for a number, "," a stop */
    double num;   /* the value of a number */
    size_t start; /* byte offset in the request */
    size_t end;   /* offset just past the word */
} word;

typedef struct words {
    word v[MAX_WORDS]; /* the words in order */
    int n;             /* how many */
} words;

static void add_word(words *ws, const char *w, double v, size_t start,
                     size_t end)
{
    word *x;

    if (ws->n >= MAX_WORDS)
        return;
    x = &ws->v[ws->n++];
    snprintf(x->w, sizeof(x->w), "%s", w);
    x->num = v;
    x->start = start;
    x->end = end;
}

static size_t scan_letters(const char *s, size_t i, words *ws)
{
    char w[16];
    size_t j = i, n = 0;

    while (isalpha((unsigned char)s[j])) {
        if (n < sizeof(w) - 1)
            w[n++] = (char)tolower((unsigned char)s[j]);
        j++;
    }
    w[n] = '\0';
    add_word(ws, w, 0.0, i, j);
    return j;
}

/* Reads [-]digits[.digits]; only digits and a dot reach strtod. */
static size_t scan_number(const char *s, size_t i, words *ws)
{
    char buf[32];
    size_t j = i, n = 0;
    int neg = s[j] == '-', dot = 0;

    j += neg;
    while (isdigit((unsigned char)s[j]) ||
           (s[j] == '.' && !dot && isdigit((unsigned char)s[j + 1]))) {
        dot |= s[j] == '.';
        if (n < sizeof(buf) - 1)
            buf[n++] = s[j];
        j++;
    }
    buf[n] = '\0';
    add_word(ws, "#", (neg ? -1.0 : 1.0) * strtod(buf, NULL), i, j);
    return j;
}

static int starts_number(const char *s, size_t i)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t k = i + (s[i] == '-');

    if (s[i] == '-' && i > 0 && isalnum(u[i - 1]))
        return 0;
    return isdigit(u[k]) || (u[k] == '.' && isdigit(u[k + 1]));
}

static void split_words(const char *s, words *ws)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;

    ws->n = 0;
    while (u[i] != '\0') {
        if (isalpha(u[i])) {
            i = scan_letters(s, i, ws);
        } else if (starts_number(s, i)) {
            i = scan_number(s, i, ws);
        } else if (strchr(",;.!?:", u[i])) {
            add_word(ws, ",", 0.0, i, i + 1);
            i++;
        } else if (u[i] == '%') {
            add_word(ws, "percent", 0.0, i, i + 1);
            i++;
        } else if (u[i] == 0xc2 && u[i + 1] == 0xb0) {
            add_word(ws, "degrees", 0.0, i, i + 2);
            i += 2;
        } else {
            i++;
        }
    }
}

static int is(const words *ws, int i, const char *w)
{
    return i >= 0 && i < ws->n && strcmp(ws->v[i].w, w) == 0;
}

static int stem(const words *ws, int i, const char *prefix)
{
    return i >= 0 && i < ws->n &&
           strncmp(ws->v[i].w, prefix, strlen(prefix)) == 0;
}

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/* Index of the first word in [from, to) that is in list, or -1. */
static int find_in(const words *ws, int from, int to, const char *const *list)
{
    int i;

    for (i = from; i < to && i < ws->n; i++)
        if (in_list(ws->v[i].w, list))
            return i;
    return -1;
}

static int has_any(const words *ws, const char *const *list)
{
    return find_in(ws, 0, ws->n, list) >= 0;
}

static int has_stem(const words *ws, const char *prefix)
{
    int i;

    for (i = 0; i < ws->n; i++)
        if (stem(ws, i, prefix))
            return 1;
    return 0;
}

static int colour_word(const char *w)
{
    int i;

    for (i = 0; i < N_COLOURS; i++)
        if (strcmp(w, colours[i].word) == 0)
            return i;
    return -1;
}

/* The shape a noun names (also in the plural), or -1. */
static int shape_word(const char *w, int *plural)
{
    size_t n = strlen(w);
    int i;

    for (i = 0; i < N_SHAPE_DEFS; i++) {
        const char *a = shape_defs[i].word, *b = shape_defs[i].alt;
        size_t la = strlen(a), lb = b ? strlen(b) : 0;

        *plural = 0;
        if (strcmp(w, a) == 0 || (b && strcmp(w, b) == 0))
            return i;
        *plural = 1;
        if ((n == la + 1 && strncmp(w, a, la) == 0 && w[la] == 's') ||
            (b && n == lb + 1 && strncmp(w, b, lb) == 0 && w[lb] == 's'))
            return i;
    }
    *plural = 0;
    return -1;
}

static int has_shape(const words *ws)
{
    int i, plural;

    for (i = 0; i < ws->n; i++)
        if (shape_word(ws->v[i].w, &plural) >= 0)
            return 1;
    return 0;
}

/* A small count: "one".."six" or a whole number 1..6; else 0. */
static int count_word(const words *ws, int i)
{
    int k;

    if (is(ws, i, "#")) {
        double v = ws->v[i].num;

        return (v >= 1 && v <= 6 && v == floor(v)) ? (int)v : 0;
    }
    for (k = 1; number_words[k]; k++)
        if (is(ws, i, number_words[k]))
            return k;
    return 0;
}

/* ---------------------------------------------------------------------
 * Shapes: planning
 */

#define MAX_SHAPES 6
#define MAX_ACTIONS 4
#define FILL_OPACITY 0.5

typedef enum {
    A_ROTATE,
    A_SCALE,
    A_MOVE,
    A_TRANSFORM,
    A_COLOUR,
    A_FADE_OUT
} act_kind;

typedef struct action {
    act_kind kind;    /* what happens */
    unsigned targets; /* bit i set: shape i takes part */
    double amount;    /* degrees, scale factor or distance */
    double dx, dy;    /* direction of a move */
    int shape;        /* A_TRANSFORM: the new shape */
    int colour;       /* A_TRANSFORM (-1 keeps it) and A_COLOUR */
} action;

typedef struct shape_obj {
    int type;     /* shape_defs index at the start */
    int current;  /* what it is after the planned transformations */
    int colour;   /* colour reference */
    char var[20]; /* Python variable */
} shape_obj;

typedef struct shape_plan {
    shape_obj s[MAX_SHAPES]; /* shapes in order of creation */
    int n;                   /* how many */
    action a[MAX_ACTIONS];   /* actions in order */
    int nact;                /* how many */
    int dropped;             /* actions left out over the limit */
    int fade_in;             /* introduce with FadeIn rather than Create */
    int last;                /* the shape "it" means, or -1 */
    int palette_used;        /* shapes coloured from the style so far */
    unsigned gone;           /* shapes faded out by earlier actions */
    unsigned char used[MAX_WORDS]; /* words already given a meaning */
} shape_plan;

typedef enum {
    V_NONE,
    V_CREATE,
    V_FADE_IN,
    V_ROTATE,
    V_SPIN,
    V_SCALE,
    V_SHRINK,
    V_MOVE,
    V_TRANSFORM,
    V_FADE,
    V_FADE_OUT,
    V_COLOUR,
    V_TURN,
    V_CHANGE,
    V_MAKE
} verb;

static const struct {
    const char *stem; /* word prefix */
    verb v;           /* what it asks for */
} verbs[] = {
    {"draw", V_CREATE},
    {"creat", V_CREATE},
    {"show", V_CREATE},
    {"display", V_CREATE},
    {"add", V_CREATE},
    {"put", V_CREATE},
    {"place", V_CREATE},
    {"render", V_CREATE},
    {"generat", V_CREATE},
    {"animat", V_CREATE},
    {"sketch", V_CREATE},
    {"appear", V_FADE_IN},
    {"rotat", V_ROTATE},
    {"spin", V_SPIN},
    {"twirl", V_SPIN},
    {"revolv", V_SPIN},
    {"scal", V_SCALE},
    {"grow", V_SCALE},
    {"enlarg", V_SCALE},
    {"expand", V_SCALE},
    {"doubl", V_SCALE},
    {"resiz", V_SCALE},
    {"shrink", V_SHRINK},
    {"shrunk", V_SHRINK},
    {"halv", V_SHRINK},
    {"mov", V_MOVE},
    {"shift", V_MOVE},
    {"slid", V_MOVE},
    {"translat", V_MOVE},
    {"glid", V_MOVE},
    {"transform", V_TRANSFORM},
    {"morph", V_TRANSFORM},
    {"becom", V_TRANSFORM},
    {"convert", V_TRANSFORM},
    {"fad", V_FADE},
    {"disappear", V_FADE_OUT},
    {"vanish", V_FADE_OUT},
    {"remov", V_FADE_OUT},
    {"color", V_COLOUR},
    {"colour", V_COLOUR},
    {"paint", V_COLOUR},
    {"recolo", V_COLOUR},
    {"turn", V_TURN},
    {"chang", V_CHANGE},
    {"make", V_MAKE},
    {"making", V_MAKE},
    {"made", V_MAKE},
};

/* Words before a shape noun that do not change which shape is meant. */
static const char *const article_words[] = {
    "a",       "an",     "the",     "this",     "that",   "these",  "those",
    "another", "new",    "big",     "small",    "large",  "little", "tiny",
    "filled",  "solid",  "hollow",  "outlined", "bright", "dark",   "light",
    "nice",    "simple", "regular", "of",       NULL};

static const char *const definite_words[] = {"the",   "this",  "that",
                                             "these", "those", NULL};

static const char *const all_words[] = {"them",     "they",       "both",
                                        "all",      "everything", "each",
                                        "together", "shapes",     NULL};

typedef struct clause {
    verb v;   /* the verb that starts it (V_NONE for a leading phrase) */
    int word; /* index of the verb word, or -1 */
    int from; /* first word after the verb */
    int to;   /* one past the last word */
} clause;

static verb verb_of(const words *ws, int i)
{
    size_t k;

    /* "a circle coloured red" describes the circle; it is not an action */
    if (is(ws, i, "colored") || is(ws, i, "coloured") || is(ws, i, "painted"))
        return V_NONE;
    for (k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
        if (stem(ws, i, verbs[k].stem))
            return verbs[k].v;
    return V_NONE;
}

/* Splits the request at its verbs; returns the number of clauses. */
static int split_clauses(const words *ws, clause *out, int max)
{
    int i, n = 0, content = 0, plural;
    verb v;

    out[0] = (clause){V_NONE, -1, 0, ws->n};
    for (i = 0; i < ws->n; i++) {
        v = verb_of(ws, i);
        if (v == V_NONE) {
            content |= shape_word(ws->v[i].w, &plural) >= 0;
            continue;
        }
        if (out[n].v == V_NONE && !content) {
            out[n] = (clause){v, i, i + 1, ws->n};
            continue;
        }
        if (n + 1 >= max)
            break;
        out[n].to = i;
        out[++n] = (clause){v, i, i + 1, ws->n};
        content = 0;
    }
    return n + 1;
}

/*
 * Index of the word that separates a shape from what it becomes ("into",
 * "to", "as", "in" followed closely by a shape noun), or -1.
 */
static int split_point(const words *ws, const clause *c)
{
    static const char *const into[] = {"into", "to", "as", "in", NULL};
    int i, j, plural;

    for (i = c->from; i < c->to; i++) {
        if (!in_list(ws->v[i].w, into))
            continue;
        for (j = i + 1; j < c->to && j <= i + 4; j++)
            if (shape_word(ws->v[j].w, &plural) >= 0)
                return i;
    }
    return -1;
}

/* Whether the clause has a colour word not describing a shape noun. */
static int free_colour(const shape_plan *pl, const words *ws, const clause *c)
{
    int i;

    for (i = c->from; i < c->to; i++)
        if (!pl->used[i] && colour_word(ws->v[i].w) >= 0)
            return colour_word(ws->v[i].w);
    return -1;
}

/* Whether a shape noun in the clause is new ("a circle", "two stars"). */
static int mentions_new_shape(const words *ws, const clause *c)
{
    int i, plural;

    for (i = c->from; i < c->to; i++)
        if (shape_word(ws->v[i].w, &plural) >= 0 &&
            !in_list(ws->v[i > 0 ? i - 1 : 0].w, definite_words))
            return 1;
    return 0;
}

static verb resolve_verb(const shape_plan *pl, const words *ws,
                         const clause *c)
{
    static const char *const bigger[] = {"big",  "bigger", "large", "larger",
                                         "huge", "grow",   NULL};
    static const char *const smaller[] = {"small", "smaller", "tiny", NULL};
    int i;

    switch (c->v) {
    case V_FADE:
        for (i = c->from; i < c->to && i < c->from + 3; i++) {
            if (is(ws, i, "in"))
                return V_FADE_IN;
            if (is(ws, i, "out") || is(ws, i, "away"))
                return V_FADE_OUT;
        }
        return V_FADE_OUT;
    case V_TURN:
    case V_CHANGE:
        if (split_point(ws, c) >= 0)
            return V_TRANSFORM;
        if (free_colour(pl, ws, c) >= 0)
            return V_COLOUR;
        return c->v == V_TURN ? V_ROTATE : V_NONE;
    case V_MAKE:
        if (mentions_new_shape(ws, c))
            return V_CREATE;
        if (find_in(ws, c->from, c->to, bigger) >= 0)
            return V_SCALE;
        if (find_in(ws, c->from, c->to, smaller) >= 0)
            return V_SHRINK;
        return free_colour(pl, ws, c) >= 0 ? V_COLOUR : V_NONE;
    default:
        return c->v;
    }
}

/* What the words just before a shape noun say about it. */
typedef struct noun_info {
    int colour;   /* colour reference, or -1 when none is named */
    int count;    /* how many, 0 when not given */
    int definite; /* "the", "this", ... */
} noun_info;

static noun_info describe_noun(shape_plan *pl, const words *ws, int i,
                               int from)
{
    noun_info ni = {-1, 0, 0};
    int j, c, plural;

    for (j = i - 1; j >= from && j >= i - 4; j--) {
        if ((c = colour_word(ws->v[j].w)) >= 0 && ni.colour < 0)
            ni.colour = c;
        else if (count_word(ws, j) && !ni.count)
            ni.count = count_word(ws, j);
        else if (in_list(ws->v[j].w, definite_words))
            ni.definite = 1;
        else if (!in_list(ws->v[j].w, article_words) ||
                 shape_word(ws->v[j].w, &plural) >= 0)
            break;
        pl->used[j] = 1;
    }
    /* "a circle in red", "a square coloured blue" */
    if (ni.colour < 0 &&
        (is(ws, i + 1, "in") || is(ws, i + 1, "colored") ||
         is(ws, i + 1, "coloured")) &&
        (c = i + 2 < ws->n ? colour_word(ws->v[i + 2].w) : -1) >= 0) {
        ni.colour = c;
        pl->used[i + 2] = 1;
    }
    return ni;
}

/* Adds count shapes of a type; returns the bits of the new shapes. */
static unsigned add_shapes(shape_plan *pl, int type, int colour, int count)
{
    unsigned bits = 0;
    int k;

    for (k = 0; k < count && pl->n < MAX_SHAPES; k++) {
        shape_obj *s = &pl->s[pl->n];

        s->type = s->current = type;
        s->colour = colour >= 0 ? colour : PALETTE(pl->palette_used++);
        bits |= 1u << pl->n;
        pl->last = pl->n++;
    }
    return bits;
}

/* The shapes of a type already on screen (the newest one, or all). */
static unsigned existing(const shape_plan *pl, int type, int all)
{
    unsigned bits = 0;
    int k;

    for (k = pl->n - 1; k >= 0; k--) {
        if (pl->s[k].current != type || (pl->gone & (1u << k)))
            continue;
        bits |= 1u << k;
        if (!all)
            break;
    }
    return bits;
}

/*
 * Reads the shape nouns of a clause: new shapes are added, nouns with
 * "the" pick shapes already there, and the noun after the split point is
 * what a transformation makes (*into, *into_colour). Returns the shapes
 * the clause acts on.
 */
static unsigned read_nouns(shape_plan *pl, const words *ws, const clause *c,
                           int split, int *into, int *into_colour)
{
    unsigned targets = 0, bits;
    int i, type, plural;
    noun_info ni;

    for (i = c->from; i < c->to; i++) {
        if ((type = shape_word(ws->v[i].w, &plural)) < 0)
            continue;
        ni = describe_noun(pl, ws, i, c->from);
        pl->used[i] = 1;
        if (split >= 0 && i > split) {
            if (*into < 0) {
                *into = type;
                *into_colour = ni.colour;
            }
            continue;
        }
        bits = ni.definite ? existing(pl, type, plural) : 0;
        if (!bits)
            bits = add_shapes(pl, type, ni.colour,
                              ni.count ? ni.count
                              : plural ? 2
                                       : 1);
        else
            pl->last = 31 - __builtin_clz(bits);
        targets |= bits;
    }
    return targets;
}

/* The shapes an action with no shape noun applies to. */
static unsigned pronoun_targets(const shape_plan *pl, const words *ws,
                                const clause *c)
{
    unsigned all = ((1u << pl->n) - 1) & ~pl->gone;
    int i;

    for (i = c->from; i < c->to; i++) {
        if ((is(ws, i, "it") || is(ws, i, "its")) && pl->last >= 0)
            return (1u << pl->last) & ~pl->gone;
        if (in_list(ws->v[i].w, all_words))
            return all;
    }
    return all;
}

/* The first number of the clause not already used for a count. */
static int clause_number(const shape_plan *pl, const words *ws,
                         const clause *c)
{
    int i;

    for (i = c->from; i < c->to; i++)
        if (is(ws, i, "#") && !pl->used[i])
            return i;
    return -1;
}

static double rotate_angle(const shape_plan *pl, const words *ws,
                           const clause *c, verb v)
{
    double angle = v == V_SPIN ? 360.0 : 90.0;
    int i = clause_number(pl, ws, c), k;

    if (i >= 0) {
        angle = ws->v[i].num;
        if (stem(ws, i + 1, "rad"))
            angle *= 180.0 / M_PI;
        else if (stem(ws, i + 1, "turn") || stem(ws, i + 1, "time") ||
                 stem(ws, i + 1, "revolution") || stem(ws, i + 1, "rotation"))
            angle *= 360.0;
    } else {
        for (k = c->from; k < c->to; k++) {
            if (is(ws, k, "quarter"))
                angle = 90.0;
            else if (is(ws, k, "half") || is(ws, k, "pi"))
                angle = 180.0;
            else if (is(ws, k, "full") || is(ws, k, "complete") ||
                     is(ws, k, "whole") || is(ws, k, "once"))
                angle = 360.0;
            else if (is(ws, k, "twice"))
                angle = 720.0;
        }
    }
    for (k = c->from; k < c->to; k++)
        if (is(ws, k, "clockwise") && !is(ws, k - 1, "counter") &&
            !is(ws, k - 1, "anti"))
            angle = -fabs(angle);
    return fmax(-1080.0, fmin(1080.0, angle));
}

static double scale_factor(const shape_plan *pl, const words *ws,
                           const clause *c, verb v)
{
    int shrink = v == V_SHRINK, i = clause_number(pl, ws, c), k;
    double f = shrink ? 0.5 : stem(ws, c->word, "doubl") ? 2.0 : 1.5;

    for (k = c->from; k < c->to; k++) {
        if (is(ws, k, "twice") || is(ws, k, "double"))
            f = 2.0;
        else if (is(ws, k, "triple") || is(ws, k, "thrice"))
            f = 3.0;
        else if (is(ws, k, "half"))
            f = 0.5;
        else if (is(ws, k, "down") || is(ws, k, "smaller"))
            shrink = 1, f = 0.5;
    }
    if (i >= 0 && ws->v[i].num > 0) {
        f = ws->v[i].num;
        /* "scale to 50%" is half; "grow by 50%" and "shrink by 50%" are
           changes of the size */
        if (is(ws, i + 1, "percent"))
            f = shrink ? 1.0 - f / 100.0
                : stem(ws, c->word, "scal") || stem(ws, c->word, "resiz")
                    ? f / 100.0
                    : 1.0 + f / 100.0;
        else if (shrink && f > 1.0)
            f = 1.0 / f;
    }
    return fmax(0.2, fmin(3.0, f));
}

static void move_vector(const shape_plan *pl, const words *ws, const clause *c,
                        action *a)
{
    int i = clause_number(pl, ws, c), k;

    a->dx = a->dy = 0.0;
    for (k = c->from; k < c->to; k++) {
        if (stem(ws, k, "left"))
            a->dx -= 1.0;
        else if (stem(ws, k, "right"))
            a->dx += 1.0;
        else if (is(ws, k, "up") || stem(ws, k, "upward") || is(ws, k, "top"))
            a->dy += 1.0;
        else if (is(ws, k, "down") || stem(ws, k, "downward") ||
                 is(ws, k, "bottom"))
            a->dy -= 1.0;
    }
    if (a->dx == 0.0 && a->dy == 0.0)
        a->dx = 1.0;
    a->amount = i >= 0 ? fabs(ws->v[i].num) : 2.0;
    a->amount = fmax(0.2, fmin(5.0, a->amount));
}

static void add_action(shape_plan *pl, const action *a)
{
    int i;

    if (!a->targets)
        return;
    if (pl->nact >= MAX_ACTIONS) {
        pl->dropped++;
        return;
    }
    pl->a[pl->nact++] = *a;
    if (a->kind == A_FADE_OUT)
        pl->gone |= a->targets;
    for (i = 0; i < pl->n && a->kind == A_TRANSFORM; i++)
        if (a->targets & (1u << i))
            pl->s[i].current = a->shape;
}

/* Turns one clause into new shapes and at most one action. */
static void plan_clause(shape_plan *pl, const words *ws, const clause *c)
{
    verb v = resolve_verb(pl, ws, c);
    int split = v == V_TRANSFORM ? split_point(ws, c) : -1;
    int into = -1, into_colour = -1;
    action a;

    memset(&a, 0, sizeof(a));
    a.targets = read_nouns(pl, ws, c, split, &into, &into_colour);
    if (v == V_NONE || v == V_CREATE || v == V_FADE_IN) {
        pl->fade_in |= v == V_FADE_IN;
        return;
    }
    if (!a.targets)
        a.targets = pronoun_targets(pl, ws, c);
    a.targets &= ~pl->gone;
    switch (v) {
    case V_ROTATE:
    case V_SPIN:
        a.kind = A_ROTATE;
        a.amount = rotate_angle(pl, ws, c, v);
        break;
    case V_SCALE:
    case V_SHRINK:
        a.kind = A_SCALE;
        a.amount = scale_factor(pl, ws, c, v);
        break;
    case V_MOVE:
        a.kind = A_MOVE;
        move_vector(pl, ws, c, &a);
        break;
    case V_TRANSFORM:
        a.kind = A_TRANSFORM;
        a.shape = into;
        a.colour = into_colour;
        break;
    case V_COLOUR:
        a.kind = A_COLOUR;
        a.colour = free_colour(pl, ws, c);
        break;
    default:
        a.kind = A_FADE_OUT;
    }
    if ((a.kind == A_TRANSFORM && a.shape < 0) ||
        (a.kind == A_COLOUR && a.colour < 0) ||
        (a.kind == A_ROTATE && a.amount == 0.0) ||
        (a.kind == A_SCALE && a.amount == 1.0))
        return;
    add_action(pl, &a);
}

/* Gives every shape a Python name: circle, or circle_1, circle_2, ... */
static void name_shapes(shape_plan *pl)
{
    int i, k, total, nth;

    for (i = 0; i < pl->n; i++) {
        const char *w = shape_defs[pl->s[i].type].word;

        for (total = 0, nth = 0, k = 0; k < pl->n; k++) {
            total += pl->s[k].type == pl->s[i].type;
            nth += k <= i && pl->s[k].type == pl->s[i].type;
        }
        if (total > 1)
            snprintf(pl->s[i].var, sizeof(pl->s[i].var), "%s_%d", w, nth);
        else
            snprintf(pl->s[i].var, sizeof(pl->s[i].var), "%s", w);
    }
}

static void plan_shapes(shape_plan *pl, const words *ws)
{
    clause cl[32];
    int i, n = split_clauses(ws, cl, 32);

    memset(pl, 0, sizeof(*pl));
    pl->last = -1;
    for (i = 0; i < n; i++)
        plan_clause(pl, ws, &cl[i]);
    name_shapes(pl);
}

/* Where each shape is while fit_factor() follows the actions. */
typedef struct layout {
    double cx[MAX_SHAPES]; /* centre x */
    double cy[MAX_SHAPES]; /* centre y */
    double sc[MAX_SHAPES]; /* product of the scalings */
    int type[MAX_SHAPES];  /* current shape */
    int rotates;           /* some action rotates: assume any angle */
} layout;

/* Half the width and height of shape i's bounding box. */
static void half_size(const layout *l, int i, double *hw, double *hh)
{
    const shape_def *d = &shape_defs[l->type[i]];

    *hw = d->w / 2 * l->sc[i];
    *hh = d->h / 2 * l->sc[i];
    if (l->rotates)
        *hw = *hh = hypot(*hw, *hh);
}

/*
 * Whether an action scales the whole group of shapes at once (keeping
 * their spacing) rather than each shape about its own centre.
 */
static int scales_group(const shape_plan *pl, const action *a, unsigned gone)
{
    return a->kind == A_SCALE && pl->n > 1 && gone == 0 &&
           a->targets == (1u << pl->n) - 1;
}

/* VGroup.scale: about the centre of the bounding box of all shapes. */
static void scale_layout(layout *l, int n, double f)
{
    double x0 = HUGE_VAL, x1 = -HUGE_VAL, y0 = HUGE_VAL, y1 = -HUGE_VAL;
    double hw, hh, gx, gy;
    int i;

    for (i = 0; i < n; i++) {
        half_size(l, i, &hw, &hh);
        x0 = fmin(x0, l->cx[i] - hw);
        x1 = fmax(x1, l->cx[i] + hw);
        y0 = fmin(y0, l->cy[i] - hh);
        y1 = fmax(y1, l->cy[i] + hh);
    }
    gx = (x0 + x1) / 2;
    gy = (y0 + y1) / 2;
    for (i = 0; i < n; i++) {
        l->cx[i] = gx + (l->cx[i] - gx) * f;
        l->cy[i] = gy + (l->cy[i] - gy) * f;
        l->sc[i] *= f;
    }
}

static void apply_action(layout *l, const shape_plan *pl, const action *a,
                         unsigned gone)
{
    int i;

    if (scales_group(pl, a, gone)) {
        scale_layout(l, pl->n, a->amount);
        return;
    }
    for (i = 0; i < pl->n; i++) {
        if (!(a->targets & (1u << i)))
            continue;
        l->sc[i] *= a->kind == A_SCALE ? a->amount : 1.0;
        l->cx[i] += a->kind == A_MOVE ? a->dx * a->amount : 0.0;
        l->cy[i] += a->kind == A_MOVE ? a->dy * a->amount : 0.0;
        l->type[i] = a->kind == A_TRANSFORM ? a->shape : l->type[i];
    }
}

/*
 * Follows every shape through the actions and returns the factor by which
 * the whole scene must shrink so that nothing ever leaves the frame
 * (about 14.2 x 8 units; we keep to 12.8 x 7).
 */
static double fit_factor(const shape_plan *pl)
{
    const double buff = 0.8;
    double x = -buff, mx = 0, my = 0, hw, hh;
    unsigned gone = 0;
    layout l;
    int i, k;

    memset(&l, 0, sizeof(l));
    for (k = 0; k < pl->nact; k++)
        l.rotates |= pl->a[k].kind == A_ROTATE;
    for (i = 0; i < pl->n; i++)
        x += shape_defs[pl->s[i].type].w + buff;
    for (x = -x / 2, i = 0; i < pl->n; i++) {
        l.type[i] = pl->s[i].type;
        l.cx[i] = x + shape_defs[l.type[i]].w / 2;
        l.sc[i] = 1.0;
        x += shape_defs[l.type[i]].w + buff;
    }
    for (k = -1; k < pl->nact; k++) {
        if (k >= 0) {
            apply_action(&l, pl, &pl->a[k], gone);
            gone |= pl->a[k].kind == A_FADE_OUT ? pl->a[k].targets : 0;
        }
        for (i = 0; i < pl->n; i++) {
            half_size(&l, i, &hw, &hh);
            mx = fmax(mx, fabs(l.cx[i]) + hw);
            my = fmax(my, fabs(l.cy[i]) + hh);
        }
    }
    return fmin(1.0, fmin(mx > 0 ? 6.4 / mx : 1.0, my > 0 ? 3.5 / my : 1.0));
}

/* ---------------------------------------------------------------------
 * Shapes: writing
 */

/* The state of the scene while actions are written. */
typedef struct shape_state {
    int type[MAX_SHAPES];     /* current shape of each object */
    int colour[MAX_SHAPES];   /* current colour */
    double scale[MAX_SHAPES]; /* product of the scalings so far */
    int filled;               /* fillable shapes are filled */
    double fit;               /* global factor from fit_factor() */
    unsigned gone;            /* shapes faded out so far */
} shape_state;

static void code_shape(gen *g, const char *var, int type, int colour,
                       int filled)
{
    code(g, IND "%s = %s, color=", var, shape_defs[type].ctor);
    code_colour(g, colour);
    code(g, ", stroke_width=%g", g->st->stroke_width);
    if (filled && shape_defs[type].fillable)
        code(g, ", fill_opacity=%g", FILL_OPACITY);
    code(g, ")\n");
}

static void code_intro(gen *g, const shape_plan *pl, shape_state *ss)
{
    char b[32];
    int i, fillable = 0;

    ss->filled = pl->nact >= MAX_ACTIONS;
    for (i = 0; i < pl->n; i++) {
        code_shape(g, pl->s[i].var, pl->s[i].type, pl->s[i].colour,
                   ss->filled);
        fillable += shape_defs[pl->s[i].type].fillable;
    }
    code(g, IND "shapes = VGroup(");
    for (i = 0; i < pl->n; i++)
        code(g, "%s%s", i ? ", " : "", pl->s[i].var);
    code(g, ")%s\n", pl->n > 1 ? ".arrange(RIGHT, buff=0.8)" : "");
    if (ss->fit < 0.999)
        code(g, IND "shapes.scale(%s)\n", num(b, ss->fit));
    code(g, IND "self.play(%s(shapes), run_time=1.5)\n",
         pl->fade_in ? "FadeIn" : "Create");
    g->anims++;
    if (ss->filled || !fillable)
        return;
    code(g, IND "self.play(");
    if (fillable == pl->n)
        code(g, "shapes.animate.set_fill(opacity=%g), ", FILL_OPACITY);
    for (i = 0; i < pl->n && fillable < pl->n; i++)
        if (shape_defs[pl->s[i].type].fillable)
            code(g, "%s.animate.set_fill(opacity=%g), ", pl->s[i].var,
                 FILL_OPACITY);
    code(g, "run_time=0.5)\n");
    g->anims++;
    ss->filled = 1;
}

static void code_move(gen *g, const action *a, double fit)
{
    char b[32];
    double dx = a->dx * a->amount * fit, dy = a->dy * a->amount * fit;

    if (dx != 0.0)
        code(g, "%s * %s", num(b, fabs(dx)), dx < 0 ? "LEFT" : "RIGHT");
    if (dy != 0.0)
        code(g, "%s%s * %s", dx != 0.0 ? " + " : "", num(b, fabs(dy)),
             dy < 0 ? "DOWN" : "UP");
}

/* Builds the target shapes of a transformation before it is played. */
static void code_targets(gen *g, const shape_plan *pl, const action *a,
                         shape_state *ss)
{
    char b[32];
    int i, colour;

    for (i = 0; i < pl->n; i++) {
        if (!(a->targets & (1u << i)))
            continue;
        colour = a->colour >= 0 ? a->colour : ss->colour[i];
        code(g, IND "%s_target = %s, color=", pl->s[i].var,
             shape_defs[a->shape].ctor);
        code_colour(g, colour);
        code(g, ", stroke_width=%g", g->st->stroke_width);
        if (ss->filled && shape_defs[a->shape].fillable)
            code(g, ", fill_opacity=%g", FILL_OPACITY);
        code(g, ")\n" IND "%s_target", pl->s[i].var);
        if (fabs(ss->scale[i] * ss->fit - 1.0) > 1e-9)
            code(g, ".scale(%s)", num(b, ss->scale[i] * ss->fit));
        code(g, ".move_to(%s)\n", pl->s[i].var);
    }
}

/* Writes the animation of one target of an action. */
static void code_one(gen *g, const shape_plan *pl, const action *a, int i,
                     shape_state *ss)
{
    const char *v = pl->s[i].var;
    char b[32];

    switch (a->kind) {
    case A_ROTATE:
        code(g, "Rotate(%s, angle=%s * DEGREES)", v, num(b, a->amount));
        break;
    case A_SCALE:
        code(g, "%s.animate.scale(%s)", v, num(b, a->amount));
        ss->scale[i] *= a->amount;
        break;
    case A_MOVE:
        code(g, "%s.animate.shift(", v);
        code_move(g, a, ss->fit);
        code(g, ")");
        break;
    case A_TRANSFORM:
        code(g, "Transform(%s, %s_target)", v, v);
        ss->type[i] = a->shape;
        if (a->colour >= 0)
            ss->colour[i] = a->colour;
        break;
    case A_COLOUR:
        code(g, "%s.animate.set_color(", v);
        code_colour(g, a->colour);
        code(g, ")");
        ss->colour[i] = a->colour;
        break;
    case A_FADE_OUT:
        code(g, "FadeOut(%s)", v);
        break;
    }
}

static void code_action(gen *g, const shape_plan *pl, const action *a,
                        shape_state *ss)
{
    char b[32];
    int i;

    if (a->kind == A_TRANSFORM)
        code_targets(g, pl, a, ss);
    code(g, IND "self.play(");
    if (scales_group(pl, a, ss->gone)) {
        code(g, "shapes.animate.scale(%s), run_time=1)\n", num(b, a->amount));
        for (i = 0; i < pl->n; i++)
            ss->scale[i] *= a->amount;
        g->anims++;
        return;
    }
    for (i = 0; i < pl->n; i++) {
        if (!(a->targets & (1u << i)))
            continue;
        code_one(g, pl, a, i, ss);
        code(g, ", ");
    }
    code(g, "run_time=1)\n");
    g->anims++;
    if (a->kind == A_FADE_OUT)
        ss->gone |= a->targets;
}

/* ---------------------------------------------------------------------
 * Shapes: explaining
 */

static const char *const ordinals[] = {"first",  "second", "third",
                                       "fourth", "fifth",  "sixth"};

/* "the red circle", "the second star", "it", "both shapes" */
static void explain_targets(gen *g, const shape_plan *pl, unsigned t,
                            unsigned visible, const shape_state *ss)
{
    int i, k, total, nth, shown = 0, count = __builtin_popcount(t);

    if (t == visible && pl->n == 1) {
        say(g, "it");
        return;
    }
    if (t == visible && count > 1) {
        say(g, count == 2 ? "both shapes" : "all the shapes");
        return;
    }
    for (i = 0; i < pl->n; i++) {
        if (!(t & (1u << i)))
            continue;
        for (total = 0, nth = 0, k = 0; k < pl->n; k++) {
            total += ss->type[k] == ss->type[i];
            nth += k < i && ss->type[k] == ss->type[i];
        }
        shown++;
        say(g, "%sthe %s%s%s",
            shown == 1       ? ""
            : shown == count ? " and "
                             : ", ",
            total > 1 ? ordinals[nth] : "", total > 1 ? " " : "",
            shape_defs[ss->type[i]].word);
    }
}

/* "a red circle", "two blue squares", "a star" */
static void explain_shape(gen *g, int type, int colour, int count)
{
    const char *word = shape_defs[type].word;
    const char *cname = colour >= 0 ? colours[colour].name : NULL;
    int vowel = strchr("aeiou", cname ? cname[0] : word[0]) != NULL;

    if (count > 1 && count <= MAX_SHAPES)
        say(g, "%s ", number_words[count]);
    else if (count > 1)
        say(g, "%d ", count);
    else
        say(g, "a%s ", vowel ? "n" : "");
    if (cname)
        say(g, "%s ", cname);
    say(g, "%s%s", word, count > 1 ? "s" : "");
}

static void explain_action(gen *g, const action *a)
{
    char b[32];

    switch (a->kind) {
    case A_ROTATE:
        say(g, "rotated %s degree%s %s", num(b, fabs(a->amount)),
            fabs(a->amount) == 1.0 ? "" : "s",
            a->amount < 0 ? "clockwise" : "counterclockwise");
        break;
    case A_SCALE:
        say(g, "scaled by a factor of %s", num(b, a->amount));
        break;
    case A_MOVE:
        if (a->dx != 0.0)
            say(g, "moved %s unit%s %s", num(b, fabs(a->dx) * a->amount),
                fabs(a->dx) * a->amount == 1.0 ? "" : "s",
                a->dx < 0 ? "left" : "right");
        if (a->dy != 0.0)
            say(g, "%s %s unit%s %s", a->dx != 0.0 ? " and" : "moved",
                num(b, fabs(a->dy) * a->amount),
                fabs(a->dy) * a->amount == 1.0 ? "" : "s",
                a->dy < 0 ? "down" : "up");
        break;
    case A_TRANSFORM:
        say(g, "transformed into ");
        explain_shape(g, a->shape, a->colour, 1);
        break;
    case A_COLOUR:
        say(g, "recoloured %s", colours[a->colour].name);
        break;
    case A_FADE_OUT:
        say(g, "faded out");
        break;
    }
}

/* Whether two shapes read the same in words ("two red circles"). */
static int same_look(const shape_obj *a, const shape_obj *b)
{
    return a->type == b->type &&
           (a->colour == b->colour || (a->colour < 0 && b->colour < 0));
}

static void explain_intro(gen *g, const shape_plan *pl, int fill_step)
{
    int i, k, groups = 0, ngroups = 0;

    for (k = 0; k < pl->n; k++)
        ngroups += k == 0 || !same_look(&pl->s[k], &pl->s[k - 1]);
    for (i = 0; i < pl->n; i = k) {
        for (k = i + 1; k < pl->n && same_look(&pl->s[k], &pl->s[i]); k++)
            ;
        if (++groups > 1)
            say(g, groups == ngroups ? " and " : ", ");
        explain_shape(g, pl->s[i].type, pl->s[i].colour, k - i);
    }
    say(g, " %s %s%s%s.", pl->n > 1 ? "are" : "is",
        pl->fade_in ? "faded in" : "drawn", pl->n > 1 ? " side by side" : "",
        fill_step ? " and then filled in" : "");
    if (g->expl.data && g->expl.data[0] >= 'a' && g->expl.data[0] <= 'z')
        g->expl.data[0] = (char)(g->expl.data[0] - 'a' + 'A');
}

/* ---------------------------------------------------------------------
 * Shapes: the whole scene
 */

static try_result try_shapes(gen *g, const words *ws)
{
    static const char *const lead[] = {"Then", "Next,", "Next,", "Next,"};
    shape_plan *pl;
    shape_state ss;
    int i, anims_before;

    if (!has_shape(ws))
        return TRY_NO;
    pl = calloc(1, sizeof(*pl));
    if (!pl)
        return TRY_NO;
    plan_shapes(pl, ws);
    if (pl->n == 0) {
        free(pl);
        return TRY_NO;
    }
    memset(&ss, 0, sizeof(ss));
    for (i = 0; i < pl->n; i++) {
        ss.type[i] = pl->s[i].type;
        ss.colour[i] = pl->s[i].colour;
        ss.scale[i] = 1.0;
    }
    ss.fit = fit_factor(pl);
    code_header(g);
    anims_before = g->anims;
    code_intro(g, pl, &ss);
    explain_intro(g, pl, g->anims - anims_before > 1);
    for (i = 0; i < pl->nact; i++) {
        const action *a = &pl->a[i];

        say(g, " %s ", i > 0 && i == pl->nact - 1 ? "Finally," : lead[i]);
        explain_targets(g, pl, a->targets, ((1u << pl->n) - 1) & ~ss.gone,
                        &ss);
        say(g, " %s ", __builtin_popcount(a->targets) > 1 ? "are" : "is");
        explain_action(g, a);
        say(g, ".");
        code_action(g, pl, a, &ss);
    }
    code_wait(g);
    if (pl->dropped)
        say(g,
            " The request had more steps than the offline generator "
            "animates, so only the first %d were kept.",
            MAX_ACTIONS);
    free(pl);
    return TRY_OK;
}

/* ---------------------------------------------------------------------
 * Plots: reading the request
 */

#define MAX_FUNCS 4
#define MAX_SEGS 24
#define SAMPLES 801

typedef struct plot_fn {
    ra_expr *e;              /* the formula; owned */
    int colour;              /* colour reference */
    char name;               /* label: 'y' for y = ..., else f(x) = ... */
    double seg[MAX_SEGS][2]; /* x intervals where it is drawn */
    int nseg;                /* how many */
} plot_fn;

typedef struct plot_plan {
    plot_fn f[MAX_FUNCS];   /* the functions */
    int n;                  /* how many */
    int dropped;            /* functions beyond MAX_FUNCS */
    int range_given;        /* the request gave the x range */
    double a, b;            /* x interval of the graphs */
    double xlo, xhi, xstep; /* x axis */
    double ylo, yhi, ystep; /* y axis */
} plot_plan;

static void skip_spaces(const char *s, size_t *p)
{
    while (s[*p] == ' ' || s[*p] == '\t' || s[*p] == '\n' || s[*p] == '\r')
        (*p)++;
}

/* Consumes a word (whole) or symbol after optional spaces. */
static int eat(const char *s, size_t *p, const char *w)
{
    size_t q = *p, n = strlen(w);

    skip_spaces(s, &q);
    if (strncmp(s + q, w, n) != 0)
        return 0;
    if (isalpha((unsigned char)w[n - 1]) && isalpha((unsigned char)s[q + n]))
        return 0;
    *p = q + n;
    return 1;
}

static int eat_any(const char *s, size_t *p, const char *const *list)
{
    for (; *list; list++)
        if (eat(s, p, *list))
            return 1;
    return 0;
}

/*
 * Reads a constant such as 3, -2.5, pi, -pi/2 or 2pi at *p and evaluates
 * it with the formula parser; only digits, signs, . * / ^ ( ) and pi are
 * taken. Returns 1 and advances *p, or 0.
 */
static int read_constant(const char *s, size_t *p, double *v)
{
    char buf[48];
    size_t q = *p, start;
    int depth = 0;
    ra_expr *e;

    skip_spaces(s, &q);
    start = q;
    if (s[q] == '-' || s[q] == '+')
        q++;
    else if (strncmp(s + q, "\xe2\x88\x92", 3) == 0)
        q += 3;
    for (;;) {
        if (s[q] == '.' && s[q + 1] == '.')
            break;
        if (isdigit((unsigned char)s[q]) || (s[q] && strchr(".*/^", s[q])))
            q++;
        else if (s[q] == '(' && ++depth)
            q++;
        else if (s[q] == ')' && depth > 0 && depth--)
            q++;
        else if (s[q] == 'p' && s[q + 1] == 'i' &&
                 !isalpha((unsigned char)s[q + 2]))
            q += 2;
        else if (strncmp(s + q, "\xcf\x80", 2) == 0)
            q += 2;
        else
            break;
    }
    while (q > start && strchr(".*/^", s[q - 1]))
        q--;
    if (q - start == 0 || q - start >= sizeof(buf))
        return 0;
    memcpy(buf, s + start, q - start);
    buf[q - start] = '\0';
    e = ra_expr_parse(buf, NULL, 0);
    if (!e)
        return 0;
    *v = ra_expr_eval(e, 0.0);
    ra_expr_free(e);
    *p = q;
    return isfinite(*v);
}

/* "A to B", "A and B", "[A, B]", "(A; B)" after a range keyword. */
static int range_body(const char *s, size_t *p, double *a, double *b)
{
    static const char *const seps[] = {"to",   "and", "through", "until",
                                       "till", "..",  NULL};
    static const char *const xeq[] = {"x =", "x=", NULL};
    size_t q = *p;
    int bracket = eat(s, &q, "[") || eat(s, &q, "(");

    eat_any(s, &q, xeq);
    if (!read_constant(s, &q, a))
        return 0;
    if (bracket ? !(eat(s, &q, ",") || eat(s, &q, ";"))
                : !eat_any(s, &q, seps))
        return 0;
    eat_any(s, &q, xeq);
    if (!read_constant(s, &q, b))
        return 0;
    if (bracket && !(eat(s, &q, "]") || eat(s, &q, ")")))
        return 0;
    *p = q;
    return 1;
}

/* Tries the range phrases that can start at p; returns 1 on a match. */
static int range_at(const char *s, size_t p, double *a, double *b, size_t *end)
{
    static const char *const lead[] = {"for",  "where", "with",
                                       "when", "as",    NULL};
    static const char *const keys[] = {
        "from", "between",      "in",     "over",     "on",    "within", "=",
        ":",    "\xe2\x88\x88", "domain", "interval", "range", NULL};
    static const char *const fill[] = {"the", "interval", "range", "domain",
                                       "of",  "values",   NULL};
    static const char *const less[] = {"<=", "<", "\xe2\x89\xa4", NULL};
    size_t q = p, r;
    int x = 0;

    if (eat_any(s, &q, lead))
        x = eat(s, &q, "x");
    if (!x) {
        /* a bare "x" only before = or in: "plot x from 0 to 5" keeps x */
        q = p;
        r = p;
        if (eat(s, &r, "x")) {
            q = r;
            x = eat(s, &r, "=") || eat(s, &r, "in") ||
                eat(s, &r, "\xe2\x88\x88");
        }
        q = x ? q : p;
    }
    if (eat_any(s, &q, keys)) {
        while (eat_any(s, &q, fill))
            ;
        if (range_body(s, &q, a, b)) {
            *end = q;
            return 1;
        }
    }
    q = p;
    if (read_constant(s, &q, a) && eat_any(s, &q, less) && eat(s, &q, "x") &&
        eat_any(s, &q, less) && read_constant(s, &q, b)) {
        *end = q;
        return 1;
    }
    return 0;
}

/*
 * Finds the x range in the lower-case request and blanks it out of
 * `mask` (a copy of the request) so that it is not read as a formula.
 * Returns 1 if found, 0 if not, -1 if it is unusable.
 */
static int find_range(const char *low, char *mask, double *a, double *b)
{
    size_t p, end, k;
    double t;

    for (p = 0; low[p]; p++) {
        if (p > 0 && isalnum((unsigned char)low[p - 1]))
            continue;
        if (!range_at(low, p, a, b, &end))
            continue;
        for (k = p; k < end; k++)
            mask[k] = ',';
        if (*a > *b)
            t = *a, *a = *b, *b = t;
        if (*b - *a < 0.01 || fabs(*a) > 1000.0 || fabs(*b) > 1000.0)
            return -1;
        return 1;
    }
    return 0;
}

/* Whether the word at s is a separator between two functions. */
static int separator_word(const char *s, size_t i)
{
    static const char *const seps[] = {"and",    "then", "also", "vs",
                                       "versus", "with", NULL};
    const char *const *w;
    size_t n;

    if (i > 0 && isalpha((unsigned char)s[i - 1]))
        return 0;
    for (w = seps; *w; w++) {
        n = strlen(*w);
        if (strncasecmp(s + i, *w, n) == 0 &&
            !isalpha((unsigned char)s[i + n]))
            return (int)n;
    }
    return 0;
}

typedef struct span {
    size_t start; /* first byte */
    size_t end;   /* one past the last byte */
} span;

/* Cuts the masked request into pieces that hold one function each. */
static int split_segments(const char *s, span *out, int max)
{
    size_t i = 0, start = 0, skip;
    int n = 0, sep;

    for (;;) {
        skip = 1;
        sep = s[i] == '\0' || strchr(",;:!?&\n", s[i]) ||
              (s[i] == '.' &&
               (s[i + 1] == '\0' || strchr(" \t\r\n,;:!?)\"'", s[i + 1])));
        if (!sep && (skip = (size_t)separator_word(s, i)) > 0)
            sep = 1;
        if (!sep) {
            i++;
            continue;
        }
        if (i > start && n < max)
            out[n++] = (span){start, i};
        if (s[i] == '\0')
            break;
        i += skip ? skip : 1;
        start = i;
    }
    return n;
}

/* The function letter of a left side such as "f(x)", or 'y'. */
static char lhs_name(const char *s, size_t n)
{
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    if (n >= 4 && strncmp(s + n - 3, "(x)", 3) == 0 &&
        isalpha((unsigned char)s[n - 4]) &&
        (n == 4 || !isalpha((unsigned char)s[n - 5])))
        return s[n - 4];
    return 'y';
}

#define MAX_SEG_WORDS 40

/*
 * The longest run of whole words of s that parses as a formula (in x
 * unless constants are allowed). Returns a new tree or NULL; the parse
 * error of the whole text goes to err.
 */
static ra_expr *longest_formula(const char *s, int allow_constant, char *err,
                                size_t errlen)
{
    span w[MAX_SEG_WORDS];
    char cand[RA_EXPR_MAX_LEN + 2];
    int n = 0, len, st;
    size_t i = 0, m;
    ra_expr *e;

    while (s[i] && n < MAX_SEG_WORDS) {
        while (isspace((unsigned char)s[i]))
            i++;
        if (!s[i])
            break;
        w[n].start = i;
        while (s[i] && !isspace((unsigned char)s[i]))
            i++;
        w[n++].end = i;
    }
    for (len = n; len > 0; len--) {
        for (st = 0; st + len <= n; st++) {
            m = w[st + len - 1].end - w[st].start;
            if (m > RA_EXPR_MAX_LEN)
                continue;
            memcpy(cand, s + w[st].start, m);
            cand[m] = '\0';
            e = ra_expr_parse(cand, len == n ? err : NULL, errlen);
            if (e && (allow_constant || ra_expr_uses_x(e)))
                return e;
            ra_expr_free(e);
        }
    }
    return NULL;
}

/* A function named in words ("a sine wave", "the square root"), or NULL. */
static ra_expr *named_function(const words *ws)
{
    int i, k;

    for (i = 0; i < ws->n; i++) {
        for (k = 0; k < N_NAMED_FUNCTIONS; k++) {
            const char *key = named_functions[k].key;
            const char *key2 = named_functions[k].key2;
            int hit = is(ws, i, key) || (strlen(key) >= 6 && stem(ws, i, key));

            if (hit && (!key2 || stem(ws, i + 1, key2)))
                return ra_expr_parse(named_functions[k].formula, NULL, 0);
        }
    }
    return NULL;
}

/*
 * Reads one function from a piece of the request into the plan. Returns
 * 1 if one was found; otherwise 0, with the parse error of an explicit
 * "y = ..." in err.
 */
static int read_function(plot_plan *pl, const char *piece, char *err,
                         size_t errlen)
{
    const char *eq = strrchr(piece, '=');
    const char *rhs = eq ? eq + 1 : piece;
    plot_fn *f = &pl->f[pl->n];
    words ws;
    int i, c;

    split_words(piece, &ws);
    f->e = longest_formula(rhs, eq != NULL, eq ? err : NULL, errlen);
    if (!f->e && !eq)
        f->e = named_function(&ws);
    if (!f->e)
        return 0;
    f->name = eq ? lhs_name(piece, (size_t)(eq - piece)) : 'y';
    f->colour = PALETTE(pl->n);
    for (i = 0; i < ws.n; i++)
        if ((c = colour_word(ws.v[i].w)) >= 0)
            f->colour = c;
    pl->n++;
    return 1;
}

/* Reads every function of the masked request; returns how many. */
static int read_functions(plot_plan *pl, const char *mask, char *err,
                          size_t errlen)
{
    span segs[64];
    char piece[512];
    int i, n = split_segments(mask, segs, 64);
    size_t len;

    for (i = 0; i < n; i++) {
        len = segs[i].end - segs[i].start;
        if (len >= sizeof(piece))
            len = sizeof(piece) - 1;
        memcpy(piece, mask + segs[i].start, len);
        piece[len] = '\0';
        if (pl->n >= MAX_FUNCS) {
            ra_expr *e = longest_formula(piece, 0, NULL, 0);

            pl->dropped += e != NULL;
            ra_expr_free(e);
            continue;
        }
        read_function(pl, piece, err[0] ? NULL : err, errlen);
    }
    return pl->n;
}

/* ---------------------------------------------------------------------
 * Plots: choosing ranges and the visible pieces of each curve
 */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;

    return (x > y) - (x < y);
}

/* A tick spacing of 1, 2 or 5 times a power of ten, at least raw. */
static double nice_step(double raw)
{
    double p = pow(10.0, floor(log10(raw))), f = raw / p;

    return (f <= 1.0 ? 1.0 : f <= 2.0 ? 2.0 : f <= 5.0 ? 5.0 : 10.0) * p;
}

static double sample_x(const plot_plan *pl, int i)
{
    return pl->a + (pl->b - pl->a) * i / (SAMPLES - 1);
}

/*
 * Picks the y range from the sampled values: all of them, unless a few
 * run away (poles of tan or 1/x), then the middle 90%. Zero is included
 * when it is near, and the ends are padded and rounded to ticks.
 */
static void choose_y(plot_plan *pl, double *pool, int n)
{
    double lo, hi, q05, q95, span;

    qsort(pool, (size_t)n, sizeof(double), cmp_double);
    lo = pool[0];
    hi = pool[n - 1];
    q05 = pool[(int)(0.05 * (n - 1))];
    q95 = pool[(int)(0.95 * (n - 1))];
    if (hi - lo > 3.0 * (q95 - q05) + 1e-9) {
        lo = q05;
        hi = q95;
    }
    if (hi - lo < 1e-9) {
        lo -= 1.0;
        hi += 1.0;
    }
    span = hi - lo;
    if (lo > 0.0 && lo <= span)
        lo = 0.0;
    if (hi < 0.0 && -hi <= span)
        hi = 0.0;
    lo -= lo != 0.0 ? 0.1 * span : 0.0;
    hi += hi != 0.0 ? 0.1 * span : 0.0;
    pl->ystep = nice_step((hi - lo) / 8.0);
    pl->ylo = floor(lo / pl->ystep) * pl->ystep;
    pl->yhi = ceil(hi / pl->ystep) * pl->ystep;
}

static void choose_x(plot_plan *pl)
{
    pl->xstep = nice_step((pl->b - pl->a) / 10.0);
    if (pl->a <= 0.0 && pl->b >= 0.0) {
        pl->xlo = pl->a;
        pl->xhi = pl->b;
    } else {
        pl->xlo = floor(pl->a / pl->xstep) * pl->xstep;
        pl->xhi = ceil(pl->b / pl->xstep) * pl->xstep;
    }
}

/* Whether the curve is defined at x and inside the axes. */
static int visible_at(const plot_fn *f, const plot_plan *pl, double x)
{
    double y = ra_expr_eval(f->e, x), tol = 1e-9 * (pl->yhi - pl->ylo);

    return isfinite(y) && y >= pl->ylo - tol && y <= pl->yhi + tol;
}

/* Narrows down where the curve enters or leaves the visible area. */
static double refine(const plot_fn *f, const plot_plan *pl, double bad,
                     double good)
{
    int k;

    for (k = 0; k < 48; k++) {
        double mid = (bad + good) / 2;

        if (visible_at(f, pl, mid))
            good = mid;
        else
            bad = mid;
    }
    return good;
}

/* Splits a curve into the x intervals where it can be drawn. */
static void find_segments(plot_fn *f, const plot_plan *pl, const double *y)
{
    double jump = 0.5 * (pl->yhi - pl->ylo), lo, hi;
    int i = 0, start;

    f->nseg = 0;
    while (i < SAMPLES && f->nseg < MAX_SEGS) {
        if (!visible_at(f, pl, sample_x(pl, i))) {
            i++;
            continue;
        }
        start = i;
        while (i + 1 < SAMPLES && visible_at(f, pl, sample_x(pl, i + 1)) &&
               fabs(y[i + 1] - y[i]) <= jump)
            i++;
        lo = sample_x(pl, start);
        hi = sample_x(pl, i);
        if (start > 0 && !visible_at(f, pl, sample_x(pl, start - 1)))
            lo = refine(f, pl, sample_x(pl, start - 1), lo);
        if (i + 1 < SAMPLES && !visible_at(f, pl, sample_x(pl, i + 1)))
            hi = refine(f, pl, sample_x(pl, i + 1), hi);
        if (hi - lo > 1e-9 * (pl->b - pl->a)) {
            f->seg[f->nseg][0] = lo;
            f->seg[f->nseg][1] = hi;
            f->nseg++;
        }
        i++;
    }
}

/*
 * Samples every function, chooses the axes and the visible pieces.
 * Returns -1 when all is well, the index of a function that has nothing
 * to draw, or -2 when memory runs out.
 */
static int analyse_plot(plot_plan *pl)
{
    double *y = malloc(sizeof(double) * SAMPLES * MAX_FUNCS);
    double *pool = malloc(sizeof(double) * SAMPLES * MAX_FUNCS);
    int i, k, n = 0, empty = -1;

    if (!y || !pool) {
        free(y);
        free(pool);
        return -2;
    }
    for (k = 0; k < pl->n; k++)
        for (i = 0; i < SAMPLES; i++) {
            y[k * SAMPLES + i] = ra_expr_eval(pl->f[k].e, sample_x(pl, i));
            if (isfinite(y[k * SAMPLES + i]))
                pool[n++] = y[k * SAMPLES + i];
        }
    choose_x(pl);
    if (n > 0)
        choose_y(pl, pool, n);
    for (k = 0; k < pl->n && n > 0; k++) {
        find_segments(&pl->f[k], pl, y + k * SAMPLES);
        if (pl->f[k].nseg == 0 && empty < 0)
            empty = k;
    }
    free(y);
    free(pool);
    return n > 0 ? empty : 0;
}

/*
 * With no range in the request, keeps only the part of the standard range
 * where some curve can be drawn (ln(x) and sqrt(x) get x >= 0). Returns
 * 1 if the range changed.
 */
static int tighten_range(plot_plan *pl)
{
    double lo = pl->b, hi = pl->a, step = nice_step((pl->b - pl->a) / 10);
    int k;

    for (k = 0; k < pl->n; k++) {
        lo = fmin(lo, pl->f[k].seg[0][0]);
        hi = fmax(hi, pl->f[k].seg[pl->f[k].nseg - 1][1]);
    }
    lo = fmax(pl->a, floor(lo / step) * step);
    hi = fmin(pl->b, ceil(hi / step) * step);
    if (hi - lo >= 0.9 * (pl->b - pl->a) || hi - lo < 2 * step)
        return 0;
    pl->a = lo;
    pl->b = hi;
    return 1;
}

/* ---------------------------------------------------------------------
 * Plots: writing
 */

/* Prints x with enough digits that the curve is still visible there. */
static const char *bound(char buf[40], const plot_fn *f, const plot_plan *pl,
                         double x)
{
    int prec;

    for (prec = 6; prec <= 17; prec++) {
        snprintf(buf, 40, "%.*g", prec, x);
        if (visible_at(f, pl, strtod(buf, NULL)))
            break;
    }
    return buf;
}

static int decimals(double step)
{
    return step >= 1.0 ? 0 : (int)ceil(-log10(step) - 1e-9);
}

static void code_axis_config(gen *g, const char *axis, double step)
{
    code(g,
         IND "    %s_axis_config={\"decimal_number_config\": {"
             "\"num_decimal_places\": %d, \"color\": ",
         axis, decimals(step));
    mm_buf_python_string(&g->code, g->st->text);
    code(g, "}},\n");
}

static void code_axes(gen *g, const plot_plan *pl)
{
    char a[32], b[32], c[32];

    code(g, IND "axes = Axes(\n");
    code(g, IND "    x_range=[%s, %s, %s],\n", num(a, pl->xlo),
         num(b, pl->xhi), num(c, pl->xstep));
    code(g, IND "    y_range=[%s, %s, %s],\n", num(a, pl->ylo),
         num(b, pl->yhi), num(c, pl->ystep));
    code(g, IND "    x_length=11,\n" IND "    y_length=5.5,\n" IND
                "    tips=False,\n" IND "    axis_config={\"color\": ");
    mm_buf_python_string(&g->code, g->st->axis);
    code(g, ", \"stroke_width\": 2, \"include_numbers\": True, "
            "\"font_size\": 24},\n");
    code_axis_config(g, "x", pl->xstep);
    code_axis_config(g, "y", pl->ystep);
    code(g, IND ").shift(DOWN * 0.5)\n");
    code(g, IND "axis_labels = axes.get_axis_labels(\n");
    code(g, IND "    MathTex(\"x\", color=");
    mm_buf_python_string(&g->code, g->st->text);
    code(g, ", font_size=32),\n" IND "    MathTex(\"y\", color=");
    mm_buf_python_string(&g->code, g->st->text);
    code(g, ", font_size=32),\n" IND ")\n");
}

static void code_graph(gen *g, const plot_plan *pl, int k)
{
    const plot_fn *f = &pl->f[k];
    char a[40], b[40], c[32];
    int i, steps;

    code(g,
         IND "graph_%d = VGroup(*[\n" IND "    axes.plot(\n" IND
             "        lambda x: ",
         k + 1);
    ra_expr_to_python(f->e, &g->code);
    code(g, ",\n" IND "        x_range=piece,\n" IND "        color=");
    code_colour(g, f->colour);
    code(g,
         ",\n" IND "        stroke_width=%g,\n" IND
         "        use_smoothing=False,\n" IND "    )\n" IND
         "    for piece in [\n",
         g->st->stroke_width);
    for (i = 0; i < f->nseg; i++) {
        double lo = f->seg[i][0], hi = f->seg[i][1];

        steps = (int)ceil(400.0 * (hi - lo) / (pl->b - pl->a));
        steps = steps < 20 ? 20 : steps;
        code(g, IND "        [%s, %s, %s],\n", bound(a, f, pl, lo),
             bound(b, f, pl, hi), num(c, (hi - lo) / steps));
    }
    code(g, IND "    ]\n" IND "])\n");
}

/* "y = x^{2}" for a label, or "f(x) = ..." */
static void code_label(gen *g, const plot_fn *f, int k)
{
    mm_buf tex = MM_BUF_INIT;

    if (f->name == 'y')
        mm_buf_puts(&tex, "y = ");
    else
        mm_buf_printf(&tex, "%c(x) = ", f->name);
    ra_expr_to_latex(f->e, &tex);
    code(g, IND "label_%d = MathTex(", k + 1);
    mm_buf_python_string(&g->code, tex.data ? tex.data : "");
    code(g, ", color=");
    code_colour(g, f->colour);
    code(g, ", font_size=40)\n");
    mm_buf_free(&tex);
}

static void code_plot(gen *g, const plot_plan *pl)
{
    int k;

    code_header(g);
    code_axes(g, pl);
    for (k = 0; k < pl->n; k++) {
        code_graph(g, pl, k);
        code_label(g, &pl->f[k], k);
    }
    code(g, IND "labels = VGroup(");
    for (k = 0; k < pl->n; k++)
        code(g, "%slabel_%d", k ? ", " : "", k + 1);
    code(g,
         ").arrange(RIGHT, buff=1)\n" IND "labels.to_edge(UP, buff=0.3)\n" IND
         "if labels.width > 13:\n" IND "    labels.scale_to_fit_width(13)\n");
    code(g, IND "self.play(Create(axes), Write(axis_labels), "
                "run_time=1.5)\n" IND "self.play(");
    for (k = 0; k < pl->n; k++)
        code(g, "Create(graph_%d), ", k + 1);
    code(g, "run_time=2)\n" IND "self.play(Write(labels), run_time=1)\n");
    g->anims += 3;
    code_wait(g);
}

/* "y = x^2" or "f(x) = x^2" in plain text. */
static void explain_function(gen *g, const plot_fn *f)
{
    if (f->name == 'y')
        say(g, "y = ");
    else
        say(g, "%c(x) = ", f->name);
    ra_expr_to_text(f->e, &g->expl);
    if (f->colour >= 0)
        say(g, " (in %s)", colours[f->colour].name);
}

static int clipped(const plot_plan *pl, const plot_fn *f)
{
    double tol = 1e-6 * (pl->b - pl->a);

    return f->nseg != 1 || f->seg[0][0] > pl->a + tol ||
           f->seg[0][1] < pl->b - tol;
}

static void explain_plot(gen *g, const plot_plan *pl)
{
    char a[32], b[32], c[32], d[32];
    int k;

    say(g, "Axes are drawn with x from %s to %s and y from %s to %s%s. ",
        num(a, pl->xlo), num(b, pl->xhi), num(c, pl->ylo), num(d, pl->yhi),
        pl->range_given ? ""
                        : " (no x range was given, so a standard "
                          "one is used)");
    say(g, "Then the graph%s of ", pl->n > 1 ? "s" : "");
    for (k = 0; k < pl->n; k++) {
        if (k > 0)
            say(g, k == pl->n - 1 ? " and " : ", ");
        explain_function(g, &pl->f[k]);
    }
    say(g,
        " %s traced from left to right, and %s written above the "
        "axes.",
        pl->n > 1 ? "are" : "is",
        pl->n > 1 ? "their equations are" : "its equation is");
    for (k = 0; k < pl->n; k++)
        if (clipped(pl, &pl->f[k])) {
            say(g, " Curves are only drawn where they are defined and "
                   "inside the axes.");
            break;
        }
    if (pl->dropped)
        say(g, " Only the first %d functions are plotted.", MAX_FUNCS);
}

/* ---------------------------------------------------------------------
 * Plots: the whole scene
 */

/* Requests about plots that need more than curves: refused honestly. */
static int needs_more_than_curves(const words *ws)
{
    static const char *const more[] = {
        "derivative", "derivatives", "integral", "integrals", "integrate",
        "area",       "riemann",     "shade",    "shaded",    "shading",
        "secant",     "vector",      "vectors",  "matrix",    "surface",
        "limit",      "parametric",  "polar",    NULL};
    int i;

    for (i = 0; i < ws->n; i++)
        if (stem(ws, i, "tangent") &&
            (is(ws, i + 1, "line") || is(ws, i + 1, "to") ||
             is(ws, i + 1, "at")))
            return 1;
    return has_any(ws, more);
}

static void free_plot(plot_plan *pl)
{
    int k;

    for (k = 0; k < pl->n; k++)
        ra_expr_free(pl->f[k].e);
    free(pl);
}

static try_result plot_refusal(gen *g, plot_plan *pl, const char *err)
{
    if (err[0])
        refuse(g,
               "The offline generator could not read the function to "
               "plot: %s. Write it like \"plot y = sin(x) + x^2 from -3 "
               "to 3\".",
               err);
    free_plot(pl);
    return err[0] ? TRY_REFUSED : TRY_NO;
}

/* Fills the x range: from the request, or a standard one. */
static int plot_range(gen *g, plot_plan *pl, const char *prompt, char *mask)
{
    char *low = malloc(strlen(prompt) + 1);
    int k, found;

    if (!low)
        return -1;
    for (k = 0; prompt[k]; k++)
        low[k] = (char)tolower((unsigned char)prompt[k]);
    low[k] = '\0';
    found = find_range(low, mask, &pl->a, &pl->b);
    free(low);
    if (found < 0) {
        refuse(g, "The x range of the plot must go from a smaller to a "
                  "larger number, both between -1000 and 1000, as in "
                  "\"plot y = x^2 from -3 to 3\".");
        return -1;
    }
    pl->range_given = found;
    return 0;
}

static try_result try_plot(gen *g, const char *prompt, const words *ws)
{
    plot_plan *pl = calloc(1, sizeof(*pl));
    char *mask = malloc(strlen(prompt) + 1), err[160] = "";
    int k, trig = 0, empty;

    if (!pl || !mask) {
        free(pl);
        free(mask);
        return TRY_NO;
    }
    memcpy(mask, prompt, strlen(prompt) + 1);
    if (plot_range(g, pl, prompt, mask) != 0) {
        free(mask);
        free_plot(pl);
        return TRY_REFUSED;
    }
    read_functions(pl, mask, err, sizeof(err));
    free(mask);
    if (pl->n == 0)
        return plot_refusal(g, pl, err);
    if (needs_more_than_curves(ws)) {
        free_plot(pl);
        return refuse(g, "The offline generator can plot functions (\"plot "
                         "y = sin(x) from -pi to pi\") but cannot yet draw "
                         "tangent lines, areas, derivatives or integrals. "
                         "Configure an LLM provider for this request.");
    }
    for (k = 0; k < pl->n; k++)
        trig |= ra_expr_uses_trig(pl->f[k].e);
    if (!pl->range_given) {
        pl->a = trig ? -2 * M_PI : -5.0;
        pl->b = -pl->a;
    }
    empty = analyse_plot(pl);
    if (empty == -1 && !pl->range_given && tighten_range(pl))
        empty = analyse_plot(pl);
    if (empty == -2) {
        free_plot(pl);
        return TRY_NO;
    }
    if (empty >= 0) {
        mm_buf t = MM_BUF_INIT;
        char a[32], b[32];

        ra_expr_to_text(pl->f[empty].e, &t);
        refuse(g,
               "The function %s has no points to draw between x = %s "
               "and x = %s. Choose a range where it is defined.",
               t.data ? t.data : "", num(a, pl->a), num(b, pl->b));
        mm_buf_free(&t);
        free_plot(pl);
        return TRY_REFUSED;
    }
    code_plot(g, pl);
    explain_plot(g, pl);
    free_plot(pl);
    return TRY_OK;
}

/* Whether the request holds "y = ..." or "f(x) = ...". */
static int has_function_equation(const char *s)
{
    size_t i, j;

    for (i = 0; s[i]; i++) {
        if (s[i] != '=' || i == 0)
            continue;
        j = i;
        while (j > 0 && s[j - 1] == ' ')
            j--;
        if (j == 0)
            continue;
        if (lhs_name(s, j) != 'y' ||
            ((s[j - 1] == 'y' || s[j - 1] == 'Y') &&
             (j == 1 || !isalpha((unsigned char)s[j - 2]))))
            return 1;
    }
    return 0;
}

/* ---------------------------------------------------------------------
 * Equations
 */

static void code_equation(gen *g, const char *title, const char *latex,
                          int colour)
{
    if (title) {
        code(g, IND "title = Text(");
        mm_buf_python_string(&g->code, title);
        code(g, ", font_size=40, color=");
        mm_buf_python_string(&g->code, g->st->text);
        code(g, ")\n" IND "title.to_edge(UP, buff=0.8)\n");
    }
    code(g, IND "equation = MathTex(");
    mm_buf_python_string(&g->code, latex);
    code(g, ", font_size=60, color=");
    code_colour(g, colour);
    code(g, ")\n" IND "if equation.width > 12:\n" IND
            "    equation.scale_to_fit_width(12)\n");
    if (title) {
        code(g, IND "self.play(Write(title), run_time=1)\n");
        g->anims++;
    }
    code(g, IND "self.play(Write(equation), run_time=2)\n" IND
                "self.play(Circumscribe(equation, color=");
    mm_buf_python_string(&g->code, g->st->accent);
    code(g, "), run_time=1.5)\n");
    g->anims += 2;
    code_wait(g);
}

/* The colour asked for the equation, or the style's text colour. */
static int equation_colour(const words *ws)
{
    int i, c;

    for (i = 0; i < ws->n; i++)
        if ((c = colour_word(ws->v[i].w)) >= 0)
            return c;
    return PALETTE(3);
}

static int all_keys(const words *ws, const equation_def *d)
{
    int k;

    for (k = 0; k < 3 && d->keys[k]; k++)
        if (!has_stem(ws, d->keys[k]))
            return 0;
    return 1;
}

/* The first known equation the request names, or NULL. */
static const equation_def *named_equation(const words *ws, int eq_word)
{
    int i;

    for (i = 0; i < N_EQUATIONS; i++)
        if (all_keys(ws, &equations[i]) &&
            (eq_word || !equations[i].needs_eq_word))
            return &equations[i];
    return NULL;
}

static try_result try_named_equation(gen *g, const words *ws, int eq_word)
{
    const equation_def *d = named_equation(ws, eq_word);

    if (!d)
        return TRY_NO;
    code_header(g);
    code_equation(g, d->title, d->latex, equation_colour(ws));
    say(g,
        "The title \"%s\" appears, then the equation is written out "
        "symbol by symbol and outlined to draw attention to it. %s",
        d->title, d->about);
    return TRY_OK;
}

static const char *const filler_words[] = {
    "a",  "an",  "the", "is",   "of",   "to",   "in", "at",
    "be", "by",  "as",  "or",   "on",   "it",   "if", "so",
    "we", "and", "for", "that", "this", "then", NULL};

/* Parses words [j, k) of s as one side of an equation; NULL if not. */
static ra_expr *parse_words(const char *s, const span *w, int j, int k)
{
    char cand[RA_EXPR_MAX_LEN + 1];
    size_t m;

    if (j >= k || (m = w[k - 1].end - w[j].start) > RA_EXPR_MAX_LEN)
        return NULL;
    memcpy(cand, s + w[j].start, m);
    cand[m] = '\0';
    return ra_expr_parse_flags(cand, RA_EXPR_ANY_VARS, NULL, 0);
}

static int filler_at(const char *s, const span *w, int i)
{
    char word[16];
    size_t n = w[i].end - w[i].start, k;

    if (n >= sizeof(word))
        return 0;
    for (k = 0; k < n; k++)
        word[k] = (char)tolower((unsigned char)s[w[i].start + k]);
    word[n] = '\0';
    return in_list(word, filler_words);
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
    span w[MAX_SEG_WORDS];
    int n = 0, j, k;
    size_t i = 0;
    ra_expr *e = NULL, *shorter;

    while (s[i] && n < MAX_SEG_WORDS) {
        for (; s[i] == ' '; i++)
            ;
        if (!s[i])
            break;
        w[n].start = i;
        for (; s[i] && s[i] != ' '; i++)
            ;
        w[n++].end = i;
    }
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

#define MAX_SIDES 3

/*
 * Reads "E = mc^2" (up to three sides) out of the request and writes its
 * LaTeX and plain text. Returns 0, or -1 when there is no such equation.
 */
static int read_equation(const char *prompt, mm_buf *tex, mm_buf *text)
{
    char run[RA_BUILTIN_MAX_PROMPT + 1], *side[MAX_SIDES], *p;
    ra_expr *e[MAX_SIDES] = {NULL};
    int n = 0, k, rc = 0;

    if (!equation_run(prompt, run, sizeof(run)))
        return -1;
    for (side[n++] = run, p = run; (p = strchr(p, '=')) != NULL; p++) {
        if (n >= MAX_SIDES)
            return -1;
        *p = '\0';
        side[n++] = p + 1;
    }
    for (k = 0; k < n && rc == 0; k++) {
        e[k] = equation_side(side[k], k == 0, k == n - 1);
        rc = e[k] ? 0 : -1;
    }
    for (k = 0; k < n && rc == 0; k++) {
        mm_buf_puts(tex, k ? " = " : "");
        mm_buf_puts(text, k ? " = " : "");
        ra_expr_to_latex(e[k], tex);
        ra_expr_to_text(e[k], text);
    }
    for (k = 0; k < n; k++)
        ra_expr_free(e[k]);
    return rc;
}

static try_result try_explicit_equation(gen *g, const char *prompt,
                                        const words *ws)
{
    mm_buf tex = MM_BUF_INIT, text = MM_BUF_INIT;

    if (read_equation(prompt, &tex, &text) != 0 || !tex.data || !text.data) {
        mm_buf_free(&tex);
        mm_buf_free(&text);
        return TRY_NO;
    }
    code_header(g);
    code_equation(g, NULL, tex.data, equation_colour(ws));
    say(g,
        "The equation %s is written out symbol by symbol and then "
        "outlined to draw attention to it.",
        text.data);
    mm_buf_free(&tex);
    mm_buf_free(&text);
    return TRY_OK;
}

/* ---------------------------------------------------------------------
 * Choosing what the request is about
 */

static try_result dispatch(gen *g, const char *prompt, const words *ws)
{
    static const char *const show[] = {"show",    "write",   "display",
                                       "typeset", "present", NULL};
    int eq_word = has_any(ws, equation_words);
    try_result r;

    if (has_any(ws, plot_words) && (r = try_plot(g, prompt, ws)) != TRY_NO)
        return r;
    if (eq_word) {
        r = try_explicit_equation(g, prompt, ws);
        return r != TRY_NO ? r : try_named_equation(g, ws, 1);
    }
    if ((r = try_named_equation(g, ws, 0)) != TRY_NO)
        return r;
    if (has_function_equation(prompt) &&
        (r = try_plot(g, prompt, ws)) != TRY_NO) {
        /* "display y = mx + b" is not a plot in x: typeset it instead */
        if (r == TRY_REFUSED && has_any(ws, show) &&
            !needs_more_than_curves(ws) &&
            try_explicit_equation(g, prompt, ws) == TRY_OK)
            return TRY_OK;
        return r;
    }
    if ((r = try_shapes(g, ws)) != TRY_NO)
        return r;
    if (has_any(ws, show))
        return try_explicit_equation(g, prompt, ws);
    return TRY_NO;
}

static char *dup_string(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = malloc(n);

    if (p)
        memcpy(p, s, n);
    return p;
}

static ra_gen_status finish(gen *g, try_result r, ra_generated *out,
                            char **message)
{
    if (r != TRY_OK) {
        mm_buf_free(&g->code);
        mm_buf_free(&g->expl);
        if (r == TRY_REFUSED && g->why.data)
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

ra_gen_status ra_builtin_generate(const char *prompt, const mm_style *style,
                                  ra_generated *out, char **message)
{
    words *ws;
    gen g;
    try_result r;

    if (message)
        *message = NULL;
    if (out)
        memset(out, 0, sizeof(*out));
    if (!prompt || !style || !out || !message) {
        if (message)
            *message = dup_string("The code generator was called without "
                                  "a request or a style.");
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
    g.st = style;
    split_words(prompt, ws);
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
