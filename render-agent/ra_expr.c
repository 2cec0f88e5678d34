/*
 * ra_expr: parse, print and evaluate formulas. See ra_expr.h.
 *
 * The lexer turns bytes into tokens one at a time (a few UTF-8 symbols
 * such as the minus sign, pi and squared are accepted), the parser builds
 * a tree of ra_expr nodes, and three printers (Python, LaTeX, plain text)
 * walk the tree. The printers only ever emit fixed strings and numbers
 * re-printed from doubles, which is what makes the output safe.
 */
#include "ra_expr.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif
#ifndef M_E
#define M_E 2.7182818284590452354
#endif

/* Largest magnitude a constant part may have (keeps Python ints small). */
#define CONST_LIMIT 1e15

typedef enum node_kind {
    N_NUM,
    N_VAR,
    N_PI,
    N_E,
    N_NEG,
    N_ADD,
    N_SUB,
    N_MUL,
    N_DIV,
    N_POW,
    N_FUNC
} node_kind;

/* How a function is typeset. */
typedef enum tex_form { TEX_CALL, TEX_EXP, TEX_SQRT, TEX_ABS } tex_form;

typedef struct func_def {
    const char *name;     /* as typed (matched case-insensitively) */
    const char *text;     /* canonical plain-text name */
    const char *py;       /* numpy function */
    const char *tex;      /* LaTeX operator, for TEX_CALL */
    tex_form form;        /* how LaTeX shows it */
    double (*fn)(double); /* C implementation */
    int trig;             /* 1 for sin, cos, tan */
} func_def;

static const func_def funcs[] = {
    {"sin", "sin", "np.sin", "\\sin", TEX_CALL, sin, 1},
    {"cos", "cos", "np.cos", "\\cos", TEX_CALL, cos, 1},
    {"tan", "tan", "np.tan", "\\tan", TEX_CALL, tan, 1},
    {"asin", "asin", "np.arcsin", "\\arcsin", TEX_CALL, asin, 0},
    {"arcsin", "asin", "np.arcsin", "\\arcsin", TEX_CALL, asin, 0},
    {"acos", "acos", "np.arccos", "\\arccos", TEX_CALL, acos, 0},
    {"arccos", "acos", "np.arccos", "\\arccos", TEX_CALL, acos, 0},
    {"atan", "atan", "np.arctan", "\\arctan", TEX_CALL, atan, 0},
    {"arctan", "atan", "np.arctan", "\\arctan", TEX_CALL, atan, 0},
    {"sinh", "sinh", "np.sinh", "\\sinh", TEX_CALL, sinh, 0},
    {"cosh", "cosh", "np.cosh", "\\cosh", TEX_CALL, cosh, 0},
    {"tanh", "tanh", "np.tanh", "\\tanh", TEX_CALL, tanh, 0},
    {"exp", "exp", "np.exp", NULL, TEX_EXP, exp, 0},
    {"ln", "ln", "np.log", "\\ln", TEX_CALL, log, 0},
    {"log", "ln", "np.log", "\\ln", TEX_CALL, log, 0},
    {"log10", "log10", "np.log10", "\\log_{10}", TEX_CALL, log10, 0},
    {"sqrt", "sqrt", "np.sqrt", NULL, TEX_SQRT, sqrt, 0},
    {"abs", "abs", "np.abs", NULL, TEX_ABS, fabs, 0},
};

#define N_FUNCS (sizeof(funcs) / sizeof(funcs[0]))
#define FUNC_ABS (&funcs[N_FUNCS - 1])

/* Greek letters usable as variables with RA_EXPR_ANY_VARS. */
typedef struct greek_def {
    const char *name; /* lower-case name */
    const char *tex;  /* LaTeX for the lower-case letter */
    const char *cap;  /* LaTeX for the capital, or NULL */
} greek_def;

static const greek_def greeks[] = {
    {"alpha", "\\alpha", NULL},
    {"beta", "\\beta", NULL},
    {"gamma", "\\gamma", "\\Gamma"},
    {"delta", "\\delta", "\\Delta"},
    {"epsilon", "\\epsilon", NULL},
    {"theta", "\\theta", "\\Theta"},
    {"kappa", "\\kappa", NULL},
    {"lambda", "\\lambda", "\\Lambda"},
    {"mu", "\\mu", NULL},
    {"rho", "\\rho", NULL},
    {"sigma", "\\sigma", "\\Sigma"},
    {"tau", "\\tau", NULL},
    {"phi", "\\phi", "\\Phi"},
    {"psi", "\\psi", "\\Psi"},
    {"omega", "\\omega", "\\Omega"},
};

#define N_GREEKS (sizeof(greeks) / sizeof(greeks[0]))

struct ra_expr {
    node_kind kind;       /* what the node is */
    double value;         /* N_NUM: the number */
    const func_def *func; /* N_FUNC: the function */
    int implicit;         /* N_MUL: written without an operator */
    char var;             /* N_VAR: 'x', 'y' or 't' when it is one of the
                             variables a value is given for, else 0 */
    char tex[12];         /* N_VAR: LaTeX name */
    char text[10];        /* N_VAR: plain name ("x" for the variable x) */
    ra_expr *a;           /* first operand; the argument of N_FUNC/N_NEG */
    ra_expr *b;           /* second operand of a binary node */
};

/* ---------------------------------------------------------------------
 * Lexer
 */

typedef enum tok_kind {
    T_END,
    T_NUM,
    T_VAR,
    T_PI,
    T_E,
    T_FUNC,
    T_OP,
    T_LP,
    T_RP,
    T_BAR,
    T_SUP
} tok_kind;

typedef struct token {
    tok_kind kind;        /* what was read */
    size_t len;           /* bytes of input it covers */
    double num;           /* T_NUM value, T_SUP exponent */
    char op;              /* T_OP: one of + - * / ^ */
    const func_def *func; /* T_FUNC */
    char var;             /* T_VAR: as ra_expr.var */
    char tex[12];         /* T_VAR: LaTeX name */
    char text[10];        /* T_VAR: plain name */
} token;

typedef struct parser {
    const char *s;  /* the formula */
    size_t pos;     /* next byte to read */
    unsigned flags; /* RA_EXPR_* flags */
    int depth;      /* current nesting */
    int bars;       /* open |...| pairs in the current parentheses */
    char *err;      /* caller's message buffer, or NULL */
    size_t errlen;  /* its size */
    int failed;     /* set by the first error */
} parser;

static void fail(parser *p, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void fail(parser *p, const char *fmt, ...)
{
    va_list ap;

    if (p->failed)
        return;
    p->failed = 1;
    if (!p->err || p->errlen == 0)
        return;
    va_start(ap, fmt);
    vsnprintf(p->err, p->errlen, fmt, ap);
    va_end(ap);
}

/* Length of the longest known name at s, storing what it is; 0 if none. */
static size_t known_name(const char *s, unsigned flags, const func_def **f,
                         const greek_def **g)
{
    size_t i, n, best = 0;

    *f = NULL;
    *g = NULL;
    for (i = 0; i < N_FUNCS; i++) {
        n = strlen(funcs[i].name);
        if (n > best && strncasecmp(s, funcs[i].name, n) == 0) {
            best = n;
            *f = &funcs[i];
        }
    }
    if (strncasecmp(s, "pi", 2) == 0 && best < 2) {
        best = 2;
        *f = NULL;
    }
    for (i = 0; (flags & (RA_EXPR_ANY_VARS | RA_EXPR_VAR_T)) && i < N_GREEKS;
         i++) {
        if (!(flags & RA_EXPR_ANY_VARS) && strcmp(greeks[i].name, "theta"))
            continue; /* a curve's parameter may be called theta */
        n = strlen(greeks[i].name);
        if (n > best && strncasecmp(s, greeks[i].name, n) == 0) {
            best = n;
            *f = NULL;
            *g = &greeks[i];
        }
    }
    return best;
}

/* Whether a lone letter is allowed where no longer name matches. */
static int letter_ok(char c, unsigned flags)
{
    if (flags & RA_EXPR_ANY_VARS)
        return 1;
    c = (char)tolower((unsigned char)c);
    if (c == 'e')
        return 1;
    if (flags & RA_EXPR_VAR_T)
        return c == 't';
    if (flags & RA_EXPR_VAR_XY)
        return c == 'x' || c == 'y';
    return c == 'x';
}

/*
 * Checks a whole run of letters once, at its start: it must split into
 * known names and allowed letters (see ra_expr.h for the rule).
 */
static int check_run(parser *p, const char *s, size_t run)
{
    const func_def *f;
    const greek_def *g;
    size_t i = 0, n, known = 0, singles = 0;
    int bad = 0;

    while (i < run) {
        n = known_name(s + i, p->flags, &f, &g);
        if (n > 0) {
            known++;
            i += n;
            continue;
        }
        if (!letter_ok(s[i], p->flags))
            bad = 1;
        singles++;
        i++;
    }
    if ((p->flags & RA_EXPR_ANY_VARS) && run >= 3 &&
        (known == 0 || singles > 1))
        bad = 1;
    if (bad && (p->flags & RA_EXPR_ANY_VARS))
        fail(p, "unknown name '%.*s'", (int)(run > 20 ? 20 : run), s);
    else if (bad)
        fail(p,
             "unknown name '%.*s' (a formula may use x, pi, e and "
             "functions such as sin, sqrt or ln)",
             (int)(run > 20 ? 20 : run), s);
    return bad ? -1 : 0;
}

static int lex_name(parser *p, token *t)
{
    const char *s = p->s + p->pos;
    const func_def *f;
    const greek_def *g;
    size_t run = 0;
    char c = s[0];

    while (isalpha((unsigned char)s[run]))
        run++;
    if ((p->pos == 0 || !isalpha((unsigned char)p->s[p->pos - 1])) &&
        check_run(p, s, run) != 0)
        return -1;
    t->len = known_name(s, p->flags, &f, &g);
    if (t->len > 0 && f) {
        t->kind = T_FUNC;
        t->func = f;
    } else if (t->len > 0 && g) {
        int cap = isupper((unsigned char)c) && g->cap &&
                  (p->flags & RA_EXPR_ANY_VARS);

        t->kind = T_VAR;
        snprintf(t->tex, sizeof(t->tex), "%s", cap ? g->cap : g->tex);
        snprintf(t->text, sizeof(t->text), "%s", g->name);
        if (cap)
            t->text[0] = (char)toupper((unsigned char)t->text[0]);
        else if (!(p->flags & RA_EXPR_ANY_VARS))
            t->var = 't'; /* theta, the parameter of a curve */
    } else if (t->len > 0) {
        t->kind = T_PI;
    } else {
        int any = (p->flags & RA_EXPR_ANY_VARS) != 0;

        t->len = 1;
        if (c == 'e' || (c == 'E' && !any)) {
            t->kind = T_E;
        } else {
            t->kind = T_VAR;
            if (!any)
                c = (char)tolower((unsigned char)c); /* x, y or t */
            t->var = !any || c == 'x' ? c : 0;
            snprintf(t->tex, sizeof(t->tex), "%c", c);
            snprintf(t->text, sizeof(t->text), "%c", c);
        }
    }
    return 0;
}

static int lex_number(parser *p, token *t)
{
    const char *s = p->s + p->pos;
    char buf[64];
    size_t n = 0;
    int dots = 0;

    while (isdigit((unsigned char)s[n]) || (s[n] == '.' && !dots)) {
        dots += s[n] == '.';
        n++;
    }
    if (s[n] == '.' || n >= sizeof(buf)) {
        fail(p, "malformed number at position %zu", p->pos + 1);
        return -1;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    t->kind = T_NUM;
    t->len = n;
    t->num = strtod(buf, NULL);
    return 0;
}

/* The UTF-8 symbols accepted, with what they stand for. */
static const struct {
    const char *bytes; /* UTF-8 sequence */
    tok_kind kind;     /* token kind */
    char op;           /* T_OP operator */
    double num;        /* T_SUP exponent */
} symbols[] = {
    {"\xcf\x80", T_PI, 0, 0},       /* pi */
    {"\xe2\x88\x92", T_OP, '-', 0}, /* minus sign */
    {"\xc3\x97", T_OP, '*', 0},     /* multiplication sign */
    {"\xc2\xb7", T_OP, '*', 0},     /* middle dot */
    {"\xe2\x8b\x85", T_OP, '*', 0}, /* dot operator */
    {"\xc3\xb7", T_OP, '/', 0},     /* division sign */
    {"\xc2\xb2", T_SUP, 0, 2},      /* superscript two */
    {"\xc2\xb3", T_SUP, 0, 3},      /* superscript three */
};

static int lex_symbol(parser *p, token *t)
{
    const char *s = p->s + p->pos;
    size_t i, n;

    if (strncmp(s, "\xce\xb8", 2) == 0 &&
        (p->flags & (RA_EXPR_ANY_VARS | RA_EXPR_VAR_T))) {
        /* the Greek letter theta */
        t->kind = T_VAR;
        t->len = 2;
        t->var = (p->flags & RA_EXPR_ANY_VARS) ? 0 : 't';
        snprintf(t->tex, sizeof(t->tex), "\\theta");
        snprintf(t->text, sizeof(t->text), "theta");
        return 0;
    }
    for (i = 0; i < sizeof(symbols) / sizeof(symbols[0]); i++) {
        n = strlen(symbols[i].bytes);
        if (strncmp(s, symbols[i].bytes, n) == 0) {
            t->kind = symbols[i].kind;
            t->op = symbols[i].op;
            t->num = symbols[i].num;
            t->len = n;
            return 0;
        }
    }
    if ((unsigned char)s[0] >= 0x20 && (unsigned char)s[0] < 0x7f)
        fail(p, "unexpected character '%c' at position %zu", s[0], p->pos + 1);
    else
        fail(p, "unexpected character at position %zu", p->pos + 1);
    return -1;
}

/* Reads the next token without consuming it (whitespace is consumed). */
static int peek(parser *p, token *t)
{
    const char *s;

    if (p->failed)
        return -1;
    while (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' ||
           p->s[p->pos] == '\n' || p->s[p->pos] == '\r')
        p->pos++;
    s = p->s + p->pos;
    memset(t, 0, sizeof(*t));
    t->len = 1;
    if (*s == '\0') {
        t->kind = T_END;
        t->len = 0;
    } else if (isdigit((unsigned char)*s) ||
               (*s == '.' && isdigit((unsigned char)s[1]))) {
        return lex_number(p, t);
    } else if (isalpha((unsigned char)*s)) {
        return lex_name(p, t);
    } else if (s[0] == '*' && s[1] == '*') {
        t->kind = T_OP;
        t->op = '^';
        t->len = 2;
    } else if (strchr("+-*/^", *s)) {
        t->kind = T_OP;
        t->op = *s;
    } else if (*s == '(' || *s == ')' || *s == '|') {
        t->kind = *s == '(' ? T_LP : *s == ')' ? T_RP : T_BAR;
    } else {
        return lex_symbol(p, t);
    }
    return 0;
}

static void advance(parser *p, const token *t)
{
    p->pos += t->len;
}

/* Fails with "unexpected <token>" at the current position. */
static void unexpected(parser *p, const token *t)
{
    size_t at = p->pos + 1;

    switch (t->kind) {
    case T_END:
        fail(p, p->pos == 0 ? "the formula is empty"
                            : "the formula ends too early");
        break;
    case T_OP:
        fail(p, "unexpected '%c' at position %zu", t->op, at);
        break;
    case T_RP:
        fail(p, "unexpected ')' at position %zu", at);
        break;
    case T_BAR:
        fail(p, "unexpected '|' at position %zu", at);
        break;
    default:
        fail(p, "unexpected '%.*s' at position %zu",
             (int)(t->len > 20 ? 20 : t->len), p->s + p->pos, at);
    }
}

/* ---------------------------------------------------------------------
 * Tree building
 */

static ra_expr *node_new(parser *p, node_kind kind)
{
    ra_expr *e = calloc(1, sizeof(*e));

    if (!e)
        fail(p, "out of memory");
    else
        e->kind = kind;
    return e;
}

static ra_expr *num_node(parser *p, double v)
{
    ra_expr *e = node_new(p, N_NUM);

    if (e)
        e->value = v;
    return e;
}

/* Returns a node with operands a and b; frees both if it cannot. */
static ra_expr *binary(parser *p, node_kind kind, ra_expr *a, ra_expr *b,
                       int implicit)
{
    ra_expr *e = (a && b) ? node_new(p, kind) : NULL;

    if (!e) {
        ra_expr_free(a);
        ra_expr_free(b);
        return NULL;
    }
    e->a = a;
    e->b = b;
    e->implicit = implicit;
    return e;
}

/* Returns a node with the one operand a; frees a if it cannot. */
static ra_expr *unary_node(parser *p, node_kind kind, const func_def *f,
                           ra_expr *a)
{
    ra_expr *e = a ? node_new(p, kind) : NULL;

    if (!e) {
        ra_expr_free(a);
        return NULL;
    }
    e->a = a;
    e->func = f;
    return e;
}

static int enter(parser *p)
{
    if (++p->depth > RA_EXPR_MAX_DEPTH) {
        fail(p, "the formula is nested too deeply (more than %d levels)",
             RA_EXPR_MAX_DEPTH);
        return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------------
 * Parser
 */

static ra_expr *parse_expr(parser *p);
static ra_expr *parse_unary(parser *p);
static ra_expr *parse_signed(parser *p);
static ra_expr *parse_power(parser *p);
static ra_expr *parse_primary(parser *p);

/* Whether t can start a factor that multiplies the previous one. */
static int starts_factor(const parser *p, const token *t)
{
    switch (t->kind) {
    case T_NUM:
    case T_VAR:
    case T_PI:
    case T_E:
    case T_FUNC:
    case T_LP:
        return 1;
    case T_BAR:
        return p->bars == 0;
    default:
        return 0;
    }
}

static ra_expr *parse_expr(parser *p)
{
    ra_expr *left = parse_unary(p);
    token t;

    while (left && peek(p, &t) == 0 && t.kind == T_OP &&
           (t.op == '+' || t.op == '-')) {
        advance(p, &t);
        left = binary(p, t.op == '+' ? N_ADD : N_SUB, left, parse_unary(p), 0);
    }
    if (p->failed) {
        ra_expr_free(left);
        return NULL;
    }
    return left;
}

/* term := power (('*' | '/') signed | <implicit> power)* */
static ra_expr *parse_term(parser *p)
{
    ra_expr *left = parse_power(p);
    token t;

    while (left && peek(p, &t) == 0) {
        if (t.kind == T_OP && (t.op == '*' || t.op == '/')) {
            advance(p, &t);
            left = binary(p, t.op == '*' ? N_MUL : N_DIV, left,
                          parse_signed(p), 0);
        } else if (starts_factor(p, &t)) {
            left = binary(p, N_MUL, left, parse_power(p), 1);
        } else {
            break;
        }
    }
    if (p->failed) {
        ra_expr_free(left);
        return NULL;
    }
    return left;
}

/*
 * Parses an optional run of signs, then what `next` parses, negating the
 * result for each '-'. The caller picks how far a sign reaches.
 */
static ra_expr *parse_sign_then(parser *p, ra_expr *(*next)(parser *))
{
    ra_expr *e;
    token t;

    if (peek(p, &t) != 0)
        return NULL;
    if (t.kind != T_OP || (t.op != '-' && t.op != '+'))
        return next(p);
    advance(p, &t);
    if (enter(p) != 0)
        return NULL;
    e = parse_sign_then(p, next);
    p->depth--;
    return t.op == '-' ? unary_node(p, N_NEG, NULL, e) : e;
}

/*
 * A leading sign applies to the whole product that follows it, up to the
 * next + or -, so -2x is -(2x) and -x^2 is -(x^2), as in mathematics.
 */
static ra_expr *parse_unary(parser *p)
{
    return parse_sign_then(p, parse_term);
}

/*
 * A sign after * / or ^ applies to one power only: 2*-x^2 is 2*(-(x^2))
 * and 2^-x*3 is (2^(-x))*3.
 */
static ra_expr *parse_signed(parser *p)
{
    return parse_sign_then(p, parse_power);
}

static ra_expr *parse_power(parser *p)
{
    ra_expr *base = parse_primary(p), *ex;
    token t;

    if (!base || peek(p, &t) != 0) {
        ra_expr_free(base);
        return NULL;
    }
    if (t.kind == T_SUP) {
        advance(p, &t);
        return binary(p, N_POW, base, num_node(p, t.num), 0);
    }
    if (t.kind != T_OP || t.op != '^')
        return base;
    advance(p, &t);
    if (enter(p) != 0) {
        ra_expr_free(base);
        return NULL;
    }
    ex = parse_signed(p);
    p->depth--;
    return binary(p, N_POW, base, ex, 0);
}

/* A function's argument without parentheses: "sin 2x" is sin(2x). */
static ra_expr *parse_bare_argument(parser *p)
{
    ra_expr *arg = parse_power(p);
    token t;

    while (arg && peek(p, &t) == 0 && starts_factor(p, &t) && t.kind != T_FUNC)
        arg = binary(p, N_MUL, arg, parse_power(p), 1);
    if (p->failed) {
        ra_expr_free(arg);
        return NULL;
    }
    return arg;
}

static ra_expr *parse_call(parser *p, const token *name)
{
    const func_def *f = name->func;
    ra_expr *power = NULL, *arg = NULL;
    token t;

    advance(p, name);
    if (peek(p, &t) == 0 && t.kind == T_SUP) {
        advance(p, &t);
        power = num_node(p, t.num);
    } else if (!p->failed && t.kind == T_OP && t.op == '^') {
        advance(p, &t);
        power = parse_primary(p);
    }
    if (!p->failed && peek(p, &t) == 0 && t.kind == T_LP)
        arg = parse_primary(p);
    else if (!p->failed && starts_factor(p, &t) && t.kind != T_FUNC)
        arg = parse_bare_argument(p);
    else
        fail(p, "'%s' needs an argument, as in %s(x)", f->name, f->name);
    if (p->failed) {
        ra_expr_free(power);
        ra_expr_free(arg);
        return NULL;
    }
    arg = unary_node(p, N_FUNC, f, arg);
    return power ? binary(p, N_POW, arg, power, 0) : arg;
}

/* '(' expr ')' or '|' expr '|', the opening token already read. */
static ra_expr *parse_group(parser *p, tok_kind close)
{
    int saved = p->bars;
    ra_expr *e;
    token t;

    p->bars = close == T_BAR ? saved + 1 : 0;
    e = parse_expr(p);
    p->bars = saved;
    if (e && peek(p, &t) == 0 && t.kind != close) {
        if (t.kind == T_END)
            fail(p, "a '%c' is missing at the end",
                 close == T_BAR ? '|' : ')');
        else
            unexpected(p, &t);
    }
    if (p->failed) {
        ra_expr_free(e);
        return NULL;
    }
    advance(p, &t);
    return close == T_BAR ? unary_node(p, N_FUNC, FUNC_ABS, e) : e;
}

/* Parentheses, bars and calls nest, and count towards the depth limit. */
static ra_expr *parse_nested(parser *p, const token *t)
{
    ra_expr *e;

    if (enter(p) != 0)
        return NULL;
    if (t->kind == T_FUNC) {
        e = parse_call(p, t);
    } else {
        advance(p, t);
        e = parse_group(p, t->kind == T_LP ? T_RP : T_BAR);
    }
    p->depth--;
    return e;
}

static ra_expr *parse_primary(parser *p)
{
    ra_expr *e = NULL;
    token t;

    if (peek(p, &t) != 0)
        return NULL;
    switch (t.kind) {
    case T_NUM:
        advance(p, &t);
        e = num_node(p, t.num);
        break;
    case T_VAR:
        advance(p, &t);
        e = node_new(p, N_VAR);
        if (e) {
            memcpy(e->tex, t.tex, sizeof(e->tex));
            memcpy(e->text, t.text, sizeof(e->text));
            e->var = t.var;
        }
        break;
    case T_PI:
    case T_E:
        advance(p, &t);
        e = node_new(p, t.kind == T_PI ? N_PI : N_E);
        break;
    case T_LP:
    case T_BAR:
    case T_FUNC:
        e = parse_nested(p, &t);
        break;
    default:
        unexpected(p, &t);
    }
    return e;
}

/* Whether the tree holds any variable. */
static int has_variable(const ra_expr *e)
{
    if (!e)
        return 0;
    return e->kind == N_VAR || has_variable(e->a) || has_variable(e->b);
}

/*
 * Rejects constant parts that are undefined or huge, so that the Python
 * form evaluates them exactly as C does (never raising ZeroDivisionError,
 * OverflowError or making complex numbers or giant integers).
 */
static int check_constants(parser *p, const ra_expr *e)
{
    double v;

    if (!e)
        return 0;
    if (!has_variable(e)) {
        v = ra_expr_eval(e, 0.0);
        if (!isfinite(v)) {
            fail(p, "part of the formula is undefined (for example a "
                    "division by zero or the root of a negative number)");
            return -1;
        }
        if (fabs(v) > CONST_LIMIT) {
            fail(p, "a constant in the formula is too large");
            return -1;
        }
    }
    if (check_constants(p, e->a) != 0)
        return -1;
    return check_constants(p, e->b);
}

ra_expr *ra_expr_parse_flags(const char *text, unsigned flags, char *err,
                             size_t errlen)
{
    parser p;
    ra_expr *e;
    token t;

    memset(&p, 0, sizeof(p));
    p.s = text ? text : "";
    p.flags = flags;
    p.err = err;
    p.errlen = errlen;
    if (err && errlen)
        err[0] = '\0';
    if (strlen(p.s) > RA_EXPR_MAX_LEN) {
        fail(&p, "the formula is too long (more than %d characters)",
             RA_EXPR_MAX_LEN);
        return NULL;
    }
    e = parse_expr(&p);
    if (e && peek(&p, &t) == 0 && t.kind != T_END)
        unexpected(&p, &t);
    if (e && !p.failed && !(flags & RA_EXPR_ANY_VARS))
        check_constants(&p, e);
    if (p.failed) {
        ra_expr_free(e);
        return NULL;
    }
    return e;
}

ra_expr *ra_expr_parse(const char *text, char *err, size_t errlen)
{
    return ra_expr_parse_flags(text, 0, err, errlen);
}

void ra_expr_free(ra_expr *e)
{
    if (!e)
        return;
    ra_expr_free(e->a);
    ra_expr_free(e->b);
    free(e);
}

/* ---------------------------------------------------------------------
 * Evaluation and queries
 */

/* The values of the variables while a tree is evaluated. */
typedef struct eval_env {
    const char *name; /* if set: the one variable with this plain name */
    double v;         /* its value */
    double x, y;      /* otherwise: x (and t), y */
} eval_env;

static double eval_var(const ra_expr *e, const eval_env *en)
{
    if (en->name)
        return strcmp(e->text, en->name) == 0 ? en->v : NAN;
    if (e->var == 'x' || e->var == 't')
        return en->x;
    return e->var == 'y' ? en->y : NAN;
}

static double eval_node(const ra_expr *e, const eval_env *en)
{
    switch (e->kind) {
    case N_NUM:
        return e->value;
    case N_VAR:
        return eval_var(e, en);
    case N_PI:
        return M_PI;
    case N_E:
        return M_E;
    case N_NEG:
        return -eval_node(e->a, en);
    case N_ADD:
        return eval_node(e->a, en) + eval_node(e->b, en);
    case N_SUB:
        return eval_node(e->a, en) - eval_node(e->b, en);
    case N_MUL:
        return eval_node(e->a, en) * eval_node(e->b, en);
    case N_DIV:
        return eval_node(e->a, en) / eval_node(e->b, en);
    case N_POW:
        return pow(eval_node(e->a, en), eval_node(e->b, en));
    case N_FUNC:
        return e->func->fn(eval_node(e->a, en));
    }
    return NAN;
}

double ra_expr_eval(const ra_expr *e, double x)
{
    eval_env en = {NULL, 0.0, x, NAN};

    return eval_node(e, &en);
}

double ra_expr_eval_xy(const ra_expr *e, double x, double y)
{
    eval_env en = {NULL, 0.0, x, y};

    return eval_node(e, &en);
}

double ra_expr_eval_named(const ra_expr *e, const char *name, double v)
{
    eval_env en = {name, v, NAN, NAN};

    return eval_node(e, &en);
}

/* Adds the plain names of the variables of e to names (at most max). */
static void collect_names(const ra_expr *e, char (*names)[10], int *n, int max)
{
    int k;

    if (!e)
        return;
    if (e->kind == N_VAR) {
        for (k = 0; k < *n && strcmp(names[k], e->text) != 0; k++)
            ;
        if (k == *n && *n < max)
            memcpy(names[(*n)++], e->text, sizeof(e->text));
    }
    collect_names(e->a, names, n, max);
    collect_names(e->b, names, n, max);
}

int ra_expr_variable_name(const ra_expr *e, char *name, size_t size)
{
    char names[2][10];
    int n = 0;

    collect_names(e, names, &n, 2);
    if (n == 1 && name && size > 0)
        snprintf(name, size, "%s", names[0]);
    return n;
}

int ra_expr_variable_tex(const ra_expr *e, const char *name, mm_buf *out)
{
    if (!e)
        return -1;
    if (e->kind == N_VAR && strcmp(e->text, name) == 0)
        return mm_buf_puts(out, e->tex);
    if (ra_expr_variable_tex(e->a, name, out) == 0)
        return 0;
    return ra_expr_variable_tex(e->b, name, out);
}

int ra_expr_uses_x(const ra_expr *e)
{
    if (!e)
        return 0;
    if (e->kind == N_VAR && e->var == 'x')
        return 1;
    return ra_expr_uses_x(e->a) || ra_expr_uses_x(e->b);
}

int ra_expr_uses_trig(const ra_expr *e)
{
    if (!e)
        return 0;
    if (e->kind == N_FUNC && e->func->trig)
        return 1;
    return ra_expr_uses_trig(e->a) || ra_expr_uses_trig(e->b);
}

/* ---------------------------------------------------------------------
 * Printers
 */

/* Shortest decimal form of a number that reads back as the same double. */
static void format_number(double v, char *buf, size_t n)
{
    int prec;

    if (v == floor(v) && fabs(v) < CONST_LIMIT) {
        snprintf(buf, n, "%.0f", v);
        return;
    }
    for (prec = 15; prec < 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            return;
    }
    snprintf(buf, n, "%.17g", v);
}

static int prec_of(const ra_expr *e)
{
    switch (e->kind) {
    case N_ADD:
    case N_SUB:
        return 1;
    case N_MUL:
    case N_DIV:
        return 2;
    case N_NEG:
        return 3;
    case N_POW:
        return 4;
    default:
        return 5;
    }
}

/* Whether the printed form of e begins with a digit. */
static int starts_with_digit(const ra_expr *e)
{
    while (e->kind == N_MUL || e->kind == N_POW || e->kind == N_ADD ||
           e->kind == N_SUB)
        e = e->a;
    return e->kind == N_NUM;
}

/* The innermost node printed at the left (right) end of e. */
static const ra_expr *left_end(const ra_expr *e)
{
    while (e->kind == N_MUL || e->kind == N_POW)
        e = e->a;
    return e;
}

static const ra_expr *right_end(const ra_expr *e)
{
    while (e->kind == N_MUL)
        e = e->b;
    return e;
}

/*
 * Whether an implicit product reads well without a '*' in plain text:
 * "2x", "2sin(x)" and "mc^2", but "x*sin(x)" and "2*3".
 */
static int juxtapose(const ra_expr *a, const ra_expr *b)
{
    const ra_expr *l = right_end(a), *r = left_end(b);

    if (a->kind == N_NUM)
        return !starts_with_digit(b);
    return l->kind == N_VAR && r->kind == N_VAR && !l->text[1] && !r->text[1];
}

static void python(const ra_expr *e, mm_buf *b, int top, int *bad)
{
    static const char *const ops[] = {
        [N_ADD] = " + ", [N_SUB] = " - ",  [N_MUL] = " * ",
        [N_DIV] = " / ", [N_POW] = " ** ",
    };
    char num[40];

    switch (e->kind) {
    case N_NUM:
        format_number(e->value, num, sizeof(num));
        mm_buf_puts(b, num);
        return;
    case N_VAR:
        /* only these fixed names are ever printed */
        *bad |= e->var == 0;
        mm_buf_puts(b, e->var == 'y' ? "y" : e->var == 't' ? "t" : "x");
        return;
    case N_PI:
        mm_buf_puts(b, "np.pi");
        return;
    case N_E:
        mm_buf_puts(b, "np.e");
        return;
    case N_FUNC:
        mm_buf_printf(b, "%s(", e->func->py);
        python(e->a, b, 1, bad);
        mm_buf_puts(b, ")");
        return;
    default:
        break;
    }
    mm_buf_puts(b, top ? "" : "(");
    if (e->kind == N_NEG) {
        mm_buf_puts(b, "-");
        python(e->a, b, 0, bad);
    } else {
        python(e->a, b, 0, bad);
        mm_buf_puts(b, ops[e->kind]);
        python(e->b, b, 0, bad);
    }
    mm_buf_puts(b, top ? "" : ")");
}

int ra_expr_to_python(const ra_expr *e, mm_buf *out)
{
    int bad = 0;

    python(e, out, 1, &bad);
    return bad || out->failed ? -1 : 0;
}

static void tex(const ra_expr *e, mm_buf *b);

static void tex_wrapped(const ra_expr *e, mm_buf *b, int wrap)
{
    mm_buf_puts(b, wrap ? "\\left(" : "");
    tex(e, b);
    mm_buf_puts(b, wrap ? "\\right)" : "");
}

static void tex_number(double v, mm_buf *b)
{
    char num[40], *exp;

    format_number(v, num, sizeof(num));
    exp = strchr(num, 'e');
    if (!exp) {
        mm_buf_puts(b, num);
        return;
    }
    *exp = '\0';
    mm_buf_printf(b, "%s \\times 10^{%ld}", num, strtol(exp + 1, NULL, 10));
}

static void tex_func(const ra_expr *e, mm_buf *b)
{
    static const char *const open[] = {"\\left(", "e^{", "\\sqrt{", "\\left|"};
    static const char *const close[] = {"\\right)", "}", "}", "\\right|"};
    tex_form form = e->func->form;

    if (form == TEX_CALL)
        mm_buf_puts(b, e->func->tex);
    mm_buf_puts(b, open[form]);
    tex(e->a, b);
    mm_buf_puts(b, close[form]);
}

static void tex_power(const ra_expr *e, mm_buf *b)
{
    const ra_expr *base = e->a, *ex = e->b;
    int wrap;

    if (base->kind == N_FUNC && base->func->form == TEX_CALL &&
        ex->kind == N_NUM && ex->value == floor(ex->value) && ex->value > 0 &&
        ex->value < 100) {
        /* sin^2(x), as mathematicians write it */
        mm_buf_printf(b, "%s^{%.0f}\\left(", base->func->tex, ex->value);
        tex(base->a, b);
        mm_buf_puts(b, "\\right)");
        return;
    }
    wrap = prec_of(base) < 5 ||
           (base->kind == N_FUNC &&
            (base->func->form == TEX_CALL || base->func->form == TEX_EXP)) ||
           (base->kind == N_NUM && base->value >= CONST_LIMIT);
    tex_wrapped(base, b, wrap);
    mm_buf_puts(b, "^{");
    tex(ex, b);
    mm_buf_puts(b, "}");
}

static void tex_product(const ra_expr *e, mm_buf *b)
{
    int wrap_b = prec_of(e->b) < 2 || e->b->kind == N_NEG;
    int dot = !e->implicit ||
              (!wrap_b && (starts_with_digit(e->b) || e->b->kind == N_DIV));

    tex_wrapped(e->a, b, prec_of(e->a) < 2);
    mm_buf_puts(b, dot ? " \\cdot " : " ");
    tex_wrapped(e->b, b, wrap_b);
}

static void tex(const ra_expr *e, mm_buf *b)
{
    switch (e->kind) {
    case N_NUM:
        tex_number(e->value, b);
        break;
    case N_VAR:
        mm_buf_puts(b, e->tex);
        break;
    case N_PI:
        mm_buf_puts(b, "\\pi");
        break;
    case N_E:
        mm_buf_puts(b, "e");
        break;
    case N_NEG:
        mm_buf_puts(b, "-");
        tex_wrapped(e->a, b, prec_of(e->a) <= 1 || e->a->kind == N_NEG);
        break;
    case N_ADD:
    case N_SUB:
        tex(e->a, b);
        mm_buf_puts(b, e->kind == N_ADD ? " + " : " - ");
        tex_wrapped(e->b, b,
                    e->b->kind == N_NEG ||
                        (e->kind == N_SUB && prec_of(e->b) <= 1));
        break;
    case N_MUL:
        tex_product(e, b);
        break;
    case N_DIV:
        mm_buf_puts(b, "\\frac{");
        tex(e->a, b);
        mm_buf_puts(b, "}{");
        tex(e->b, b);
        mm_buf_puts(b, "}");
        break;
    case N_POW:
        tex_power(e, b);
        break;
    case N_FUNC:
        tex_func(e, b);
        break;
    }
}

int ra_expr_to_latex(const ra_expr *e, mm_buf *out)
{
    tex(e, out);
    return out->failed ? -1 : 0;
}

static void text(const ra_expr *e, mm_buf *b);

static void text_wrapped(const ra_expr *e, mm_buf *b, int wrap)
{
    mm_buf_puts(b, wrap ? "(" : "");
    text(e, b);
    mm_buf_puts(b, wrap ? ")" : "");
}

static void text_binary(const ra_expr *e, mm_buf *b)
{
    int wa = 0, wb = 0;
    const char *op = "";

    switch (e->kind) {
    case N_ADD:
    case N_SUB:
        op = e->kind == N_ADD ? " + " : " - ";
        wb = e->b->kind == N_NEG || (e->kind == N_SUB && prec_of(e->b) <= 1);
        break;
    case N_MUL:
        wa = prec_of(e->a) < 2;
        wb = prec_of(e->b) < 2 || e->b->kind == N_NEG;
        op = e->implicit && !wb && juxtapose(e->a, e->b) ? "" : "*";
        break;
    case N_DIV:
        wa = prec_of(e->a) < 2;
        wb = prec_of(e->b) <= 2;
        op = "/";
        break;
    default: /* N_POW */
        wa = prec_of(e->a) < 5 ||
             (e->a->kind == N_FUNC && e->a->func != FUNC_ABS);
        wb = prec_of(e->b) < 5;
        op = "^";
    }
    text_wrapped(e->a, b, wa);
    mm_buf_puts(b, op);
    text_wrapped(e->b, b, wb);
}

static void text(const ra_expr *e, mm_buf *b)
{
    char num[40];

    switch (e->kind) {
    case N_NUM:
        format_number(e->value, num, sizeof(num));
        mm_buf_puts(b, num);
        break;
    case N_VAR:
        mm_buf_puts(b, e->text);
        break;
    case N_PI:
        mm_buf_puts(b, "pi");
        break;
    case N_E:
        mm_buf_puts(b, "e");
        break;
    case N_NEG:
        mm_buf_puts(b, "-");
        text_wrapped(e->a, b, prec_of(e->a) <= 1 || e->a->kind == N_NEG);
        break;
    case N_FUNC:
        if (e->func == FUNC_ABS) {
            mm_buf_puts(b, "|");
            text(e->a, b);
            mm_buf_puts(b, "|");
            break;
        }
        mm_buf_printf(b, "%s", e->func->text);
        text_wrapped(e->a, b, 1);
        break;
    default:
        text_binary(e, b);
    }
}

int ra_expr_to_text(const ra_expr *e, mm_buf *out)
{
    text(e, out);
    return out->failed ? -1 : 0;
}
