/*
 * ra_scene_plots: function plots as code and explanation. See
 * ra_scene_plots.h.
 */
#include "ra_scene_plots.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ra_plan_plots.h"
#include "ra_plot_axes.h"
#include "ra_prompt_range.h"
#include "ra_scene_writer.h"

/* ---------------------------------------------------------------------
 * Code and explanation
 */

/* Prints x with enough digits that the curve is still visible there. */
static const char *bound(char buf[40], const ra_plot_fn *f,
                         const ra_plot_plan *pl, double x)
{
    int prec;

    for (prec = 6; prec <= 17; prec++) {
        snprintf(buf, 40, "%.*g", prec, x);
        if (ra_plot_visible_at(f, pl, strtod(buf, NULL)))
            break;
    }
    return buf;
}

int ra_axis_decimals(double step)
{
    return step >= 1.0 ? 0 : (int)ceil(-log10(step) - 1e-9);
}

void ra_code_axis_numbers(ra_scene *g, const char *axis, double step)
{
    ra_code(g,
            RA_IND "    %s_axis_config={\"decimal_number_config\": {"
                   "\"num_decimal_places\": %d, \"color\": ",
            axis, ra_axis_decimals(step));
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, "}},\n");
}

void ra_code_plot_axes(ra_scene *g, const ra_plot_plan *pl)
{
    char a[32], b[32], c[32];

    ra_code(g, RA_IND "axes = Axes(\n");
    ra_code(g, RA_IND "    x_range=[%s, %s, %s],\n", ra_num(a, pl->xlo),
            ra_num(b, pl->xhi), ra_num(c, pl->xstep));
    ra_code(g, RA_IND "    y_range=[%s, %s, %s],\n", ra_num(a, pl->ylo),
            ra_num(b, pl->yhi), ra_num(c, pl->ystep));
    ra_code(g,
            RA_IND "    x_length=11,\n" RA_IND "    y_length=5.5,\n" RA_IND
                   "    tips=False,\n" RA_IND "    axis_config={\"color\": ");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ", \"stroke_width\": 2, \"include_numbers\": True, "
               "\"font_size\": 24},\n");
    ra_code_axis_numbers(g, "x", pl->xstep);
    ra_code_axis_numbers(g, "y", pl->ystep);
    ra_code(g, RA_IND ").shift(DOWN * 0.5)\n");
    ra_code(g, RA_IND "axis_labels = axes.get_axis_labels(\n");
    ra_code(g, RA_IND "    MathTex(\"x\", color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ", font_size=32),\n" RA_IND "    MathTex(\"y\", color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ", font_size=32),\n" RA_IND ")\n");
}

void ra_code_plot_graph(ra_scene *g, const ra_plot_plan *pl, int k)
{
    const ra_plot_fn *f = &pl->f[k];
    char a[40], b[40], c[32];
    int i, steps;

    ra_code(g,
            RA_IND "graph_%d = VGroup(*[\n" RA_IND "    axes.plot(\n" RA_IND
                   "        lambda x: ",
            k + 1);
    ra_expr_to_python(f->e, &g->code);
    ra_code(g,
            ",\n" RA_IND "        x_range=piece,\n" RA_IND "        color=");
    ra_code_colour(g, f->colour);
    ra_code(g,
            ",\n" RA_IND "        stroke_width=%g,\n" RA_IND
            "        use_smoothing=False,\n" RA_IND "    )\n" RA_IND
            "    for piece in [\n",
            g->st->stroke_width);
    for (i = 0; i < f->nseg; i++) {
        double lo = f->seg[i][0], hi = f->seg[i][1];

        steps = (int)ceil(400.0 * (hi - lo) / (pl->b - pl->a));
        steps = steps < 20 ? 20 : steps;
        ra_code(g, RA_IND "        [%s, %s, %s],\n", bound(a, f, pl, lo),
                bound(b, f, pl, hi), ra_num(c, (hi - lo) / steps));
    }
    ra_code(g, RA_IND "    ]\n" RA_IND "])\n");
}

/* "y = x^{2}" for a label, or "f(x) = ..." */
void ra_code_plot_label(ra_scene *g, const ra_plot_fn *f, int k)
{
    mm_buf tex = MM_BUF_INIT;

    if (f->name == 'y')
        mm_buf_puts(&tex, "y = ");
    else
        mm_buf_printf(&tex, "%c(x) = ", f->name);
    ra_expr_to_latex(f->e, &tex);
    ra_code(g, RA_IND "label_%d = MathTex(", k + 1);
    mm_buf_python_string(&g->code, tex.data ? tex.data : "");
    ra_code(g, ", color=");
    ra_code_colour(g, f->colour);
    ra_code(g, ", font_size=40)\n");
    mm_buf_free(&tex);
}

static void code_plot(ra_scene *g, const ra_plot_plan *pl)
{
    int k;

    ra_code_header(g);
    ra_code_plot_axes(g, pl);
    for (k = 0; k < pl->n; k++) {
        ra_code_plot_graph(g, pl, k);
        ra_code_plot_label(g, &pl->f[k], k);
    }
    ra_code(g, RA_IND "labels = VGroup(");
    for (k = 0; k < pl->n; k++)
        ra_code(g, "%slabel_%d", k ? ", " : "", k + 1);
    ra_code(g, ").arrange(RIGHT, buff=1)\n" RA_IND
               "labels.to_edge(UP, buff=0.3)\n" RA_IND
               "if labels.width > 13:\n" RA_IND
               "    labels.scale_to_fit_width(13)\n");
    ra_code(g, RA_IND "self.play(Create(axes), Write(axis_labels), "
                      "run_time=1.5)\n" RA_IND "self.play(");
    for (k = 0; k < pl->n; k++)
        ra_code(g, "Create(graph_%d), ", k + 1);
    ra_code(g,
            "run_time=2)\n" RA_IND "self.play(Write(labels), run_time=1)\n");
    g->anims += 3;
    ra_code_wait(g);
}

/* "y = x^2" or "f(x) = x^2" in plain text. */
void ra_say_function(ra_scene *g, const ra_plot_fn *f)
{
    if (f->name == 'y')
        ra_say(g, "y = ");
    else
        ra_say(g, "%c(x) = ", f->name);
    ra_expr_to_text(f->e, &g->expl);
    if (f->colour >= 0)
        ra_say(g, " (in %s)", ra_colour_name(f->colour));
}

static int clipped(const ra_plot_plan *pl, const ra_plot_fn *f)
{
    double tol = 1e-6 * (pl->b - pl->a);

    return f->nseg != 1 || f->seg[0][0] > pl->a + tol ||
           f->seg[0][1] < pl->b - tol;
}

static void explain_plot(ra_scene *g, const ra_plot_plan *pl)
{
    char a[32], b[32], c[32], d[32];
    int k;

    ra_say(g, "Axes are drawn with x from %s to %s and y from %s to %s%s. ",
           ra_num(a, pl->xlo), ra_num(b, pl->xhi), ra_num(c, pl->ylo),
           ra_num(d, pl->yhi),
           pl->range_given ? ""
                           : " (no x range was given, so a standard "
                             "one is used)");
    ra_say(g, "Then the graph%s of ", pl->n > 1 ? "s" : "");
    for (k = 0; k < pl->n; k++) {
        if (k > 0)
            ra_say(g, k == pl->n - 1 ? " and " : ", ");
        ra_say_function(g, &pl->f[k]);
    }
    ra_say(g,
           " %s traced from left to right, and %s written above the "
           "axes.",
           pl->n > 1 ? "are" : "is",
           pl->n > 1 ? "their equations are" : "its equation is");
    for (k = 0; k < pl->n; k++)
        if (clipped(pl, &pl->f[k])) {
            ra_say(g, " Curves are only drawn where they are defined and "
                      "inside the axes.");
            break;
        }
    if (pl->dropped)
        ra_say(g, " Only the first %d functions are plotted.", RA_MAX_FUNCS);
}

/* ---------------------------------------------------------------------
 * The whole scene
 */

static ra_try_result plot_refusal(ra_scene *g, ra_plot_plan *pl,
                                  const char *err)
{
    if (err[0])
        ra_refuse(g,
                  "The offline generator could not read the function to "
                  "plot: %s. Write it like \"plot y = sin(x) + x^2 from -3 "
                  "to 3\".",
                  err);
    ra_plot_plan_free(pl);
    return err[0] ? RA_TRY_REFUSED : RA_TRY_NO;
}

/* Fills the x range: from the request, or a standard one. */
static int plot_range(ra_scene *g, ra_plot_plan *pl, const char *prompt,
                      char *mask)
{
    char *low = ra_lower_dup(prompt);
    int found;

    if (!low)
        return -1;
    found = ra_find_range(low, mask, &pl->a, &pl->b);
    free(low);
    if (found < 0) {
        ra_refuse(g, "The x range of the plot must go from a smaller to a "
                     "larger number, both between -1000 and 1000, as in "
                     "\"plot y = x^2 from -3 to 3\".");
        return -1;
    }
    pl->range_given = found;
    return 0;
}

ra_try_result ra_try_plot(ra_scene *g, const char *prompt, const ra_words *ws)
{
    ra_plot_plan *pl = calloc(1, sizeof(*pl));
    char *mask = malloc(strlen(prompt) + 1), err[160] = "";
    int k, trig = 0, empty;

    if (!pl || !mask) {
        free(pl);
        free(mask);
        return RA_TRY_NO;
    }
    memcpy(mask, prompt, strlen(prompt) + 1);
    if (plot_range(g, pl, prompt, mask) != 0) {
        free(mask);
        ra_plot_plan_free(pl);
        return RA_TRY_REFUSED;
    }
    ra_read_functions(pl, mask, err, sizeof(err));
    free(mask);
    if (pl->n == 0)
        return plot_refusal(g, pl, err);
    if (ra_needs_more_than_curves(ws)) {
        ra_plot_plan_free(pl);
        return ra_refuse(g, "The offline generator can plot functions (\"plot "
                            "y = sin(x) from -pi to pi\"), tangent and secant "
                            "lines, areas and Riemann sums (\"the area under "
                            "y = x^2 from 0 to 2\"), but not the graph of a "
                            "derivative or a limit. Configure an LLM provider "
                            "for this request.");
    }
    for (k = 0; k < pl->n; k++)
        trig |= ra_expr_uses_trig(pl->f[k].e);
    if (!pl->range_given) {
        pl->a = trig ? -2 * M_PI : -5.0;
        pl->b = -pl->a;
    }
    empty = ra_plot_analyse(pl);
    if (empty == -1 && !pl->range_given && ra_plot_tighten_range(pl))
        empty = ra_plot_analyse(pl);
    if (empty == -2) {
        ra_plot_plan_free(pl);
        return RA_TRY_NO;
    }
    if (empty >= 0) {
        mm_buf t = MM_BUF_INIT;
        char a[32], b[32];

        ra_expr_to_text(pl->f[empty].e, &t);
        ra_refuse(g,
                  "The function %s has no points to draw between x = %s "
                  "and x = %s. Choose a range where it is defined.",
                  t.data ? t.data : "", ra_num(a, pl->a), ra_num(b, pl->b));
        mm_buf_free(&t);
        ra_plot_plan_free(pl);
        return RA_TRY_REFUSED;
    }
    code_plot(g, pl);
    explain_plot(g, pl);
    ra_plot_plan_free(pl);
    return RA_TRY_OK;
}
