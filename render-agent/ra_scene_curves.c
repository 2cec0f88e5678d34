/*
 * ra_scene_curves: parametric and polar curves as code and explanation.
 * See ra_scene_curves.h.
 */
#include "ra_scene_curves.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_curves.h"
#include "ra_scene_plots.h"
#include "ra_scene_writer.h"

/* `"decimal_number_config": {...}` with the style's text colour. */
static void code_numbers(ra_scene *g, double step)
{
    ra_code(g,
            "\"decimal_number_config\": {\"num_decimal_places\": %d, "
            "\"color\": ",
            ra_axis_decimals(step));
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, "}");
}

static void code_axes(ra_scene *g, const ra_curve_plan *cp)
{
    char a[32], b[32], c[32];

    ra_code(g, RA_IND "axes = Axes(\n" RA_IND "    x_range=[%s, %s, %s],\n",
            ra_num(a, cp->xlo), ra_num(b, cp->xhi), ra_num(c, cp->step));
    ra_code(g, RA_IND "    y_range=[%s, %s, %s],\n", ra_num(a, cp->ylo),
            ra_num(b, cp->yhi), c);
    ra_code(g,
            RA_IND "    x_length=%s,\n" RA_IND "    y_length=%s,\n" RA_IND
                   "    tips=False,\n" RA_IND "    axis_config={\"color\": ",
            ra_num(a, (cp->xhi - cp->xlo) * cp->unit),
            ra_num(b, (cp->yhi - cp->ylo) * cp->unit));
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ", \"include_numbers\": True, \"font_size\": 22, ");
    code_numbers(g, cp->step);
    ra_code(g, "},\n" RA_IND ").move_to(DOWN * 0.4)\n");
}

static void code_polar_plane(ra_scene *g, const ra_curve_plan *cp)
{
    char a[32], b[32];

    ra_code(g,
            RA_IND "plane = PolarPlane(\n" RA_IND "    radius_max=%s,\n" RA_IND
                   "    size=6,\n" RA_IND "    radius_step=%s,\n" RA_IND
                   "    azimuth_step=12,\n" RA_IND
                   "    azimuth_units=\"PI radians\",\n" RA_IND
                   "    azimuth_label_font_size=22,\n" RA_IND
                   "    radius_config={\"font_size\": 22, ",
            ra_num(a, cp->rmax), ra_num(b, cp->step));
    code_numbers(g, cp->step);
    ra_code(g, "},\n" RA_IND "    background_line_style={\"stroke_color\": ");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ", \"stroke_width\": 1, \"stroke_opacity\": 0.6},\n" RA_IND
               ")\n" RA_IND "plane.add_coordinates()\n" RA_IND
               "plane.coordinate_labels.set_color(");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ")\n" RA_IND "plane.move_to(DOWN * 0.3)\n");
}

static void code_curve(ra_scene *g, const ra_curve_plan *cp)
{
    char a[32], b[32], c[32];

    if (cp->polar) {
        ra_code(g, RA_IND "curve = plane.plot_polar_graph(lambda t: ");
        ra_expr_to_python(cp->e[0], &g->code);
        ra_code(g, ", [");
    } else {
        ra_code(g, RA_IND "curve = axes.plot_parametric_curve(lambda t: "
                          "np.array([");
        ra_expr_to_python(cp->e[0], &g->code);
        ra_code(g, ", ");
        ra_expr_to_python(cp->e[1], &g->code);
        ra_code(g, "]), t_range=[");
    }
    ra_code(g, "%s, %s, %s], color=", ra_num(a, cp->t0), ra_num(b, cp->t1),
            ra_num(c, (cp->t1 - cp->t0) / 600));
    ra_code_colour(g, cp->colour);
    ra_code(g, ", stroke_width=%g)\n", g->st->stroke_width);
}

/* The equations in the top left corner, under the curve's name. */
static void code_label(ra_scene *g, const ra_curve_plan *cp)
{
    mm_buf t = MM_BUF_INIT;

    if (cp->polar) {
        mm_buf_puts(&t, "r = ");
        ra_expr_to_latex(cp->e[0], &t);
    } else {
        mm_buf_puts(&t, "x = ");
        ra_expr_to_latex(cp->e[0], &t);
        mm_buf_puts(&t, ", \\quad y = ");
        ra_expr_to_latex(cp->e[1], &t);
    }
    ra_code(g, RA_IND "label = MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    ra_code(g, ", font_size=36, color=");
    ra_code_colour(g, cp->colour);
    ra_code(g, ")\n");
    mm_buf_free(&t);
    if (cp->name) {
        ra_code(g, RA_IND "name = Text(");
        mm_buf_python_string(&g->code, cp->name);
        ra_code(g, ", font_size=30, color=");
        mm_buf_python_string(&g->code, g->st->text);
        ra_code(g, ")\n" RA_IND "label = VGroup(name, label).arrange(DOWN, "
                   "aligned_edge=LEFT)\n");
    }
    ra_code(g, RA_IND "if label.width > 7:\n" RA_IND
                      "    label.scale_to_fit_width(7)\n" RA_IND
                      "label.to_corner(UL, buff=0.3)\n" RA_IND
                      "label.add_background_rectangle(color=");
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, ", opacity=0.8)\n");
}

static void code_scene(ra_scene *g, const ra_curve_plan *cp)
{
    ra_code_header(g);
    if (cp->polar)
        code_polar_plane(g, cp);
    else
        code_axes(g, cp);
    code_curve(g, cp);
    code_label(g, cp);
    ra_code(g, RA_IND "dot = Dot(curve.get_start(), color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g,
            ")\n" RA_IND "self.play(Create(%s), run_time=1.5)\n" RA_IND
            "self.play(Write(label), FadeIn(dot), run_time=1)\n" RA_IND
            "self.play(Create(curve), MoveAlongPath(dot, curve), "
            "run_time=4, rate_func=linear)\n",
            cp->polar ? "plane" : "axes");
    g->anims += 3;
    ra_code_wait(g);
}

static void explain(ra_scene *g, const ra_curve_plan *cp)
{
    char a[32], b[32];

    if (cp->name)
        ra_say(g, "The %s ", cp->name);
    else
        ra_say(g, "The %s curve ", cp->polar ? "polar" : "parametric");
    if (cp->polar) {
        ra_say(g, "r = ");
        ra_expr_to_text(cp->e[0], &g->expl);
    } else {
        ra_say(g, "x = ");
        ra_expr_to_text(cp->e[0], &g->expl);
        ra_say(g, ", y = ");
        ra_expr_to_text(cp->e[1], &g->expl);
    }
    ra_say(g, " is drawn for the parameter from %s to %s%s. ",
           ra_text_value(a, cp->t0), ra_text_value(b, cp->t1),
           cp->range_given ? ""
                           : " (no interval was given, so a standard "
                             "one is used)");
    if (cp->polar)
        ra_say(g, "On the polar grid, for each angle the point lies at "
                  "distance r from the centre (a negative r points the "
                  "opposite way); the dot shows the point as the angle "
                  "grows and the curve is left behind it.");
    else
        ra_say(g, "As the parameter grows, the point (x, y) moves and "
                  "leaves the curve behind it; the dot shows where it is. "
                  "Both axes use the same scale, so the shape is not "
                  "stretched.");
}

ra_try_result ra_try_curve(ra_scene *g, const char *prompt, const ra_words *ws)
{
    ra_curve_plan cp;
    char why[300] = "";

    if (!ra_asks_curve(prompt, ws))
        return RA_TRY_NO;
    if (ra_plan_curve(&cp, prompt, ws, why, sizeof(why)) != 0) {
        ra_curve_plan_free(&cp);
        return ra_refuse(g, "%s", why);
    }
    code_scene(g, &cp);
    explain(g, &cp);
    ra_curve_plan_free(&cp);
    return RA_TRY_OK;
}
