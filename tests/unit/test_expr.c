/*
 * test_expr: the formula parser of the offline generator (ra_expr):
 * precedence, implicit multiplication, absolute value bars, rejection of
 * anything outside the grammar, and the Python, LaTeX and text printers.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mm_test.h"
#include "ra_expr.h"

/* Formats of one formula, or "ERR: <message>" when it does not parse. */
typedef struct forms {
    char py[512];   /* ra_expr_to_python */
    char tex[512];  /* ra_expr_to_latex */
    char text[512]; /* ra_expr_to_text */
    int py_rc;      /* ra_expr_to_python's return */
} forms;

static void copy_out(char *dst, size_t n, mm_buf *b)
{
    snprintf(dst, n, "%s", b->data ? b->data : "");
    mm_buf_free(b);
}

static forms print_flags(const char *in, unsigned flags)
{
    forms f;
    char err[200];
    mm_buf py = MM_BUF_INIT, tex = MM_BUF_INIT, text = MM_BUF_INIT;
    ra_expr *e = ra_expr_parse_flags(in, flags, err, sizeof(err));

    memset(&f, 0, sizeof(f));
    if (!e) {
        snprintf(f.py, sizeof(f.py), "ERR: %s", err);
        snprintf(f.tex, sizeof(f.tex), "ERR: %s", err);
        snprintf(f.text, sizeof(f.text), "ERR: %s", err);
        f.py_rc = -2;
        return f;
    }
    f.py_rc = ra_expr_to_python(e, &py);
    ra_expr_to_latex(e, &tex);
    ra_expr_to_text(e, &text);
    copy_out(f.py, sizeof(f.py), &py);
    copy_out(f.tex, sizeof(f.tex), &tex);
    copy_out(f.text, sizeof(f.text), &text);
    ra_expr_free(e);
    return f;
}

static forms print(const char *in)
{
    return print_flags(in, 0);
}

static double eval(const char *in, double x)
{
    ra_expr *e = ra_expr_parse(in, NULL, 0);
    double v = e ? ra_expr_eval(e, x) : NAN;

    ra_expr_free(e);
    return v;
}

static int near(double a, double b)
{
    return fabs(a - b) <= 1e-9 * (1.0 + fabs(b));
}

/* The parse error of a formula that must be rejected ("" if accepted). */
static const char *error_of(const char *in, unsigned flags)
{
    static char err[200];
    ra_expr *e = ra_expr_parse_flags(in, flags, err, sizeof(err));

    if (e) {
        ra_expr_free(e);
        return "";
    }
    return err;
}

static void test_precedence(void)
{
    MM_CHECK_STR(print("1 + 2 * 3").py, "1 + (2 * 3)");
    MM_CHECK_STR(print("(1 + 2) * 3").py, "(1 + 2) * 3");
    MM_CHECK_STR(print("2^3^2").py, "2 ** (3 ** 2)");
    MM_CHECK_STR(print("2**3").py, "2 ** 3");
    MM_CHECK_STR(print("-x^2").py, "-(x ** 2)");
    MM_CHECK_STR(print("x/2*3").py, "(x / 2) * 3");
    MM_CHECK_STR(print("1 - x - 1").py, "(1 - x) - 1");
    MM_CHECK_STR(print("2^-x*3").py, "(2 ** (-x)) * 3");
    MM_CHECK_STR(print("2*-x^2").py, "2 * (-(x ** 2))");
    MM_CHECK(near(eval("-x^2", 3), -9));
    MM_CHECK(near(eval("2^3^2", 0), 512));
    MM_CHECK(near(eval("1 - x - 1", 5), -5));
    MM_CHECK(near(eval("12 / 2 / 3", 0), 2));
    MM_CHECK(near(eval("--x", 4), 4));
}

static void test_implicit_multiplication(void)
{
    MM_CHECK_STR(print("2x").py, "2 * x");
    MM_CHECK_STR(print("3sin(x)").py, "3 * np.sin(x)");
    MM_CHECK_STR(print("(x+1)(x-1)").py, "(x + 1) * (x - 1)");
    MM_CHECK_STR(print("2pi").py, "2 * np.pi");
    MM_CHECK_STR(print("2x^2").py, "2 * (x ** 2)");
    MM_CHECK_STR(print("xsinx").py, "x * np.sin(x)");
    MM_CHECK_STR(print("sin x cos x").py, "np.sin(x) * np.cos(x)");
    MM_CHECK_STR(print("sin 2x").py, "np.sin(2 * x)");
    MM_CHECK_STR(print("-2x").py, "-(2 * x)");
    MM_CHECK(near(eval("2x + 1", 3), 7));
    MM_CHECK(near(eval("(x+1)(x-1)", 3), 8));
    MM_CHECK(near(eval("2pi", 0), 2 * M_PI));
}

static void test_absolute_value(void)
{
    MM_CHECK_STR(print("|x|").py, "np.abs(x)");
    MM_CHECK_STR(print("2|x - 1|").py, "2 * np.abs(x - 1)");
    MM_CHECK_STR(print("||x| - 1|").py, "np.abs(np.abs(x) - 1)");
    MM_CHECK_STR(print("|x| + |x - 2|").py, "np.abs(x) + np.abs(x - 2)");
    MM_CHECK_STR(print("abs(x)").tex, "\\left|x\\right|");
    MM_CHECK(near(eval("||x| - 1|", -3), 2));
    MM_CHECK(strstr(error_of("|x", 0), "missing") != NULL);
}

static void test_functions_and_constants(void)
{
    MM_CHECK_STR(print("sqrt(x) + ln(x) + log(x) + log10(x)").py,
                 "((np.sqrt(x) + np.log(x)) + np.log(x)) + np.log10(x)");
    MM_CHECK_STR(print("asin(x) + arccos(x) + atan(x)").py,
                 "(np.arcsin(x) + np.arccos(x)) + np.arctan(x)");
    MM_CHECK_STR(print("sinh(x)*cosh(x)/tanh(x)").py,
                 "(np.sinh(x) * np.cosh(x)) / np.tanh(x)");
    MM_CHECK_STR(print("exp(-x^2/2)").py, "np.exp(-((x ** 2) / 2))");
    MM_CHECK_STR(print("e^x").py, "np.e ** x");
    MM_CHECK_STR(print("pi x").py, "np.pi * x");
    MM_CHECK_STR(print("0.5x + .25").py, "(0.5 * x) + 0.25");
    MM_CHECK_STR(print("SIN(X)").py, "np.sin(x)");
    /* UTF-8 symbols people paste */
    MM_CHECK_STR(print("x\xc2\xb2 \xe2\x88\x92 \xcf\x80").py,
                 "(x ** 2) - np.pi");
    MM_CHECK(near(eval("exp(1)", 0), M_E));
    MM_CHECK(near(eval("log10(x)", 1000), 3));
}

/* n opening parentheses, x, n closing ones. */
static const char *nested(int n)
{
    static char buf[2 * RA_EXPR_MAX_LEN];
    int i;

    for (i = 0; i < n; i++) {
        buf[i] = '(';
        buf[n + 1 + i] = ')';
    }
    buf[n] = 'x';
    buf[2 * n + 1] = '\0';
    return buf;
}

static void test_rejects_bad_input(void)
{

    MM_CHECK(strstr(error_of("os", 0), "unknown name 'os'") != NULL);
    MM_CHECK(strstr(error_of("__import__('os')", 0), "'_'") != NULL);
    MM_CHECK(strstr(error_of("x\"", 0), "unexpected character") != NULL);
    MM_CHECK(strstr(error_of("x'", 0), "unexpected character") != NULL);
    MM_CHECK(strstr(error_of("x; import os", 0), "';'") != NULL);
    MM_CHECK(error_of("sin(x).real", 0)[0] != '\0');
    MM_CHECK(error_of("y", 0)[0] != '\0');
    MM_CHECK(error_of("exec(x)", 0)[0] != '\0');
    MM_CHECK(error_of("lambda", 0)[0] != '\0');
    MM_CHECK(error_of("x\\n", 0)[0] != '\0');
    MM_CHECK(error_of("x\n+\x01", 0)[0] != '\0');
    MM_CHECK(strstr(error_of("", 0), "empty") != NULL);
    MM_CHECK(strstr(error_of("x +", 0), "ends too early") != NULL);
    MM_CHECK(strstr(error_of("sin", 0), "needs an argument") != NULL);
    MM_CHECK(strstr(error_of("(x", 0), "missing") != NULL);
    MM_CHECK(error_of("x)", 0)[0] != '\0');
    MM_CHECK(strstr(error_of("1.2.3", 0), "malformed") != NULL);
    MM_CHECK(strstr(error_of("1/0 + x", 0), "undefined") != NULL);
    MM_CHECK(strstr(error_of("sqrt(-1) * x", 0), "undefined") != NULL);
    MM_CHECK(strstr(error_of("9^9^9 * x", 0), "undefined") != NULL);
    MM_CHECK(strstr(error_of("10^20 * x", 0), "too large") != NULL);
    /* depth: 32 nested parentheses pass, 33 fail */
    MM_CHECK_STR(error_of(nested(32), 0), "");
    MM_CHECK(strstr(error_of(nested(33), 0), "nested too deeply") != NULL);
    MM_CHECK(strstr(error_of("--------------------------------------x", 0),
                    "nested too deeply") != NULL);
}

static void test_rejects_long_input(void)
{
    char text[RA_EXPR_MAX_LEN + 2];

    memset(text, 'x', sizeof(text) - 1);
    text[sizeof(text) - 1] = '\0';
    MM_CHECK(strstr(error_of(text, 0), "too long") != NULL);
    text[RA_EXPR_MAX_LEN] = '\0';
    MM_CHECK_STR(error_of(text, 0), "");
    MM_CHECK(error_of(NULL, 0)[0] != '\0');
}

static void test_latex(void)
{
    MM_CHECK_STR(print("sin(x) + x^2").tex, "\\sin\\left(x\\right) + x^{2}");
    MM_CHECK_STR(print("(x+1)/(x-1)").tex, "\\frac{x + 1}{x - 1}");
    MM_CHECK_STR(print("2x").tex, "2 x");
    MM_CHECK_STR(print("2*3").tex, "2 \\cdot 3");
    MM_CHECK_STR(print("(x+1)^2").tex, "\\left(x + 1\\right)^{2}");
    MM_CHECK_STR(print("sqrt(x)").tex, "\\sqrt{x}");
    MM_CHECK_STR(print("exp(x)").tex, "e^{x}");
    MM_CHECK_STR(print("sin^2(x)").tex, "\\sin^{2}\\left(x\\right)");
    MM_CHECK_STR(print("x - (x - 1)").tex, "x - \\left(x - 1\\right)");
    MM_CHECK_STR(print("-(x+1)").tex, "-\\left(x + 1\\right)");
    MM_CHECK_STR(print("x + -1").tex, "x + \\left(-1\\right)");
    MM_CHECK_STR(print("log10(x)").tex, "\\log_{10}\\left(x\\right)");
    MM_CHECK_STR(print("2pi").tex, "2 \\pi");
}

static void test_text(void)
{
    MM_CHECK_STR(print("sin(x) + x^2").text, "sin(x) + x^2");
    MM_CHECK_STR(print("2x+1").text, "2x + 1");
    MM_CHECK_STR(print("1/(2x)").text, "1/(2x)");
    MM_CHECK_STR(print("x^(1/2)").text, "x^(1/2)");
    MM_CHECK_STR(print("|x - 1|").text, "|x - 1|");
    MM_CHECK_STR(print("x sin x").text, "x*sin(x)");
}

static void test_any_vars(void)
{
    forms f = print_flags("mc^2", RA_EXPR_ANY_VARS);
    ra_expr *e;

    MM_CHECK_STR(f.tex, "m c^{2}");
    MM_CHECK_STR(f.text, "mc^2");
    MM_CHECK(f.py_rc == -1); /* no Python for letters other than x */
    MM_CHECK_STR(print_flags("E", RA_EXPR_ANY_VARS).tex, "E");
    MM_CHECK_STR(print_flags("pi r^2", RA_EXPR_ANY_VARS).tex, "\\pi r^{2}");
    MM_CHECK_STR(print_flags("sin(theta)", RA_EXPR_ANY_VARS).tex,
                 "\\sin\\left(\\theta\\right)");
    MM_CHECK_STR(print_flags("Delta x", RA_EXPR_ANY_VARS).tex, "\\Delta x");
    MM_CHECK(error_of("that", RA_EXPR_ANY_VARS)[0] != '\0');
    MM_CHECK(error_of("equation", RA_EXPR_ANY_VARS)[0] != '\0');
    MM_CHECK(error_of("x_1", RA_EXPR_ANY_VARS)[0] != '\0');
    MM_CHECK(error_of("mc^2", 0)[0] != '\0');
    e = ra_expr_parse_flags("m", RA_EXPR_ANY_VARS, NULL, 0);
    MM_CHECK(e && isnan(ra_expr_eval(e, 1.0)));
    ra_expr_free(e);
}

static void test_eval_and_queries(void)
{
    ra_expr *e = ra_expr_parse("sqrt(x) + tan(x)", NULL, 0);

    MM_CHECK(e != NULL);
    if (e) {
        MM_CHECK(isnan(ra_expr_eval(e, -1)));
        MM_CHECK(near(ra_expr_eval(e, 4), 2 + tan(4)));
        MM_CHECK(ra_expr_uses_x(e));
        MM_CHECK(ra_expr_uses_trig(e));
    }
    ra_expr_free(e);
    e = ra_expr_parse("2pi/3", NULL, 0);
    MM_CHECK(e && !ra_expr_uses_x(e) && !ra_expr_uses_trig(e));
    MM_CHECK(e && near(ra_expr_eval(e, 123), 2 * M_PI / 3));
    ra_expr_free(e);
    MM_CHECK(isinf(eval("1/x", 0)));
    MM_CHECK(isnan(eval("ln(x)", -2)));
    ra_expr_free(NULL);
}

/* Numbers are printed from doubles, never copied from the text. */
static void test_numbers_reprinted(void)
{
    MM_CHECK_STR(print("007").py, "7");
    MM_CHECK_STR(print("2.50").py, "2.5");
    MM_CHECK_STR(print("0.1").py, "0.1");
    MM_CHECK_STR(print("123456789012").py, "123456789012");
}

static void test_parameter_t(void)
{
    char name[10];
    ra_expr *e;

    MM_CHECK_STR(print_flags("cos(3t)", RA_EXPR_VAR_T).py, "np.cos(3 * t)");
    MM_CHECK_STR(print_flags("1 + cos(theta)", RA_EXPR_VAR_T).py,
                 "1 + np.cos(t)");
    MM_CHECK_STR(print_flags("1 + cos(theta)", RA_EXPR_VAR_T).tex,
                 "1 + \\cos\\left(\\theta\\right)");
    MM_CHECK_STR(print_flags("2sin(3\xce\xb8)", RA_EXPR_VAR_T).py,
                 "2 * np.sin(3 * t)");
    MM_CHECK_STR(print_flags("Theta/2", RA_EXPR_VAR_T).py, "t / 2");
    MM_CHECK_STR(print_flags("tan(t)", RA_EXPR_VAR_T).py, "np.tan(t)");
    MM_CHECK(print_flags("t^2", RA_EXPR_VAR_T).py_rc == 0);
    /* x is not the parameter, and other letters stay unknown */
    MM_CHECK(strstr(error_of("cos(x)", RA_EXPR_VAR_T), "unknown name"));
    MM_CHECK(strstr(error_of("cos(s)", RA_EXPR_VAR_T), "unknown name"));
    MM_CHECK(strstr(error_of("os.system(t)", RA_EXPR_VAR_T), "unknown"));
    e = ra_expr_parse_flags("t^2 + 1", RA_EXPR_VAR_T, NULL, 0);
    MM_CHECK(e && near(ra_expr_eval(e, 3), 10));
    MM_CHECK(e && ra_expr_variable_name(e, name, sizeof(name)) == 1);
    MM_CHECK_STR(name, "t");
    MM_CHECK(e && !ra_expr_uses_x(e));
    ra_expr_free(e);
}

static void test_two_variables(void)
{
    ra_expr *e;

    MM_CHECK_STR(print_flags("x^2 - y^2", RA_EXPR_VAR_XY).py,
                 "(x ** 2) - (y ** 2)");
    MM_CHECK_STR(print_flags("sin(x)cos(y)", RA_EXPR_VAR_XY).py,
                 "np.sin(x) * np.cos(y)");
    MM_CHECK_STR(print_flags("xy", RA_EXPR_VAR_XY).py, "x * y");
    MM_CHECK_STR(print_flags("exp(-(x^2 + y^2))", RA_EXPR_VAR_XY).tex,
                 "e^{-\\left(x^{2} + y^{2}\\right)}");
    MM_CHECK(strstr(error_of("x + z", RA_EXPR_VAR_XY), "unknown name"));
    /* constant parts are still checked when variables are about */
    MM_CHECK(strstr(error_of("x + 1/0", RA_EXPR_VAR_XY), "undefined"));
    e = ra_expr_parse_flags("x^2 + 3y", RA_EXPR_VAR_XY, NULL, 0);
    MM_CHECK(e && near(ra_expr_eval_xy(e, 2, 1), 7));
    MM_CHECK(e && isnan(ra_expr_eval(e, 2))); /* y has no value */
    MM_CHECK(e && ra_expr_variable_name(e, NULL, 0) == 2);
    ra_expr_free(e);
}

static void test_named_variable(void)
{
    char name[10];
    mm_buf tex = MM_BUF_INIT;
    ra_expr *e = ra_expr_parse_flags("5y - 4", RA_EXPR_ANY_VARS, NULL, 0);

    MM_CHECK(e && ra_expr_variable_name(e, name, sizeof(name)) == 1);
    MM_CHECK_STR(name, "y");
    MM_CHECK(e && near(ra_expr_eval_named(e, "y", 2), 6));
    MM_CHECK(e && isnan(ra_expr_eval_named(e, "x", 2)));
    MM_CHECK(e && ra_expr_to_python(e, &tex) == -1); /* y: no Python form */
    ra_expr_free(e);
    mm_buf_free(&tex);
    e = ra_expr_parse_flags("2theta + 1", RA_EXPR_ANY_VARS, NULL, 0);
    MM_CHECK(e && ra_expr_variable_tex(e, "theta", &tex) == 0);
    MM_CHECK_STR(tex.data, "\\theta");
    MM_CHECK(e && ra_expr_variable_tex(e, "x", &tex) == -1);
    ra_expr_free(e);
    mm_buf_free(&tex);
}

int main(void)
{
    MM_RUN(test_precedence);
    MM_RUN(test_implicit_multiplication);
    MM_RUN(test_absolute_value);
    MM_RUN(test_functions_and_constants);
    MM_RUN(test_rejects_bad_input);
    MM_RUN(test_rejects_long_input);
    MM_RUN(test_latex);
    MM_RUN(test_text);
    MM_RUN(test_any_vars);
    MM_RUN(test_eval_and_queries);
    MM_RUN(test_numbers_reprinted);
    MM_RUN(test_parameter_t);
    MM_RUN(test_two_variables);
    MM_RUN(test_named_variable);
    return mm_test_summary();
}
