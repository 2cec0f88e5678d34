/*
 * ra_scene_algebra: a linear equation solved step by step, as code and
 * explanation. See ra_scene_algebra.h.
 */
#include "ra_scene_algebra.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "ra_plan_algebra.h"
#include "ra_plan_fraction.h"
#include "ra_scene_writer.h"

#define MAX_PARTS 8 /* parts of one line: terms, "=", terms */

/* A line of the solution as the parts TransformMatchingTex matches. */
typedef struct line_parts {
    mm_buf part[MAX_PARTS]; /* LaTeX of each part */
    int n;                  /* how many */
    int eq;                 /* index of the "=" part */
} line_parts;

/* Appends the parts of k v + m: "2x", "+ 3". */
static void form_parts(line_parts *lp, const ra_alg_plan *ap,
                       const double f[2])
{
    mm_buf *p;

    if (f[0] != 0 && lp->n < MAX_PARTS) {
        p = &lp->part[lp->n++];
        if (f[0] == -1)
            mm_buf_puts(p, "-");
        else if (f[0] != 1)
            ra_tex_number(p, f[0], 1);
        mm_buf_puts(p, ap->var_tex);
    }
    if ((f[1] != 0 || f[0] == 0) && lp->n < MAX_PARTS) {
        p = &lp->part[lp->n++];
        if (f[0] != 0)
            mm_buf_puts(p, f[1] < 0 ? "- " : "+ ");
        ra_tex_number(p, f[1], f[0] == 0);
    }
}

static void line_of(line_parts *lp, const ra_alg_plan *ap, int k)
{
    const ra_alg_step *s = &ap->step[k];
    int i;

    lp->n = 0;
    if (s->op == RA_STEP_WRITTEN) {
        for (i = 0; i < 3; i++)
            lp->part[i] = (mm_buf)MM_BUF_INIT;
        ra_expr_to_latex(ap->side[0], &lp->part[0]);
        mm_buf_puts(&lp->part[1], "=");
        ra_expr_to_latex(ap->side[1], &lp->part[2]);
        lp->n = 3;
        lp->eq = 1;
        return;
    }
    for (i = 0; i < MAX_PARTS; i++)
        lp->part[i] = (mm_buf)MM_BUF_INIT;
    if (s->op == RA_STEP_VERDICT) {
        /* "1 \neq 3", or "x \in \mathbb{R}" when every x solves it */
        int none = ap->outcome == RA_LIN_NONE;

        if (none)
            ra_tex_number(&lp->part[0], s->l[1], 1);
        else
            mm_buf_puts(&lp->part[0], ap->var_tex);
        mm_buf_puts(&lp->part[1], none ? "\\neq" : "\\in");
        if (none)
            ra_tex_number(&lp->part[2], s->r[1], 1);
        else
            mm_buf_puts(&lp->part[2], "\\mathbb{R}");
        lp->n = 3;
        lp->eq = 1;
        return;
    }
    form_parts(lp, ap, s->l);
    lp->eq = lp->n;
    mm_buf_puts(&lp->part[lp->n++], "=");
    form_parts(lp, ap, s->r);
}

static void line_free(line_parts *lp)
{
    int i;

    for (i = 0; i < lp->n; i++)
        mm_buf_free(&lp->part[i]);
}

/* Writes `line_<k+1> = MathTex(...)`; returns the "=" part's index. */
static int code_line(ra_scene *g, const ra_alg_plan *ap, int k, int last)
{
    line_parts lp;
    int i, eq;

    line_of(&lp, ap, k);
    ra_code(g, RA_IND "line_%d = MathTex(", k + 1);
    for (i = 0; i < lp.n; i++) {
        mm_buf_python_string(&g->code, lp.part[i].data ? lp.part[i].data : "");
        ra_code(g, ", ");
    }
    ra_code(g, "font_size=48, color=");
    ra_code_colour(g, last ? RA_PALETTE(2) : RA_PALETTE(3));
    ra_code(g, ")\n");
    eq = lp.eq;
    line_free(&lp);
    return eq;
}

/* What was done to both sides, in words. */
static void note_text(mm_buf *b, const ra_alg_plan *ap, const ra_alg_step *s)
{
    char n[32];
    long num, den;

    switch (s->op) {
    case RA_STEP_SIMPLIFY:
        mm_buf_puts(b, "expand and collect like terms");
        break;
    case RA_STEP_MOVE_VAR:
        if (s->amount == 1 || s->amount == -1)
            mm_buf_printf(b, "%s %s %s both sides",
                          s->amount > 0 ? "subtract" : "add", ap->var,
                          s->amount > 0 ? "from" : "to");
        else
            mm_buf_printf(b, "%s %s%s %s both sides",
                          s->amount > 0 ? "subtract" : "add",
                          ra_text_number(n, fabs(s->amount)), ap->var,
                          s->amount > 0 ? "from" : "to");
        break;
    case RA_STEP_MOVE_ONE:
        mm_buf_printf(
            b, "%s %s %s both sides", s->amount > 0 ? "subtract" : "add",
            ra_text_number(n, fabs(s->amount)), s->amount > 0 ? "from" : "to");
        break;
    case RA_STEP_SWAP:
        mm_buf_puts(b, "swap the two sides");
        break;
    case RA_STEP_DIVIDE:
        if (s->amount == -1)
            mm_buf_puts(b, "multiply both sides by -1");
        else if (ra_fraction(s->amount, &num, &den) && den > 1)
            mm_buf_printf(b, "multiply both sides by %s",
                          ra_text_number(n, 1.0 / s->amount));
        else
            mm_buf_printf(b, "divide both sides by %s",
                          ra_text_number(n, s->amount));
        break;
    case RA_STEP_VERDICT:
        if (ap->outcome == RA_LIN_NONE)
            mm_buf_puts(b, "never true: no solution");
        else
            mm_buf_printf(b, "always true: every %s is a solution", ap->var);
        break;
    default:
        break;
    }
}

/* Writes the notes beside every line after the first. */
static void code_notes(ra_scene *g, const ra_alg_plan *ap)
{
    mm_buf t = MM_BUF_INIT;
    int k;

    for (k = 1; k < ap->nstep; k++) {
        note_text(&t, ap, &ap->step[k]);
        ra_code(g, RA_IND "note_%d = Text(", k + 1);
        mm_buf_python_string(&g->code, t.data ? t.data : "");
        ra_code(g, ", font_size=26, color=");
        ra_code_colour(g, RA_PALETTE(1));
        ra_code(g,
                ")\n" RA_IND "note_%d.next_to(lines, RIGHT, buff=0.8)"
                ".match_y(line_%d)\n",
                k + 1, k + 1);
        mm_buf_free(&t);
    }
}

/* "Check: both sides are 7 when x = 2" */
static void code_check(ra_scene *g, const ra_alg_plan *ap)
{
    mm_buf t = MM_BUF_INIT;
    char v[32], s[32];
    double value = ra_expr_eval_named(ap->side[0], ap->var, ap->solution);

    mm_buf_printf(&t, "Check: both sides are %s when %s = %s",
                  ra_text_number(v, value), ap->var,
                  ra_text_number(s, ap->solution));
    ra_code(g, RA_IND "check = Text(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    ra_code(g, ", font_size=28, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n" RA_IND "check.next_to(lines, DOWN, buff=0.6)\n");
    mm_buf_free(&t);
}

static void code_layout(ra_scene *g, const ra_alg_plan *ap, const int *eq)
{
    mm_buf t = MM_BUF_INIT;
    int k;

    ra_code(g, RA_IND "lines = VGroup(");
    for (k = 0; k < ap->nstep; k++)
        ra_code(g, "%sline_%d", k ? ", " : "", k + 1);
    ra_code(g, ").arrange(DOWN, buff=0.5)\n");
    for (k = 1; k < ap->nstep; k++)
        ra_code(g,
                RA_IND "line_%d.shift(RIGHT * (line_1[%d].get_x() - "
                       "line_%d[%d].get_x()))\n",
                k + 1, eq[0], k + 1, eq[k]);
    code_notes(g, ap);
    if (ap->outcome == RA_LIN_ONE)
        code_check(g, ap);
    ra_code(g, RA_IND "board = VGroup(lines");
    for (k = 1; k < ap->nstep; k++)
        ra_code(g, ", note_%d", k + 1);
    ra_code(g, "%s)\n", ap->outcome == RA_LIN_ONE ? ", check" : "");
    mm_buf_printf(&t, "Solve for %s", ap->var);
    ra_code(g, RA_IND "title = Text(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    mm_buf_free(&t);
    ra_code(g, ", font_size=36, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n" RA_IND "title.to_edge(UP, buff=0.4)\n" RA_IND
               "if board.width > 13:\n" RA_IND
               "    board.scale_to_fit_width(13)\n" RA_IND
               "if board.height > 6:\n" RA_IND
               "    board.scale_to_fit_height(6)\n" RA_IND
               "board.next_to(title, DOWN, buff=0.5).set_x(0)\n");
}

static void code_solution(ra_scene *g, const ra_alg_plan *ap)
{
    int eq[RA_ALG_MAX_STEPS], k;

    ra_code_header(g);
    for (k = 0; k < ap->nstep; k++)
        eq[k] = code_line(g, ap, k, k == ap->nstep - 1);
    code_layout(g, ap, eq);
    ra_code(g, RA_IND "self.play(Write(title), run_time=1)\n" RA_IND
                      "self.play(Write(line_1), run_time=1.5)\n");
    for (k = 1; k < ap->nstep; k++)
        ra_code(g,
                RA_IND "self.play(TransformMatchingTex(line_%d.copy(), "
                       "line_%d), FadeIn(note_%d, shift=LEFT * 0.3), "
                       "run_time=1.5)\n",
                k, k + 1, k + 1);
    ra_code(g, RA_IND "self.play(Circumscribe(line_%d, color=", ap->nstep);
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "), run_time=1)\n");
    g->anims += ap->nstep + 2;
    if (ap->outcome == RA_LIN_ONE) {
        ra_code(g, RA_IND "self.play(FadeIn(check), run_time=1)\n");
        g->anims++;
    }
    ra_code_wait(g);
}

static void explain(ra_scene *g, const ra_alg_plan *ap)
{
    mm_buf t = MM_BUF_INIT;
    char v[32];
    int k;

    ra_say(g, "The equation ");
    ra_expr_to_text(ap->side[0], &g->expl);
    ra_say(g, " = ");
    ra_expr_to_text(ap->side[1], &g->expl);
    ra_say(g, " is solved for %s one step per line:", ap->var);
    for (k = 1; k < ap->nstep; k++) {
        note_text(&t, ap, &ap->step[k]);
        ra_say(g, "%s %s", k > 1 ? ";" : "", t.data ? t.data : "");
        mm_buf_free(&t);
    }
    ra_say(g,
           ". Each step does the same to both sides, so the equation "
           "stays true%s.",
           ap->outcome == RA_LIN_ONE
               ? " and the unknown is left alone on one side"
           : ap->outcome == RA_LIN_NONE
               ? "; the unknown cancels and what is left is false, so "
                 "no number solves it"
               : "; the unknown cancels and what is left is always "
                 "true, so every number solves it");
    if (ap->outcome == RA_LIN_ONE)
        ra_say(g,
               " The solution is %s = %s; putting it back into the "
               "equation makes both sides equal, which checks it.",
               ap->var, ra_text_number(v, ap->solution));
}

ra_try_result ra_try_algebra(ra_scene *g, const char *prompt,
                             const ra_words *ws)
{
    ra_alg_plan ap;
    char why[300] = "";
    int rc;

    if (!ra_asks_to_solve(ws))
        return RA_TRY_NO;
    rc = ra_plan_algebra(&ap, prompt, why, sizeof(why));
    if (rc != 0) {
        ra_alg_plan_free(&ap);
        return rc > 0 ? RA_TRY_NO : ra_refuse(g, "%s", why);
    }
    code_solution(g, &ap);
    explain(g, &ap);
    ra_alg_plan_free(&ap);
    return RA_TRY_OK;
}
