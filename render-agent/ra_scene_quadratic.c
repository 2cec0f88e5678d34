/*
 * ra_scene_quadratic: a quadratic equation solved step by step, as code
 * and explanation. See ra_scene_quadratic.h.
 */
#include "ra_scene_quadratic.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ra_plan_fraction.h"
#include "ra_plan_quadratic.h"
#include "ra_scene_plots.h"
#include "ra_scene_quadratic_lines.h"
#include "ra_scene_writer.h"

static const char *title_of(const ra_qd_plan *qp)
{
    if (qp->factor_expression)
        return "Factoring";
    if (qp->method == RA_QD_SQUARE)
        return "Completing the square";
    if (qp->method == RA_QD_FORMULA)
        return "The quadratic formula";
    return "Solving by factoring";
}

/* ---------------------------------------------------------------------
 * The algebra
 */

/*
 * Appends text to out broken into lines of at most width characters at
 * spaces, so that a long note beside the graph stays narrow.
 */
static void wrap(mm_buf *out, const char *text, size_t width)
{
    size_t col = 0, n;
    const char *w = text, *end;
    int glued = 0; /* the word before was "=": keep "= -4" together */

    while (*w) {
        end = strchr(w, ' ');
        n = end ? (size_t)(end - w) : strlen(w);
        /* a break, unless only a short tail is left ("... and -3") or it
         * would part an equation ("ac = -4") */
        if (col > 0 && col + 1 + n > width && strlen(w) > 7 && *w != '=' &&
            !glued) {
            mm_buf_puts(out, "\n");
            col = 0;
        } else if (col > 0) {
            mm_buf_puts(out, " ");
            col++;
        }
        mm_buf_printf(out, "%.*s", (int)n, w);
        glued = n == 1 && *w == '=';
        col += n;
        w += n;
        while (*w == ' ')
            w++;
    }
}

/* Writes `line_<k> = MathTex(lhs, rel, rhs)` and its note. */
static void code_line(ra_scene *g, const ra_qd_line *l, int k, int last,
                      size_t note_width)
{
    mm_buf note = MM_BUF_INIT;

    ra_code(g, RA_IND "line_%d = MathTex(", k);
    mm_buf_python_string(&g->code, l->lhs.data ? l->lhs.data : "");
    ra_code(g, ", ");
    mm_buf_python_string(&g->code, l->rel.data ? l->rel.data : "=");
    ra_code(g, ", ");
    mm_buf_python_string(&g->code, l->rhs.data ? l->rhs.data : "");
    ra_code(g, ", font_size=40, color=");
    ra_code_colour(g, last ? RA_PALETTE(2) : RA_PALETTE(3));
    ra_code(g, ")\n" RA_IND "note_%d = Text(", k);
    wrap(&note, l->note.data ? l->note.data : "", note_width);
    mm_buf_python_string(&g->code, note.data ? note.data : "");
    mm_buf_free(&note);
    ra_code(g, ", font_size=24, color=");
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ")\n");
}

/*
 * The lines one under the other, each row as tall as its line or its
 * (wrapped) note, relation signs lined up, the notes to their right; the
 * board fits the right half of the frame when the graph takes the left,
 * else the whole width.
 */
static void code_board(ra_scene *g, const ra_qd_lines *ls, int graph)
{
    int k;

    for (k = 0; k < ls->n; k++)
        code_line(g, &ls->line[k], k + 1, k == ls->n - 1, graph ? 28 : 44);
    ra_code(g, RA_IND "lines = VGroup(");
    for (k = 0; k < ls->n; k++)
        ra_code(g, "%sline_%d", k ? ", " : "", k + 1);
    ra_code(g, ")\n" RA_IND "notes = VGroup(");
    for (k = 0; k < ls->n; k++)
        ra_code(g, "%snote_%d", k ? ", " : "", k + 1);
    ra_code(g, ")\n" RA_IND "top = 0\n" RA_IND
               "for line, note in zip(lines, notes):\n" RA_IND
               "    height = max(line.height, note.height)\n" RA_IND
               "    line.set_y(top - height / 2)\n" RA_IND
               "    top -= height + 0.3\n" RA_IND
               "for line in lines[1:]:\n" RA_IND
               "    line.shift(RIGHT * (lines[0][1].get_x() - "
               "line[1].get_x()))\n" RA_IND
               "for line, note in zip(lines, notes):\n" RA_IND
               "    note.next_to(lines, RIGHT, buff=0.5).match_y(line)\n");
    ra_code(g,
            RA_IND "board = VGroup(lines, notes)\n" RA_IND
                   "if board.width > %s:\n" RA_IND
                   "    board.scale_to_fit_width(%s)\n" RA_IND
                   "if board.height > 6.2:\n" RA_IND
                   "    board.scale_to_fit_height(6.2)\n",
            graph ? "8" : "13", graph ? "8" : "13");
    /* beside the graph at its height, else in the middle of the space
     * under the title */
    ra_code(g, graph ? RA_IND "board.to_edge(RIGHT, buff=0.35)"
                              ".set_y(axes.get_y())\n"
                     : RA_IND "board.move_to(np.array([0, "
                              "(title.get_bottom()[1] - 3.9) / 2, 0]))\n");
}

static void play_board(ra_scene *g, int n)
{
    int k;

    ra_code(g, RA_IND "self.play(Write(line_1), FadeIn(note_1), "
                      "run_time=1)\n");
    for (k = 2; k <= n; k++)
        ra_code(g,
                RA_IND "self.play(TransformFromCopy(line_%d, line_%d), "
                       "FadeIn(note_%d, shift=LEFT * 0.3), run_time=0.9)\n",
                k - 1, k, k);
    ra_code(g, RA_IND "self.play(Circumscribe(line_%d, color=", n);
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "), run_time=1)\n");
    g->anims += n + 1;
}

/* ---------------------------------------------------------------------
 * The graph
 */

static void code_axes(ra_scene *g, const ra_qd_plan *qp)
{
    char a[32], b[32], c[32];

    ra_code(g, RA_IND "axes = Axes(\n");
    ra_code(g, RA_IND "    x_range=[%s, %s, %s],\n", ra_num(a, qp->xlo),
            ra_num(b, qp->xhi), ra_num(c, qp->xstep));
    ra_code(g, RA_IND "    y_range=[%s, %s, %s],\n", ra_num(a, qp->ylo),
            ra_num(b, qp->yhi), ra_num(c, qp->ystep));
    ra_code(g,
            RA_IND "    x_length=5.2,\n" RA_IND "    y_length=5.2,\n" RA_IND
                   "    tips=False,\n" RA_IND "    axis_config={\"color\": ");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ", \"stroke_width\": 2, \"include_numbers\": True, "
               "\"font_size\": 20},\n");
    ra_code_axis_numbers(g, "x", qp->xstep);
    ra_code_axis_numbers(g, "y", qp->ystep);
    ra_code(g, RA_IND ")\n" RA_IND
                      "axes.next_to(title, DOWN, buff=0.35).to_edge(LEFT, "
                      "buff=0.35)\n");
}

/* The parabola, its equation under the axes, vertex and symmetry axis. */
static void code_parabola(ra_scene *g, const ra_qd_plan *qp)
{
    mm_buf t = MM_BUF_INIT;
    char a[32], b[32], c[32];

    ra_code(g, RA_IND "parabola = axes.plot(lambda x: (%s * x + %s) * x + %s",
            ra_num(a, qp->a), ra_num(b, qp->b), ra_num(c, qp->c));
    ra_code(g, ", x_range=[%s, %s], color=", ra_num(a, qp->plot_lo),
            ra_num(b, qp->plot_hi));
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ")\n");
    mm_buf_puts(&t, "y = ");
    ra_qd_tex_poly(&t, qp->var_tex, qp->a, qp->b, qp->c);
    if (qp->nreal == 0)
        mm_buf_puts(&t, qp->a > 0 ? " > 0" : " < 0");
    ra_code(g, RA_IND "curve_label = MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    mm_buf_free(&t);
    ra_code(g, ", font_size=30, color=");
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ")\n" RA_IND "curve_label.next_to(axes, DOWN, buff=0.15)\n");
    ra_code_keep_in_frame(g, "curve_label");
    ra_code(g,
            RA_IND "vertex = Dot(axes.c2p(%s, %s), color=", ra_num(a, qp->xv),
            ra_num(b, qp->yv));
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g,
            ")\n" RA_IND "symmetry = DashedLine(axes.c2p(%s, %s), "
            "axes.c2p(%s, %s), stroke_width=2, color=",
            a, ra_num(b, qp->ylo), a, ra_num(c, qp->yhi));
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ")\n");
}

/*
 * A dot at each real root and its value beside it, on the side of the
 * x-axis away from the vertex and towards the other root, where the
 * parabola does not pass.
 */
static void code_roots(ra_scene *g, const ra_qd_plan *qp)
{
    static const char *const side[2][2] = {{"DR", "DL"}, {"UR", "UL"}};
    int k, n = qp->nreal, up = qp->a > 0;
    mm_buf t = MM_BUF_INIT;
    char a[32], var[32];

    ra_code(g, RA_IND "root_dots = VGroup()\n");
    for (k = 0; k < n; k++) {
        mm_buf_printf(&t, "%s = ", qp->var_tex);
        ra_tex_number(&t, qp->root[k], 1);
        ra_code(g, RA_IND "root_dots.add(Dot(axes.c2p(%s, 0), color=",
                ra_num(a, qp->root[k]));
        ra_code_colour(g, RA_PALETTE(2));
        ra_code(g, "))\n" RA_IND "root_label_%d = MathTex(", k + 1);
        mm_buf_python_string(&g->code, t.data ? t.data : "");
        mm_buf_free(&t);
        ra_code(g, ", font_size=28, color=");
        ra_code_colour(g, RA_PALETTE(2));
        ra_code(g,
                ")\n" RA_IND "root_label_%d.add_background_rectangle(color=",
                k + 1);
        mm_buf_python_string(&g->code, g->st->background);
        ra_code(g,
                ", opacity=0.8)\n" RA_IND
                "root_label_%d.next_to(root_dots[%d], %s, buff=0.15)\n",
                k + 1, k,
                n == 1 ? (up ? "DOWN" : "UP") : side[up][k == 0 ? 0 : 1]);
        snprintf(var, sizeof(var), "root_label_%d", k + 1);
        ra_code_place_label(g, var);
    }
}

static void play_graph_start(ra_scene *g)
{
    ra_code(g, RA_IND "self.play(Create(axes), run_time=1)\n" RA_IND
                      "self.play(Create(parabola), Write(curve_label), "
                      "run_time=1.2)\n");
    g->anims += 2;
}

static void play_graph_end(ra_scene *g, const ra_qd_plan *qp)
{
    int k;

    if (qp->nreal > 0) {
        ra_code(g, RA_IND "self.play(LaggedStart(*[GrowFromCenter(d) for d "
                          "in root_dots], lag_ratio=0.4)");
        for (k = 0; k < qp->nreal; k++)
            ra_code(g, ", FadeIn(root_label_%d)", k + 1);
        ra_code(g, ", run_time=1)\n");
        g->anims++;
    }
    ra_code(g, RA_IND "self.play(Create(symmetry), FadeIn(vertex), "
                      "run_time=0.8)\n");
    g->anims++;
}

static void code_scene(ra_scene *g, const ra_qd_plan *qp,
                       const ra_qd_lines *ls)
{
    ra_code_header(g);
    ra_code(g,
            RA_IND "title = Text(\"%s\", font_size=34, color=", title_of(qp));
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ")\n" RA_IND "title.to_edge(UP, buff=0.3)\n");
    if (qp->graph) {
        code_axes(g, qp);
        code_parabola(g, qp);
        code_roots(g, qp);
    }
    code_board(g, ls, qp->graph);
    ra_code(g, RA_IND "self.play(Write(title), run_time=0.8)\n");
    g->anims++;
    if (qp->graph)
        play_graph_start(g);
    play_board(g, ls->n);
    if (qp->graph)
        play_graph_end(g, qp);
    ra_code_wait(g);
}

/* ---------------------------------------------------------------------
 * Explanation
 */

static void say_method(ra_scene *g, const ra_qd_plan *qp)
{
    double h = qp->b / (2 * qp->a), k = h * h - qp->c / qp->a;
    mm_buf t = MM_BUF_INIT;
    char n1[32], n2[32], n3[32], n4[32];

    if (qp->method == RA_QD_SQUARE && qp->b == 0) {
        ra_say(g,
               " Completing the square: with no %s term, moving the "
               "constant to the right leaves %s^2 = %s, already a square",
               qp->var, qp->var, ra_text_number(n1, -qp->c / qp->a));
        ra_say(g, "%s",
               qp->nreal == 0 ? "; no real number squares to a negative, "
                                "so the square roots are imaginary."
                              : ", and taking square roots gives the "
                                "roots.");
    } else if (qp->method == RA_QD_SQUARE) {
        ra_say(g,
               " Completing the square: after %s, adding (b/2a)^2 = %s to "
               "both sides makes the left side the perfect square (%s %c "
               "%s)^2, so (%s %c %s)^2 = %s",
               qp->a == 1 ? "moving the constant to the right"
                          : "dividing by a and moving the constant",
               ra_text_number(n1, h * h), qp->var, h < 0 ? '-' : '+',
               ra_text_number(n2, fabs(h)), qp->var, h < 0 ? '-' : '+', n2,
               ra_text_number(n3, qp->nreal == 1 ? 0 : k));
        ra_say(g, "%s",
               qp->nreal == 0
                   ? "; no real number squares to a negative, so the "
                     "square roots are imaginary."
                   : ", and taking square roots gives the roots.");
    } else if (qp->method == RA_QD_FORMULA) {
        ra_say(g,
               " The quadratic formula x = (-b +/- sqrt(b^2 - 4ac))/(2a) "
               "with a = %s, b = %s, c = %s: the discriminant b^2 - 4ac "
               "is %s, %s.",
               ra_text_number(n1, qp->a), ra_text_number(n2, qp->b),
               ra_text_number(n3, qp->c), (ra_num_round(n4, qp->disc), n4),
               qp->nreal == 2   ? "positive, so there are two real roots"
               : qp->nreal == 1 ? "zero, so there is one double root"
                                : "negative, so there are no real roots");
    } else {
        ra_qd_text_poly(&t, qp->var, qp->a, qp->b, qp->c);
        ra_say(g, " Factoring: %s = ", t.data ? t.data : "");
        mm_buf_free(&t);
        ra_qd_text_factored(&t, qp);
        ra_say(g, "%s%s", t.data ? t.data : "",
               ra_qd_splits_middle(qp)
                   ? "; splitting the middle term into two whose "
                     "coefficients multiply to ac and grouping in pairs "
                     "finds the factors."
               : qp->factor_expression
                   ? "."
                   : ", and a product is zero only when one of its "
                     "factors is.");
    }
    mm_buf_free(&t);
}

static void say_roots(ra_scene *g, const ra_qd_plan *qp)
{
    mm_buf t = MM_BUF_INIT;

    ra_qd_text_roots(&t, qp);
    if (qp->nreal == 2)
        ra_say(g, " The solutions are %s.", t.data ? t.data : "");
    else if (qp->nreal == 1)
        ra_say(g, " The only solution is %s, a double root.",
               t.data ? t.data : "");
    else
        ra_say(g,
               " There is no real solution; the roots are the complex "
               "numbers %s.",
               t.data ? t.data : "");
    mm_buf_free(&t);
}

static void say_graph(ra_scene *g, const ra_qd_plan *qp)
{
    char a[32], b[32];

    ra_num_round(a, qp->xv);
    ra_num_round(b, qp->yv);
    if (qp->nreal > 0)
        ra_say(g,
               " On the graph the parabola meets the x-axis exactly at "
               "the %s; its vertex (%s, %s) lies on the axis of symmetry "
               "x = %s%s.",
               qp->nreal == 2 ? "roots" : "root", a, b, a,
               qp->nreal == 2 ? ", halfway between them" : "");
    else
        ra_say(g,
               " On the graph the parabola never meets the x-axis: its "
               "vertex (%s, %s) is %s it and it opens %s.",
               a, b, qp->a > 0 ? "above" : "below",
               qp->a > 0 ? "upwards" : "downwards");
}

static void explain(ra_scene *g, const ra_qd_plan *qp)
{
    mm_buf t = MM_BUF_INIT;

    ra_qd_text_poly(&t, qp->var, qp->a, qp->b, qp->c);
    if (qp->factor_expression)
        ra_say(g, "The quadratic %s is factored step by step.",
               t.data ? t.data : "");
    else {
        ra_say(g, "The equation %s = 0 is solved one step per line",
               t.data ? t.data : "");
        if (!qp->standard) {
            mm_buf_free(&t);
            ra_expr_to_text(qp->side[0], &t);
            ra_say(g, " (written as %s = ", t.data ? t.data : "");
            mm_buf_free(&t);
            if (qp->side[1])
                ra_expr_to_text(qp->side[1], &t);
            ra_say(g,
                   "%s, first brought to the standard form ax^2 + bx "
                   "+ c = 0)",
                   t.data ? t.data : "0");
        }
        ra_say(g, ".");
    }
    mm_buf_free(&t);
    if (qp->defaulted)
        ra_say(g, " No quadratic was given, so this one is an example.");
    if (qp->factor_failed)
        ra_say(g, " It does not factor with rational numbers (the "
                  "discriminant is not a perfect square), so the "
                  "quadratic formula is used instead.");
    say_method(g, qp);
    if (qp->factor_expression) {
        ra_qd_text_roots(&t, qp);
        ra_say(g, " So the quadratic is 0 at %s.", t.data ? t.data : "");
        mm_buf_free(&t);
    } else {
        say_roots(g, qp);
    }
    if (qp->graph)
        say_graph(g, qp);
}

ra_try_result ra_try_quadratic(ra_scene *g, const char *prompt,
                               const ra_words *ws)
{
    ra_qd_plan qp;
    ra_qd_lines ls;
    char why[300] = "";
    int rc = ra_plan_quadratic(&qp, prompt, ws, why, sizeof(why));

    if (rc != 0) {
        ra_qd_plan_free(&qp);
        return rc > 0 ? RA_TRY_NO : ra_refuse(g, "%s", why);
    }
    ra_qd_lines_build(&ls, &qp);
    code_scene(g, &qp, &ls);
    explain(g, &qp);
    ra_qd_lines_free(&ls);
    ra_qd_plan_free(&qp);
    return RA_TRY_OK;
}
