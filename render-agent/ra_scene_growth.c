/*
 * ra_scene_growth: a growth comparison as code and explanation. See
 * ra_scene_growth.h.
 */
#include "ra_scene_growth.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_growth.h"
#include "ra_plot_axes.h"
#include "ra_scene_plots.h"
#include "ra_scene_writer.h"

/* A MathTex from LaTeX built in t, as a string literal. */
static void code_tex(ra_scene *g, const char *var, const mm_buf *t, int colour)
{
    ra_code(g, RA_IND "%s = MathTex(", var);
    mm_buf_python_string(&g->code, t->data ? t->data : "");
    ra_code(g, ", font_size=34, color=");
    ra_code_colour(g, colour);
    ra_code(g, ")\n");
}

/* Axes and both curves of view v, gathered in the VGroup `name`. */
static void code_view(ra_scene *g, const ra_growth_plan *gp, int v,
                      const char *name)
{
    ra_code_plot_axes(g, &gp->view[v]);
    ra_code_plot_graph(g, &gp->view[v], 0);
    ra_code_plot_graph(g, &gp->view[v], 1);
    ra_code(g, RA_IND "%s = VGroup(axes, axis_labels, graph_1, graph_2)\n",
            name);
}

/* "x \approx 2,\ 4" of the crossings. */
static void tex_crossings(mm_buf *t, const ra_growth_plan *gp)
{
    char b[32];
    int k, exact = 1;

    for (k = 0; k < gp->ncross; k++)
        exact &= ra_num_round(b, gp->cross[k]);
    mm_buf_printf(t, "\\text{they cross at } x %s ", exact ? "=" : "\\approx");
    for (k = 0; k < gp->ncross; k++) {
        ra_num_round(b, gp->cross[k]);
        mm_buf_printf(t, "%s%s", k ? ",\\ " : "", b);
    }
    if (gp->more_cross)
        mm_buf_puts(t, ",\\ \\dots");
}

/* The crossings inside the near view, as dots on its axes. */
static int code_crossings(ra_scene *g, const ra_growth_plan *gp)
{
    const ra_plot_plan *pl = &gp->view[0];
    char a[32], b[32];
    int k, n = 0;

    ra_code(g, RA_IND "crossings = VGroup(");
    for (k = 0; k < gp->ncross; k++) {
        if (gp->cross[k] < pl->a || gp->cross[k] > pl->b ||
            !ra_plot_visible_at(&pl->f[0], pl, gp->cross[k]))
            continue;
        ra_code(g, "%sDot(axes.c2p(%s, %s), color=", n++ ? ", " : "",
                ra_num(a, gp->cross[k]),
                ra_num(b, ra_expr_eval(gp->f[0], gp->cross[k])));
        ra_code_colour(g, RA_PALETTE(2));
        ra_code(g, ")");
    }
    ra_code(g, ")\n");
    return n;
}

/* Dots and values of both functions at the end of the far view. */
static void code_ends(ra_scene *g, const ra_growth_plan *gp)
{
    const ra_plot_plan *pl = &gp->view[1];
    mm_buf t = MM_BUF_INIT;
    char a[32], b[32], var[16];
    int k;

    ra_code(g, RA_IND "ends = VGroup()\n");
    for (k = 0; k < 2; k++) {
        double y = ra_expr_eval(gp->f[k], pl->b);

        if (!ra_plot_visible_at(&pl->f[k], pl, pl->b))
            continue;
        mm_buf_free(&t);
        ra_num_round(b, y);
        mm_buf_puts(&t, b);
        snprintf(var, sizeof(var), "end_%d", k + 1);
        code_tex(g, var, &t, RA_PALETTE(k));
        ra_code(g, RA_IND "end_%d.next_to(axes.c2p(%s, %s), %s, buff=0.2)\n",
                k + 1, ra_num(a, pl->b), ra_num(b, y),
                k == gp->winner ? "LEFT" : "UP");
        ra_code(g, RA_IND "ends.add(Dot(axes.c2p(%s, %s), color=", a, b);
        ra_code_colour(g, RA_PALETTE(k));
        ra_code(g, "), end_%d)\n", k + 1);
    }
    mm_buf_free(&t);
}

static void code_texts(ra_scene *g, const ra_growth_plan *gp)
{
    mm_buf t = MM_BUF_INIT;
    char b[32];

    ra_code_plot_label(g, &gp->view[0].f[0], 0);
    ra_code_plot_label(g, &gp->view[0].f[1], 1);
    ra_code(g, RA_IND "labels = VGroup(label_1, label_2).arrange(RIGHT, "
                      "buff=1).to_edge(UP, buff=0.25)\n");
    tex_crossings(&t, gp);
    code_tex(g, "note", &t, RA_PALETTE(2));
    mm_buf_free(&t);
    if (gp->ncross)
        mm_buf_printf(&t, "\\text{for } x > %s:\\ ",
                      (ra_num_round(b, gp->cross[gp->ncross - 1]), b));
    ra_expr_to_latex(gp->f[gp->winner], &t);
    mm_buf_puts(&t, " > ");
    ra_expr_to_latex(gp->f[!gp->winner], &t);
    code_tex(g, "verdict", &t, RA_PALETTE(3));
    mm_buf_free(&t);
    ra_code(g, RA_IND "for text in (note, verdict):\n" RA_IND
                      "    text.next_to(labels, DOWN, buff=0.15)\n" RA_IND
                      "    if text.width > 13:\n" RA_IND
                      "        text.scale_to_fit_width(13)\n");
}

static void code_scene(ra_scene *g, const ra_growth_plan *gp)
{
    int dots;

    ra_code_header(g);
    code_view(g, gp, 0, "near");
    dots = code_crossings(g, gp);
    code_view(g, gp, 1, "far");
    code_ends(g, gp);
    code_texts(g, gp);
    ra_code(g, RA_IND "self.play(Create(near[0]), Write(near[1]), "
                      "run_time=1.5)\n" RA_IND
                      "self.play(Create(near[2]), Create(near[3]), "
                      "Write(labels), run_time=2)\n");
    g->anims += 2;
    if (gp->ncross) {
        ra_code(g, RA_IND "self.play(%sWrite(note), run_time=1)\n",
                dots ? "FadeIn(crossings, scale=2), " : "");
        g->anims++;
    }
    /* only what is on screen fades: FadeOut would first add the rest */
    ra_code(g,
            RA_IND "self.play(%s%sReplacementTransform(near, far), "
                   "run_time=2)\n" RA_IND
                   "self.play(FadeIn(ends), Write(verdict), "
                   "run_time=1.5)\n",
            gp->ncross && dots ? "FadeOut(crossings), " : "",
            gp->ncross ? "FadeOut(note), " : "");
    g->anims += 2;
    ra_code_wait(g);
}

/* ---------------------------------------------------------------------
 * Explanation
 */

static void say_fn(ra_scene *g, const ra_growth_plan *gp, int k)
{
    ra_expr_to_text(gp->f[k], &g->expl);
}

static void explain_crossings(ra_scene *g, const ra_growth_plan *gp)
{
    char b[32];
    int k, last = gp->ncross - 1, exact = 1;

    if (!gp->ncross) {
        ra_say(g, "They never cross there: ");
        say_fn(g, gp, gp->winner);
        ra_say(g, " is ahead all along. ");
        return;
    }
    for (k = 0; k <= last; k++)
        exact &= ra_num_round(b, gp->cross[k]);
    ra_say(g, "They cross at x %s ", exact ? "=" : "of about");
    for (k = 0; k <= last; k++)
        ra_say(g, "%s%s",
               k == 0      ? ""
               : k == last ? " and "
                           : ", ",
               (ra_num_round(b, gp->cross[k]), b));
    ra_say(g, "%s (%s)", gp->more_cross ? " and later" : "",
           gp->cross[0] >= gp->view[0].a && gp->cross[last] <= gp->view[0].b
               ? "marked with dots"
               : "those in the first view are marked with dots");
    ra_say(g, ", and after the last crossing ");
    say_fn(g, gp, gp->winner);
    ra_say(g, " stays ahead. ");
}

static void explain(ra_scene *g, const ra_growth_plan *gp)
{
    const ra_plot_plan *near = &gp->view[0], *far = &gp->view[1];
    char a[32], b[32], c[32];

    ra_say(g, "The graphs of y = ");
    say_fn(g, gp, 0);
    ra_say(g, " and y = ");
    say_fn(g, gp, 1);
    ra_say(g, " are drawn together for x from %s to %s. ", ra_num(a, near->a),
           ra_num(b, near->b));
    explain_crossings(g, gp);
    ra_say(g, "Zooming out to x = %s shows the long run: there ",
           ra_num(a, far->b));
    say_fn(g, gp, gp->winner);
    ra_say(g, " = %s while ",
           (ra_num_round(b, ra_expr_eval(gp->f[gp->winner], far->b)), b));
    say_fn(g, gp, !gp->winner);
    ra_say(g, " = %s. ",
           (ra_num_round(c, ra_expr_eval(gp->f[!gp->winner], far->b)), c));
    say_fn(g, gp, gp->winner);
    if (gp->same_rate) {
        ra_say(g, " stays ahead, but the two grow at the same rate: the "
                  "lead is small next to their size, so neither outgrows "
                  "the other.");
        return;
    }
    ra_say(g, " eventually grows faster, and the gap keeps widening: "
              "scanning out as far as the numbers go, the lead never "
              "changes hands again.");
}

ra_try_result ra_try_growth(ra_scene *g, const char *prompt,
                            const ra_words *ws)
{
    ra_growth_plan gp;
    char why[300] = "";
    int rc;

    if (!ra_growth_asked(ws))
        return RA_TRY_NO;
    rc = ra_plan_growth(&gp, prompt, ws, why, sizeof(why));
    if (rc <= 0) {
        ra_growth_plan_free(&gp);
        return rc == 0 ? RA_TRY_NO : ra_refuse(g, "%s", why);
    }
    code_scene(g, &gp);
    explain(g, &gp);
    ra_growth_plan_free(&gp);
    return RA_TRY_OK;
}
