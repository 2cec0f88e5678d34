/*
 * ra_plan_quadratic_read: finding the quadratic in a request. See
 * ra_plan_quadratic_read.h.
 */
#include "ra_prompt.h"
#include "ra_plan_quadratic_read.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ra_builtin.h"
#include "ra_plan_fraction.h"

/* Where a side is evaluated to check that it is a quadratic. */
static const double probes[] = {-7.25, -2.5, 0.75, 3.5, 10.125};

/* Most parses tried while looking for the quadratic in a request. */
#define MAX_TRIES 3000

/* Snaps a coefficient read by evaluation to the fraction it stands for. */
static double snap(double v)
{
    long num, den;

    return ra_fraction(v, &num, &den) ? (double)num / den : v;
}

/*
 * Reads e as k[0] v^2 + k[1] v + k[2] by evaluating it at 0, 1 and -1,
 * and checks at the probes that it is that polynomial. Returns 0, or -1.
 */
static int poly_side(const ra_expr *e, const char *var, double k[3])
{
    double f0 = ra_expr_eval_named(e, var, 0.0);
    double f1 = ra_expr_eval_named(e, var, 1.0);
    double fm = ra_expr_eval_named(e, var, -1.0), y, want;
    size_t i;

    k[0] = snap((f1 + fm) / 2 - f0);
    k[1] = snap((f1 - fm) / 2);
    k[2] = snap(f0);
    for (i = 0; i < 3; i++)
        if (!isfinite(k[i]) || fabs(k[i]) > RA_QD_READ_LIMIT)
            return -1;
    for (i = 0; i < sizeof(probes) / sizeof(probes[0]); i++) {
        double x = probes[i];

        y = ra_expr_eval_named(e, var, x);
        want = (k[0] * x + k[1]) * x + k[2];
        if (!isfinite(y) ||
            fabs(y - want) > 1e-9 * (1.0 + fabs(want) + fabs(k[0] * x * x)))
            return -1;
    }
    return 0;
}

void ra_qd_found_free(ra_qd_found *f)
{
    ra_expr_free(f->side[0]);
    ra_expr_free(f->side[1]);
    f->side[0] = f->side[1] = NULL;
}

/* Whether text (one side as written) is "f(x)" for the unknown x. */
static int is_function_name(const char *text, const char *var)
{
    char t[8];
    size_t n = 0;

    for (; *text && n < sizeof(t) - 1; text++)
        if (*text != ' ')
            t[n++] = *text;
    t[n] = '\0';
    return n == 4 && isalpha((unsigned char)t[0]) && t[1] == '(' &&
           t[2] == var[0] && var[1] == '\0' && t[3] == ')';
}

/*
 * The two sides as a quadratic in one unknown: both in the same unknown
 * (or constant), or "y = quadratic" / "f(x) = quadratic", which asks
 * where the right side is zero. Returns 0 with f->var and f->k, or -1.
 */
static int equation_quadratic(ra_qd_found *f, const char *left_text)
{
    char name[2][10];
    int n0 = ra_expr_variable_name(f->side[0], name[0], sizeof(name[0]));
    int n1 = ra_expr_variable_name(f->side[1], name[1], sizeof(name[1]));
    double l[3], r[3];
    int i;

    if (n1 == 1 && ((n0 == 1 && strcmp(name[0], name[1]) != 0 &&
                     strcmp(name[0], "y") == 0) ||
                    (n0 == 2 && is_function_name(left_text, name[1])))) {
        memcpy(f->var, name[1], sizeof(f->var));
        ra_expr_free(f->side[0]);
        f->side[0] = f->side[1]; /* y = x^2 - 4: where x^2 - 4 is 0 */
        f->side[1] = NULL;
        return poly_side(f->side[0], f->var, f->k);
    }
    if (n0 > 1 || n1 > 1 || n0 + n1 == 0 ||
        (n0 && n1 && strcmp(name[0], name[1]) != 0))
        return -1;
    memcpy(f->var, name[n0 ? 0 : 1], sizeof(f->var));
    if (poly_side(f->side[0], f->var, l) != 0 ||
        poly_side(f->side[1], f->var, r) != 0)
        return -1;
    for (i = 0; i < 3; i++)
        f->k[i] = snap(l[i] - r[i]);
    return 0;
}

/*
 * Tries text (a window of the request, at most one '=') as a quadratic.
 * Returns 0 with *f filled, or -1 with nothing to free.
 */
static int try_window(const char *text, ra_qd_found *f)
{
    char buf[2 * RA_EXPR_MAX_LEN + 2], *eq;
    int rc;

    memset(f, 0, sizeof(*f));
    if (strlen(text) >= sizeof(buf))
        return -1;
    memcpy(buf, text, strlen(text) + 1);
    eq = strchr(buf, '=');
    if (eq && strchr(eq + 1, '='))
        return -1;
    if (eq)
        *eq = '\0';
    f->side[0] = ra_expr_parse_flags(buf, RA_EXPR_ANY_VARS, NULL, 0);
    if (!f->side[0])
        return -1;
    if (eq) {
        f->side[1] = ra_expr_parse_flags(eq + 1, RA_EXPR_ANY_VARS, NULL, 0);
        rc = f->side[1] ? equation_quadratic(f, buf) : -1;
    } else {
        rc = ra_expr_variable_name(f->side[0], f->var, sizeof(f->var)) == 1
                 ? poly_side(f->side[0], f->var, f->k)
                 : -1;
    }
    if (rc != 0 || f->k[0] == 0) {
        ra_qd_found_free(f);
        return -1;
    }
    return 0;
}

/* Whether byte i of s may be part of a written formula. */
static int formula_byte(const char *s, size_t i)
{
    unsigned char c = (unsigned char)s[i];

    /* bytes >= 0x80: the minus sign and the superscript two; the parser
     * rejects any other */
    return isalnum(c) || c >= 0x80 || (c && strchr(" +-*/^=()", c)) ||
           (c == '.' && isdigit((unsigned char)s[i + 1]));
}

/* Whether a window can hold a square of the unknown at all. */
static int may_be_quadratic(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (s[i] == '^' || s[i] == '(' || s[i] == '*' ||
            (s[i] == '\xc2' && i + 1 < n && s[i + 1] == '\xb2'))
            return 1;
    return 0;
}

/*
 * Whether the window [start, end) of run is cut out of a longer formula:
 * an operator just outside it, or one it starts with that joins it to
 * the term before ("x^2 + y^2 = 4" is neither "y^2 = 4" nor "+ y^2 = 4";
 * "solve -x^2 + 4 = 0" starts with a sign).
 */
static int cut_from_formula(const char *run, size_t start, size_t end)
{
    size_t before = start;
    char first = run[start];

    while (before > 0 && run[before - 1] == ' ')
        before--;
    while (run[end] == ' ')
        end++;
    if (before > 0 && strchr("+-*/^(=", run[before - 1]))
        return 1;
    if (run[end] && strchr("+-*/^)=", run[end]))
        return 1;
    if (first && strchr("+*/^)=", first))
        return 1;
    /* a minus after a number, a bracket or a lone letter is binary */
    return first == '-' && before > 0 &&
           (isdigit((unsigned char)run[before - 1]) ||
            run[before - 1] == ')' ||
            (isalpha((unsigned char)run[before - 1]) &&
             (before < 2 || !isalpha((unsigned char)run[before - 2]))));
}

/*
 * Looks at every window of whole words of one run of formula bytes and
 * keeps the longest that is a quadratic in *best (freeing the one it
 * replaces). *tries counts the parses.
 */
static void scan_run(char *run, ra_qd_found *best, int *tries)
{
    ra_span w[RA_MAX_WORDS];
    int n = ra_spans_split(run, w, RA_MAX_WORDS), j, k;
    char window[2 * RA_EXPR_MAX_LEN + 2];
    ra_qd_found f;
    size_t len;

    for (j = 0; j < n; j++)
        for (k = n; k > j; k--) {
            len = w[k - 1].end - w[j].start;
            if (len <= best->len || *tries >= MAX_TRIES)
                break;
            if (len >= sizeof(window) ||
                !may_be_quadratic(run + w[j].start, len) ||
                cut_from_formula(run, w[j].start, w[k - 1].end))
                continue;
            memcpy(window, run + w[j].start, len);
            window[len] = '\0';
            (*tries)++;
            if (try_window(window, &f) == 0) {
                ra_qd_found_free(best);
                *best = f;
                best->len = len;
                break;
            }
        }
}

int ra_qd_find(const char *prompt, ra_qd_found *best)
{
    char run[RA_BUILTIN_MAX_PROMPT + 1];
    size_t i = 0, start, n;
    int tries = 0;

    memset(best, 0, sizeof(*best));
    while (prompt[i]) {
        while (prompt[i] && !formula_byte(prompt, i))
            i++;
        start = i;
        while (prompt[i] && formula_byte(prompt, i))
            i++;
        n = i - start;
        if (n == 0 || n >= sizeof(run))
            continue;
        memcpy(run, prompt + start, n);
        run[n] = '\0';
        scan_run(run, best, &tries);
    }
    return best->side[0] ? 0 : -1;
}
