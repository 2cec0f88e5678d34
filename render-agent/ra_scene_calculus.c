/*
 * ra_scene_calculus: tangents, secants, areas and Riemann sums as code
 * and explanation. See ra_scene_calculus.h.
 */
#include "ra_scene_calculus.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ra_plan_calculus.h"
#include "ra_plan_fraction.h"
#include "ra_scene_plots.h"
#include "ra_scene_writer.h"

/* A number for code with enough digits to stay where the plan put it. */
static const char *fnum(char buf[32], double v)
{
    if (fabs(v) < 1e-12)
        v = 0.0;
    snprintf(buf, 32, "%.10g", v);
    return buf;
}

/* Writes `axes.c2p(x, y)`. */
static void code_point(ra_scene *g, double x, double y)
{
    char a[32], b[32];

    ra_code(g, "axes.c2p(%s, %s)", fnum(a, x), fnum(b, y));
}

/* The axes, the curves and their labels, shared by every scene here. */
static void code_plot_start(ra_scene *g, const ra_plot_plan *pl)
{
    int k;

    ra_code_header(g);
    ra_code_plot_axes(g, pl);
    for (k = 0; k < pl->n; k++) {
        ra_code_plot_graph(g, pl, k);
        ra_code_plot_label(g, &pl->f[k], k);
    }
}

/* Puts the label row at the top: the curves' labels, then `extra`. */
static void code_label_row(ra_scene *g, const ra_plot_plan *pl,
                           const char *extra)
{
    int k;

    ra_code(g, RA_IND "labels = VGroup(");
    for (k = 0; k < pl->n; k++)
        ra_code(g, "label_%d, ", k + 1);
    ra_code(g,
            "%s).arrange(RIGHT, buff=0.8)\n" RA_IND
            "labels.to_edge(UP, buff=0.3)\n" RA_IND
            "if labels.width > 13:\n" RA_IND
            "    labels.scale_to_fit_width(13)\n",
            extra);
}

/* Writes `var = MathTex(<tex>, color=..., font_size=size)`. */
static void code_tex(ra_scene *g, const char *var, const mm_buf *tex,
                     int colour, int size)
{
    ra_code(g, RA_IND "%s = MathTex(", var);
    mm_buf_python_string(&g->code, tex->data ? tex->data : "");
    ra_code(g, ", color=");
    ra_code_colour(g, colour);
    ra_code(g, ", font_size=%d)\n", size);
}

/* The first two animations: the axes, then the curves with labels. */
static void code_plot_intro(ra_scene *g, const ra_plot_plan *pl)
{
    int k;

    ra_code(g, RA_IND "self.play(Create(axes), Write(axis_labels), "
                      "run_time=1.5)\n" RA_IND "self.play(");
    for (k = 0; k < pl->n; k++)
        ra_code(g, "Create(graph_%d), Write(label_%d), ", k + 1, k + 1);
    ra_code(g, "run_time=2)\n");
    g->anims += 2;
}

/* A dot on the curve. */
static void code_dot(ra_scene *g, const char *var, double x, double y)
{
    ra_code(g, RA_IND "%s = Dot(", var);
    code_point(g, x, y);
    ra_code(g, ", radius=0.09, color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ")\n");
}

/* "(1, 2)" next to a dot, on the side away from the curve. */
static void code_dot_label(ra_scene *g, const char *var, const char *dot,
                           double x, double y, const char *side)
{
    mm_buf tex = MM_BUF_INIT;

    mm_buf_puts(&tex, "(");
    ra_tex_value(&tex, x);
    mm_buf_puts(&tex, ", ");
    ra_tex_value(&tex, y);
    mm_buf_puts(&tex, ")");
    code_tex(g, var, &tex, RA_PALETTE(3), 30);
    ra_code(g, RA_IND "%s.add_background_rectangle(color=", var);
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, ", opacity=0.8)\n" RA_IND "%s.next_to(%s, %s, buff=0.15)\n",
            var, dot, side);
    ra_code_keep_in_frame(g, var);
    mm_buf_free(&tex);
}

/* The line of a tangent or secant, inside the axes. */
static void code_line(ra_scene *g, const ra_calc_plan *cp)
{
    ra_code(g, RA_IND "line = Line(");
    code_point(g, cp->line[0][0], cp->line[0][1]);
    ra_code(g, ", ");
    code_point(g, cp->line[1][0], cp->line[1][1]);
    ra_code(g, ", color=");
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ", stroke_width=%g)\n", g->st->stroke_width);
}

/* Which side of the tangent point is away from the curve. */
static const char *away_side(const ra_calc_plan *cp)
{
    const ra_expr *f = cp->pl->f[0].e;
    double h = 1e-3 * fmax(1.0, fabs(cp->x0));
    double curv =
        ra_expr_eval(f, cp->x0 + h) + ra_expr_eval(f, cp->x0 - h) - 2 * cp->y0;
    int below = !(curv < 0); /* a convex curve lies above its tangent */

    if (fabs(cp->slope) < 1e-9)
        return below ? "DOWN" : "UP";
    if (cp->slope > 0)
        return below ? "DR" : "UL";
    return below ? "DL" : "UR";
}

/* Appends " = v" or " \approx v" to tex; returns 1 when exact. */
static int tex_equals(mm_buf *tex, double v)
{
    mm_buf val = MM_BUF_INIT;
    long num, den;
    int exact;

    if (ra_fraction(v, &num, &den) && den > 1 && den <= 12) {
        ra_tex_number(&val, v, 1); /* a simple fraction, written as one */
        exact = 1;
    } else {
        exact = ra_tex_value(&val, v);
    }

    mm_buf_printf(tex, " %s %s", exact ? "=" : "\\approx",
                  val.data ? val.data : "");
    mm_buf_free(&val);
    return exact;
}

static void scene_tangent(ra_scene *g, const ra_calc_plan *cp)
{
    mm_buf tex = MM_BUF_INIT;

    code_plot_start(g, cp->pl);
    code_dot(g, "point", cp->x0, cp->y0);
    code_dot_label(g, "point_label", "point", cp->x0, cp->y0, away_side(cp));
    code_line(g, cp);
    mm_buf_puts(&tex, "\\left.\\frac{dy}{dx}\\right|_{x = ");
    ra_tex_value(&tex, cp->x0);
    mm_buf_puts(&tex, "}");
    tex_equals(&tex, cp->slope);
    code_tex(g, "slope_label", &tex, RA_PALETTE(1), 40);
    mm_buf_free(&tex);
    code_label_row(g, cp->pl, "slope_label");
    code_plot_intro(g, cp->pl);
    ra_code(g, RA_IND "self.play(FadeIn(point, scale=0.5), "
                      "Write(point_label), run_time=1)\n" RA_IND
                      "self.play(Create(line), run_time=1.5)\n" RA_IND
                      "self.play(Write(slope_label), run_time=1)\n");
    g->anims += 3;
    ra_code_wait(g);
}

/*
 * Writes `secant_line(slope)`: the line through the tangent point with
 * that slope, cut to the axes' box, so that a steep secant never runs
 * off the picture.
 */
static void code_clipped_line_helper(ra_scene *g, const ra_calc_plan *cp)
{
    const ra_plot_plan *pl = cp->pl;
    char x0[32], y0[32], xl[32], xh[32], yl[32], yh[32];

    fnum(x0, cp->x0);
    fnum(y0, cp->y0);
    fnum(xl, pl->xlo);
    fnum(xh, pl->xhi);
    fnum(yl, pl->ylo);
    fnum(yh, pl->yhi);
    ra_code(g, RA_IND "def secant_line(slope):\n" RA_IND "    xs = [%s, %s]\n",
            xl, xh);
    ra_code(g,
            RA_IND "    if abs(slope) > 1e-9:\n" RA_IND
                   "        xs += [%s + (%s - %s) / slope, %s + (%s - %s) / "
                   "slope]\n",
            x0, yl, y0, x0, yh, y0);
    ra_code(g,
            RA_IND
            "    xs = [x for x in xs if %s - 1e-9 <= x <= %s + 1e-9 "
            "and %s - 1e-9 <= %s + slope * (x - %s) <= %s + 1e-9]\n" RA_IND
            "    a, b = min(xs), max(xs)\n",
            xl, xh, yl, y0, x0, yh);
    ra_code(g,
            RA_IND "    return Line(axes.c2p(a, %s + slope * (a - %s)), "
                   "axes.c2p(b, %s + slope * (b - %s)), color=",
            y0, x0, y0, x0);
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ", stroke_width=%g)\n", g->st->stroke_width);
}

/* Writes the live readout of h and of the secant's slope. */
static void code_secant_readout(ra_scene *g, const char *h0, const char *x0)
{
    ra_code(g,
            RA_IND "h_name = MathTex(\"h =\", font_size=36)\n" RA_IND
                   "h_value = DecimalNumber(%s, num_decimal_places=3, "
                   "font_size=36)\n" RA_IND "h_value.add_updater(lambda m: "
                   "m.set_value(h.get_value()))\n",
            h0);
    ra_code(g,
            RA_IND "slope_name = MathTex(r\"\\frac{f(%s + h) - f(%s)}{h} "
                   "=\", font_size=36)\n" RA_IND
                   "slope_value = DecimalNumber(slope_of(), "
                   "num_decimal_places=3, font_size=36)\n" RA_IND
                   "slope_value.add_updater(lambda m: "
                   "m.set_value(slope_of()))\n",
            x0, x0);
    ra_code(g,
            RA_IND "readout = VGroup(VGroup(h_name, h_value).arrange(RIGHT, "
                   "buff=0.15), VGroup(slope_name, slope_value)"
                   ".arrange(RIGHT, buff=0.15)).arrange(RIGHT, buff=0.6)\n");
}

/*
 * The derivative as a limit: the secant through (x0, f(x0)) and
 * (x0 + h, f(x0 + h)) is redrawn while h shrinks towards 0, with h and
 * the secant's slope read out, until it lies along the tangent.
 */
static void scene_secant_limit(ra_scene *g, const ra_calc_plan *cp)
{
    char x0[32], y0[32], h0[32], h1[32];
    mm_buf tex = MM_BUF_INIT;

    fnum(x0, cp->x0);
    fnum(y0, cp->y0);
    fnum(h0, cp->h0);
    fnum(h1, cp->h0 / 100);
    code_plot_start(g, cp->pl);
    ra_code(g, RA_IND "f = lambda x: ");
    ra_expr_to_python(cp->pl->f[0].e, &g->code);
    ra_code(g,
            "\n" RA_IND "h = ValueTracker(%s)\n" RA_IND
            "slope_of = lambda: (f(%s + h.get_value()) - %s) / "
            "h.get_value()\n",
            h0, x0, y0);
    code_clipped_line_helper(g, cp);
    code_dot(g, "point", cp->x0, cp->y0);
    code_dot_label(g, "point_label", "point", cp->x0, cp->y0, away_side(cp));
    ra_code(g,
            RA_IND "moving = always_redraw(lambda: Dot(axes.c2p(%s + "
                   "h.get_value(), f(%s + h.get_value())), radius=0.08, "
                   "color=",
            x0, x0);
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, "))\n" RA_IND
               "secant = always_redraw(lambda: secant_line(slope_of()))\n");
    code_line(g, cp);
    code_secant_readout(g, h0, x0);
    mm_buf_puts(&tex, "f'(");
    ra_tex_value(&tex, cp->x0);
    mm_buf_puts(&tex, ")");
    tex_equals(&tex, cp->slope);
    code_tex(g, "slope_label", &tex, RA_PALETTE(1), 40);
    mm_buf_free(&tex);
    code_label_row(g, cp->pl, "readout, slope_label");
    code_plot_intro(g, cp->pl);
    ra_code(g,
            RA_IND "self.play(FadeIn(point, scale=0.5), Write(point_label), "
                   "FadeIn(moving, scale=0.5), run_time=1)\n" RA_IND
                   "self.play(Create(secant), Write(readout), "
                   "run_time=1.5)\n" RA_IND
                   "self.play(h.animate.set_value(%s), run_time=5, "
                   "rate_func=smooth)\n" RA_IND
                   "self.play(Create(line), Write(slope_label), "
                   "run_time=1.5)\n",
            h1);
    g->anims += 4;
    ra_code_wait(g);
}

/* Appends "a - b" to tex, with b in parentheses when negative. */
static void tex_difference(mm_buf *tex, double a, double b)
{
    ra_tex_value(tex, a);
    mm_buf_puts(tex, b < 0 ? " - (" : " - ");
    ra_tex_value(tex, b);
    mm_buf_puts(tex, b < 0 ? ")" : "");
}

static void code_dashed(ra_scene *g, const char *var, double xa, double ya,
                        double xb, double yb)
{
    ra_code(g, RA_IND "%s = DashedLine(", var);
    code_point(g, xa, ya);
    ra_code(g, ", ");
    code_point(g, xb, yb);
    ra_code(g, ", color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, ", stroke_width=2)\n");
}

static void scene_secant(ra_scene *g, const ra_calc_plan *cp)
{
    const char *side = cp->slope >= 0 ? "DR" : "DL";
    double tiny = 1e-3 * (cp->pl->yhi - cp->pl->ylo);
    int rise = fabs(cp->y1 - cp->y0) > tiny;
    mm_buf tex = MM_BUF_INIT;

    code_plot_start(g, cp->pl);
    code_dot(g, "point_a", cp->x0, cp->y0);
    code_dot(g, "point_b", cp->x1, cp->y1);
    code_dot_label(g, "label_a", "point_a", cp->x0, cp->y0, side);
    code_dot_label(g, "label_b", "point_b", cp->x1, cp->y1, side);
    code_line(g, cp);
    code_dashed(g, "run", cp->x0, cp->y0, cp->x1, cp->y0);
    if (rise)
        code_dashed(g, "rise", cp->x1, cp->y0, cp->x1, cp->y1);
    mm_buf_puts(&tex, "\\frac{\\Delta y}{\\Delta x} = \\frac{");
    tex_difference(&tex, cp->y1, cp->y0);
    mm_buf_puts(&tex, "}{");
    tex_difference(&tex, cp->x1, cp->x0);
    mm_buf_puts(&tex, "}");
    tex_equals(&tex, cp->slope);
    code_tex(g, "slope_label", &tex, RA_PALETTE(1), 40);
    mm_buf_free(&tex);
    code_label_row(g, cp->pl, "slope_label");
    code_plot_intro(g, cp->pl);
    ra_code(g,
            RA_IND "self.play(FadeIn(point_a, scale=0.5), FadeIn(point_b, "
                   "scale=0.5), Write(label_a), Write(label_b), "
                   "run_time=1)\n" RA_IND "self.play(Create(run)%s, "
                   "run_time=1)\n" RA_IND
                   "self.play(Create(line), run_time=1.5)\n" RA_IND
                   "self.play(Write(slope_label), run_time=1)\n",
            rise ? ", Create(rise)" : "");
    g->anims += 4;
    ra_code_wait(g);
}

/* Writes `var = axes.plot(...)` over [a, b], used only for an area. */
static void code_area_curve(ra_scene *g, const char *var, const ra_expr *e,
                            double a, double b)
{
    char x[32], y[32], z[32];

    ra_code(g, RA_IND "%s = axes.plot(lambda x: ", var);
    ra_expr_to_python(e, &g->code);
    ra_code(g, ", x_range=[%s, %s, %s], use_smoothing=False)\n", fnum(x, a),
            fnum(y, b), fnum(z, (b - a) / 200));
}

/* Appends the LaTeX of the integral of the area or the sum. */
static void tex_integral(mm_buf *tex, const ra_calc_plan *cp)
{
    const ra_plot_plan *pl = cp->pl;
    mm_buf f = MM_BUF_INIT;
    int top = cp->integral < 0 && cp->between;

    mm_buf_puts(tex, "\\int_{");
    ra_tex_value(tex, cp->x0);
    mm_buf_puts(tex, "}^{");
    ra_tex_value(tex, cp->x1);
    mm_buf_puts(tex, "} ");
    ra_expr_to_latex(pl->f[top].e, &f);
    if (cp->between) {
        mm_buf g = MM_BUF_INIT;

        ra_expr_to_latex(pl->f[1 - top].e, &g);
        if (g.data && (strstr(g.data, " + ") || strstr(g.data, " - ") ||
                       g.data[0] == '-'))
            mm_buf_printf(&f, " - \\left(%s\\right)", g.data);
        else
            mm_buf_printf(&f, " - %s", g.data ? g.data : "");
        mm_buf_free(&g);
    }
    if (f.data && (strstr(f.data, " + ") || strstr(f.data, " - ")))
        mm_buf_printf(tex, "\\left(%s\\right)", f.data);
    else
        mm_buf_puts(tex, f.data ? f.data : "");
    mm_buf_puts(tex, "\\,dx");
    tex_equals(tex, cp->between ? fabs(cp->integral) : cp->integral);
    mm_buf_free(&f);
}

/* Dashed edges at both ends of an area, where they have a length. */
static int code_edges(ra_scene *g, const ra_calc_plan *cp)
{
    const ra_plot_plan *pl = cp->pl;
    double tiny = 1e-3 * (pl->yhi - pl->ylo), x, top, base;
    int k, n = 0;

    for (k = 0; k < 2; k++) {
        x = k ? cp->x1 : cp->x0;
        top = ra_expr_eval(pl->f[0].e, x);
        base = cp->between ? ra_expr_eval(pl->f[1].e, x) : 0.0;
        if (fabs(top - base) <= tiny)
            continue;
        code_dashed(g, k ? "edge_b" : "edge_a", x, base, x, top);
        n |= 1 << k;
    }
    return n;
}

static void scene_area(ra_scene *g, const ra_calc_plan *cp)
{
    mm_buf tex = MM_BUF_INIT;
    char a[32], b[32];
    int edges;

    code_plot_start(g, cp->pl);
    code_area_curve(g, "area_curve", cp->pl->f[0].e, cp->x0, cp->x1);
    if (cp->between)
        code_area_curve(g, "area_curve_2", cp->pl->f[1].e, cp->x0, cp->x1);
    ra_code(g,
            RA_IND "area = axes.get_area(area_curve, x_range=[%s, %s], "
                   "color=",
            fnum(a, cp->x0), fnum(b, cp->x1));
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ", opacity=0.5%s)\n",
            cp->between ? ", bounded_graph=area_curve_2" : "");
    edges = code_edges(g, cp);
    tex_integral(&tex, cp);
    code_tex(g, "area_label", &tex, RA_PALETTE(3), 40);
    mm_buf_free(&tex);
    code_label_row(g, cp->pl, "area_label");
    code_plot_intro(g, cp->pl);
    if (edges) {
        ra_code(g, RA_IND "self.play(%s%s%s, run_time=1)\n",
                edges & 1 ? "Create(edge_a)" : "", edges == 3 ? ", " : "",
                edges & 2 ? "Create(edge_b)" : "");
        g->anims++;
    }
    ra_code(g, RA_IND "self.play(FadeIn(area), run_time=1.5)\n" RA_IND
                      "self.play(Write(area_label), run_time=1)\n");
    g->anims += 2;
    ra_code_wait(g);
}

static const char *const sample_names[] = {"left", "right", "center"};
static const char *const sample_letters[] = {"L", "R", "M"};

static void code_rectangles(ra_scene *g, const ra_calc_plan *cp,
                            const char *var, int rects)
{
    double dx = (cp->x1 - cp->x0) / rects;
    char a[32], b[32], c[32];

    /* np.arange(x0, x1 - dx/2, dx) has exactly `rects` elements */
    ra_code(g,
            RA_IND "%s = axes.get_riemann_rectangles(area_curve, "
                   "x_range=[%s, %s], dx=%s, input_sample_type=\"%s\", "
                   "stroke_width=1, stroke_color=",
            var, fnum(a, cp->x0), fnum(b, cp->x1 - dx / 2), fnum(c, dx),
            sample_names[cp->sample]);
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, ", fill_opacity=0.7, color=[");
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ", ");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "])\n");
}

/* "L_{8} \approx 2.188" */
static void code_sum_label(ra_scene *g, const ra_calc_plan *cp,
                           const char *var, int rects, double sum)
{
    mm_buf tex = MM_BUF_INIT;

    mm_buf_printf(&tex, "%s_{%d}", sample_letters[cp->sample], rects);
    tex_equals(&tex, sum);
    code_tex(g, var, &tex, RA_PALETTE(0), 40);
    mm_buf_free(&tex);
}

static void scene_riemann(ra_scene *g, const ra_calc_plan *cp)
{
    mm_buf tex = MM_BUF_INIT;

    code_plot_start(g, cp->pl);
    code_area_curve(g, "area_curve", cp->pl->f[0].e, cp->x0, cp->x1);
    code_rectangles(g, cp, "rects", cp->n);
    code_sum_label(g, cp, "sum_label", cp->n, cp->sum);
    tex_integral(&tex, cp);
    code_tex(g, "exact_label", &tex, RA_PALETTE(3), 40);
    mm_buf_free(&tex);
    code_label_row(g, cp->pl, "sum_label, exact_label");
    if (cp->n_fine) {
        code_rectangles(g, cp, "fine_rects", cp->n_fine);
        code_sum_label(g, cp, "fine_label", cp->n_fine, cp->sum_fine);
        ra_code(g, RA_IND "fine_label.move_to(sum_label)\n");
    }
    code_plot_intro(g, cp->pl);
    ra_code(g, RA_IND "self.play(Create(rects), run_time=2)\n" RA_IND
                      "self.play(Write(sum_label), run_time=1)\n");
    g->anims += 2;
    if (cp->n_fine) {
        ra_code(g, RA_IND "self.play(ReplacementTransform(rects, "
                          "fine_rects), ReplacementTransform(sum_label, "
                          "fine_label), run_time=2)\n");
        g->anims++;
    }
    ra_code(g, RA_IND "self.play(Write(exact_label), run_time=1)\n");
    g->anims++;
    ra_code_wait(g);
}

/* ---------------------------------------------------------------------
 * Explanations
 */

/* "y = x^2" with the axes it is drawn on. */
static void explain_curves(ra_scene *g, const ra_plot_plan *pl)
{
    char a[32], b[32];

    ra_say(g, "The graph of ");
    ra_say_function(g, &pl->f[0]);
    if (pl->n > 1) {
        ra_say(g, " and the graph of ");
        ra_say_function(g, &pl->f[1]);
    }
    ra_say(g, " %s drawn on axes with x from %s to %s. ",
           pl->n > 1 ? "are" : "is", ra_num(a, pl->xlo), ra_num(b, pl->xhi));
}

static void explain(ra_scene *g, const ra_calc_plan *cp)
{
    char a[32], b[32], c[32], d[32], m[32];

    explain_curves(g, cp->pl);
    ra_num(a, cp->x0);
    ra_num(b, cp->x1);
    switch (cp->kind) {
    case RA_CALC_TANGENT:
        if (cp->secant_limit) {
            ra_say(g,
                   "The point (%s, %s) is marked, with a second point on "
                   "the curve at x = %s + h, starting from h = %s, and the "
                   "secant line through both. As h shrinks towards 0 the "
                   "second point "
                   "slides into the first and the secant's slope, "
                   "(f(%s + h) - f(%s))/h, is read out as it settles: the "
                   "secants turn into the tangent line, whose slope is the "
                   "derivative, f'(%s) %s %s.",
                   a, ra_num(c, cp->y0), a, ra_num(d, cp->h0), a, a, a,
                   ra_num_round(m, cp->slope) ? "=" : "~", m);
            break;
        }
        ra_say(g,
               "The point (%s, %s) is marked and the tangent line there "
               "is drawn: it touches the curve at that point and has the "
               "curve's slope, dy/dx %s %s at x = %s (a central "
               "difference of the function). The slope is written at "
               "the top.",
               a, ra_num(c, cp->y0), ra_num_round(m, cp->slope) ? "=" : "~", m,
               a);
        break;
    case RA_CALC_SECANT:
        ra_say(g,
               "The points (%s, %s) and (%s, %s) are marked and joined by "
               "the secant line. The dashed run and rise show its slope, "
               "(%s - %s)/(%s - %s) %s %s: the average rate of change of "
               "the function between x = %s and x = %s. As the points "
               "come together, the secant turns into the tangent.",
               a, ra_num(c, cp->y0), b, ra_num(d, cp->y1), d, c, b, a,
               ra_num_round(m, cp->slope) ? "=" : "~", m, a, b);
        break;
    default:
        break;
    }
}

static void explain_area(ra_scene *g, const ra_calc_plan *cp)
{
    char a[32], b[32], v[32], w[32];
    int exact;

    ra_num(a, cp->x0);
    ra_num(b, cp->x1);
    if (cp->kind == RA_CALC_RIEMANN) {
        ra_num(v, (cp->x1 - cp->x0) / cp->n);
        ra_say(g,
               "The interval from x = %s to x = %s is cut into %d strips "
               "of width %s. Each rectangle is as tall as the function at "
               "the %s of its strip, so together they approximate the "
               "area under the curve: the %s sum is %s %s.",
               a, b, cp->n, v,
               cp->sample == RA_SAMPLE_MID ? "midpoint"
                                           : sample_names[cp->sample],
               sample_names[cp->sample],
               ra_num_round(w, cp->sum) ? "=" : "about", w);
        if (cp->n_fine)
            ra_say(g,
                   " Then %d thinner rectangles give %s, closer to the "
                   "exact integral.",
                   cp->n_fine, (ra_num_round(w, cp->sum_fine), w));
        exact = ra_num_round(v, cp->integral);
        ra_say(g, " The integral from %s to %s is %s %s.", a, b,
               exact ? "exactly" : "about", v);
        return;
    }
    exact = ra_num_round(v, cp->between ? fabs(cp->integral) : cp->integral);
    if (cp->between)
        ra_say(g,
               "The region between the two curves from x = %s to x = %s "
               "%sis shaded. Its area is the integral of the upper curve "
               "minus the lower one, %s %s (Simpson's rule).",
               a, b, cp->interval_given ? "" : "(where they cross) ",
               exact ? "exactly" : "about", v);
    else
        ra_say(g,
               "The region between the curve and the x axis from x = %s "
               "to x = %s is shaded. Its signed area is the definite "
               "integral, %s %s (Simpson's rule); parts below the x axis "
               "count as negative.",
               a, b, exact ? "exactly" : "about", v);
    (void)w;
}

ra_try_result ra_try_calculus(ra_scene *g, const char *prompt,
                              const ra_words *ws)
{
    ra_calc_kind kind = ra_calc_kind_of(ws);
    ra_calc_plan cp;
    char why[400] = "";
    int rc;

    if (kind == RA_CALC_NONE)
        return RA_TRY_NO;
    rc = ra_plan_calculus(&cp, kind, prompt, ws, why, sizeof(why));
    if (rc != 0) {
        ra_calc_plan_free(&cp);
        return rc > 0 ? RA_TRY_NO : ra_refuse(g, "%s", why);
    }
    if (kind == RA_CALC_TANGENT && cp.secant_limit)
        scene_secant_limit(g, &cp);
    else if (kind == RA_CALC_TANGENT)
        scene_tangent(g, &cp);
    else if (kind == RA_CALC_SECANT)
        scene_secant(g, &cp);
    else if (kind == RA_CALC_AREA)
        scene_area(g, &cp);
    else
        scene_riemann(g, &cp);
    if (kind == RA_CALC_TANGENT || kind == RA_CALC_SECANT) {
        explain(g, &cp);
    } else {
        explain_curves(g, cp.pl);
        explain_area(g, &cp);
    }
    ra_calc_plan_free(&cp);
    return RA_TRY_OK;
}
