/*
 * ra_scene_numberline: number lines, jumps and counting as code and
 * explanation. See ra_scene_numberline.h.
 */
#include "ra_scene_numberline.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_fraction.h"
#include "ra_plan_numberline.h"
#include "ra_scene_writer.h"

#define LINE_LENGTH 12.0 /* scene units */

static const char *const op_tex[] = {[RA_NL_ADD] = "+",
                                     [RA_NL_SUB] = "-",
                                     [RA_NL_MUL] = "\\times",
                                     [RA_NL_DIV] = "\\div"};

static void code_line(ra_scene *g, const ra_nl_plan *np)
{
    char a[32], b[32], c[32];

    ra_code(g,
            RA_IND "line = NumberLine(\n" RA_IND
                   "    x_range=[%s, %s, %s],\n" RA_IND
                   "    length=%g,\n" RA_IND "    color=",
            ra_num(a, np->lo), ra_num(b, np->hi), ra_num(c, np->tick),
            LINE_LENGTH);
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g,
            ",\n" RA_IND "    include_numbers=True,\n" RA_IND
            "    font_size=28,\n" RA_IND
            "    decimal_number_config={\"num_decimal_places\": %d, "
            "\"color\": ",
            np->decimals);
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, "},\n" RA_IND ").shift(DOWN * 0.8)\n");
}

/* `var = MathTex(parts..., color, size)` from a LaTeX buffer per part. */
static void code_tex_parts(ra_scene *g, const char *var, mm_buf *parts, int n,
                           int colour, int size)
{
    int i;

    ra_code(g, RA_IND "%s = MathTex(", var);
    for (i = 0; i < n; i++) {
        mm_buf_python_string(&g->code, parts[i].data ? parts[i].data : "");
        ra_code(g, ", ");
    }
    ra_code(g, "color=");
    ra_code_colour(g, colour);
    ra_code(g, ", font_size=%d)\n", size);
}

/* "3 + 4 = ?" and "3 + 4 = 7", as matching parts. */
static void code_sums(ra_scene *g, const ra_nl_plan *np)
{
    mm_buf p[5] = {MM_BUF_INIT, MM_BUF_INIT, MM_BUF_INIT, MM_BUF_INIT,
                   MM_BUF_INIT};
    int i;

    ra_tex_number(&p[0], np->a, 1);
    mm_buf_puts(&p[1], op_tex[np->kind]);
    if (np->b < 0)
        mm_buf_puts(&p[2], "(");
    ra_tex_number(&p[2], np->b, 1);
    if (np->b < 0)
        mm_buf_puts(&p[2], ")");
    mm_buf_puts(&p[3], "=");
    mm_buf_puts(&p[4], "?");
    code_tex_parts(g, "question", p, 5, RA_PALETTE(3), 60);
    mm_buf_free(&p[4]);
    ra_tex_number(&p[4], np->result, 1);
    code_tex_parts(g, "answer", p, 5, RA_PALETTE(3), 60);
    ra_code(g, RA_IND "question.to_edge(UP, buff=0.8)\n" RA_IND
                      "answer.move_to(question)\n");
    for (i = 0; i < 5; i++)
        mm_buf_free(&p[i]);
}

/* A title in words, e.g. "Counting by 2 from 0 to 20". */
static void code_title(ra_scene *g, const char *text)
{
    ra_code(g, RA_IND "title = Text(");
    mm_buf_python_string(&g->code, text);
    ra_code(g, ", font_size=40, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n" RA_IND "title.to_edge(UP, buff=0.8)\n");
}

/* Jump k: an arc above the line and its label. */
static void code_hop(ra_scene *g, const ra_nl_plan *np, int k)
{
    double from = np->hop[k][0], to = np->hop[k][1];
    char a[32], b[32];
    mm_buf t = MM_BUF_INIT;

    ra_code(g,
            RA_IND "hop_%d = ArcBetweenPoints(line.n2p(%s), line.n2p(%s), "
                   "angle=%s, color=",
            k + 1, ra_num(a, from), ra_num(b, to),
            to > from ? "-PI / 2" : "PI / 2");
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ", stroke_width=%g)\n", g->st->stroke_width);
    if (np->kind == RA_NL_COUNT) {
        ra_tex_number(&t, to, 1);
    } else {
        mm_buf_puts(&t, to > from ? "+" : "-");
        ra_tex_number(&t, fabs(to - from), 0);
    }
    ra_code(g, RA_IND "hop_label_%d = MathTex(", k + 1);
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    ra_code(g, ", font_size=28, color=");
    ra_code_colour(g, np->kind == RA_NL_COUNT ? RA_PALETTE(2) : RA_PALETTE(0));
    if (np->kind == RA_NL_COUNT) /* the number landed on, above it */
        ra_code(g,
                ")\n" RA_IND
                "hop_label_%d.next_to(line.n2p(%s), UP, buff=0.45)\n",
                k + 1, ra_num(a, to));
    else
        ra_code(g, ")\n" RA_IND "hop_label_%d.next_to(hop_%d, UP, buff=0.1)\n",
                k + 1, k + 1);
    mm_buf_free(&t);
}

static void code_hops(ra_scene *g, const ra_nl_plan *np)
{
    char a[32];
    double run = np->nhop > 6 ? 0.5 : 0.8;
    int k;

    ra_code(g, RA_IND "dot = Dot(line.n2p(%s), radius=0.12, color=",
            ra_num(a, np->hop[0][0]));
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ")\n");
    for (k = 0; k < np->nhop; k++)
        code_hop(g, np, k);
    ra_code(g, RA_IND "self.play(FadeIn(dot, scale=0.5), run_time=0.5)\n");
    g->anims++;
    for (k = 0; k < np->nhop; k++)
        ra_code(g,
                RA_IND "self.play(Create(hop_%d), MoveAlongPath(dot, "
                       "hop_%d), FadeIn(hop_label_%d), run_time=%g)\n",
                k + 1, k + 1, k + 1, run);
    g->anims += np->nhop;
}

/* Dots and labels at the numbers asked for. */
static void code_marks(ra_scene *g, const ra_nl_plan *np)
{
    mm_buf t = MM_BUF_INIT;
    char a[32];
    int k;

    ra_code(g, RA_IND "marks = VGroup()\n");
    for (k = 0; k < np->nmark; k++) {
        ra_tex_number(&t, np->mark[k], 1);
        ra_code(g, RA_IND "mark = Dot(line.n2p(%s), radius=0.1, color=",
                ra_num(a, np->mark[k]));
        ra_code_colour(g, RA_PALETTE(k % 3));
        ra_code(g, ")\n" RA_IND "mark_label = MathTex(");
        mm_buf_python_string(&g->code, t.data ? t.data : "");
        ra_code(g, ", font_size=36, color=");
        ra_code_colour(g, RA_PALETTE(k % 3));
        ra_code(g,
                ").next_to(mark, UP, buff=0.%d)\n" RA_IND
                "marks.add(VGroup(mark, mark_label))\n",
                k % 2 ? 6 : 2);
        mm_buf_free(&t);
    }
    ra_code(g, RA_IND "self.play(LaggedStart(*[FadeIn(m, shift=DOWN * "
                      "0.3) for m in marks], lag_ratio=0.3), "
                      "run_time=2)\n");
    g->anims++;
}

static void code_intro(ra_scene *g, const char *top)
{
    ra_code(g,
            RA_IND "self.play(Create(line), run_time=1.5)\n" RA_IND
                   "self.play(Write(%s), run_time=1)\n",
            top);
    g->anims += 2;
}

static void code_count_title(ra_scene *g, const ra_nl_plan *np)
{
    mm_buf t = MM_BUF_INIT;
    char a[32], b[32], c[32];

    mm_buf_printf(&t, "Counting %s from %s to %s",
                  np->step < 0 ? "down" : "up", ra_text_number(a, np->a),
                  ra_text_number(b, np->b));
    if (fabs(np->step) != 1)
        mm_buf_printf(&t, " in steps of %s",
                      ra_text_number(c, fabs(np->step)));
    code_title(g, t.data ? t.data : "");
    mm_buf_free(&t);
}

static void code_scene(ra_scene *g, const ra_nl_plan *np)
{
    char a[32], b[32];
    mm_buf t = MM_BUF_INIT;

    ra_code_header(g);
    code_line(g, np);
    if (np->kind == RA_NL_COUNT) {
        code_count_title(g, np);
    } else if (np->kind == RA_NL_MARK || np->kind == RA_NL_PLAIN) {
        mm_buf_printf(&t, "A number line from %s to %s",
                      ra_text_number(a, np->lo), ra_text_number(b, np->hi));
        code_title(g, t.data ? t.data : "");
        mm_buf_free(&t);
    } else {
        code_sums(g, np);
    }
    code_intro(g, np->kind <= RA_NL_MARK || np->kind == RA_NL_COUNT
                      ? "title"
                      : "question");
    if (np->kind == RA_NL_MARK)
        code_marks(g, np);
    if (np->nhop)
        code_hops(g, np);
    if (np->kind == RA_NL_ADD || np->kind == RA_NL_SUB ||
        np->kind == RA_NL_MUL || np->kind == RA_NL_DIV) {
        ra_code(g, RA_IND "self.play(TransformMatchingTex(question, "
                          "answer), Flash(dot, color=");
        ra_code_colour(g, RA_PALETTE(2));
        ra_code(g, "), run_time=1.5)\n");
        g->anims++;
    }
    ra_code_wait(g);
}

static void explain_jumps(ra_scene *g, const ra_nl_plan *np)
{
    char a[32], b[32], r[32], s[32];
    double size = fabs(np->hop[0][1] - np->hop[0][0]);
    const char *dir = np->hop[0][1] > np->hop[0][0] ? "right" : "left";

    ra_text_number(a, np->a);
    ra_text_number(b, np->b);
    ra_text_number(r, np->result);
    ra_text_number(s, size);
    if (np->kind == RA_NL_MUL) {
        ra_say(g,
               "Multiplication is repeated addition: starting at 0, the dot "
               "makes %s jumps of %s and lands on %s, so %s times %s is "
               "%s.",
               a, b, r, a, b, r);
        return;
    }
    if (np->kind == RA_NL_DIV) {
        ra_say(g,
               "Division is repeated subtraction: starting at %s, the dot "
               "jumps back %s at a time and reaches 0 after %s jumps, so "
               "%s divided by %s is %s.",
               a, b, r, a, b, r);
        return;
    }
    ra_say(g,
           "The dot starts at %s and makes %d jump%s of %s to the %s "
           "(%s moves right on the number line, %s moves left), landing "
           "on %s: %s %s %s%s%s = %s.",
           a, np->nhop, np->nhop > 1 ? "s" : "", s, dir,
           "adding a positive number",
           "subtracting one or adding a negative number", r, a,
           np->kind == RA_NL_ADD ? "+" : "-", np->b < 0 ? "(" : "", b,
           np->b < 0 ? ")" : "", r);
}

static void explain(ra_scene *g, const ra_nl_plan *np)
{
    char a[32], b[32], c[32];
    int k;

    ra_say(g,
           "A number line from %s to %s is drawn with a tick every %s, "
           "smaller numbers to the left. ",
           ra_num(a, np->lo), ra_num(b, np->hi), ra_num(c, np->tick));
    switch (np->kind) {
    case RA_NL_COUNT:
        ra_say(g,
               "Counting %s from %s to %s: the dot jumps %s each time and "
               "the number it lands on is written above it.",
               np->step < 0 ? "down" : "up", ra_text_number(a, np->a),
               ra_text_number(b, np->b), ra_text_number(c, fabs(np->step)));
        break;
    case RA_NL_MARK:
        ra_say(g, "The number%s ", np->nmark > 1 ? "s" : "");
        for (k = 0; k < np->nmark; k++)
            ra_say(g, "%s%s",
                   k == 0               ? ""
                   : k == np->nmark - 1 ? " and "
                                        : ", ",
                   ra_text_number(a, np->mark[k]));
        ra_say(g, " %s marked with a dot and %s value.",
               np->nmark > 1 ? "are" : "is", np->nmark > 1 ? "their" : "its");
        break;
    case RA_NL_PLAIN:
        ra_say(g, "Negative numbers lie to the left of zero and positive "
                  "numbers to the right.");
        break;
    default:
        explain_jumps(g, np);
    }
}

ra_try_result ra_try_number_line(ra_scene *g, const char *prompt,
                                 const ra_words *ws, int any)
{
    ra_nl_plan np;
    char why[300] = "";
    int rc;

    if (!any && !ra_asks_number_line(ws))
        return RA_TRY_NO;
    rc = ra_plan_number_line(&np, prompt, ws, why, sizeof(why));
    if (rc != 0)
        return rc > 0 ? RA_TRY_NO : ra_refuse(g, "%s", why);
    code_scene(g, &np);
    explain(g, &np);
    return RA_TRY_OK;
}
