/*
 * ra_scene_chart: bar charts as code and explanation. See
 * ra_scene_chart.h.
 */
#include "ra_scene_chart.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#include "ra_plan_chart.h"
#include "ra_plan_fraction.h"
#include "ra_scene_writer.h"

static double chart_width(const ra_chart_plan *cp)
{
    return fmin(11.0, fmax(6.0, 1.4 * cp->n));
}

static void code_chart(ra_scene *g, const ra_chart_plan *cp)
{
    char a[32], b[32], c[32];
    int k;

    ra_code(g, RA_IND "values = [");
    for (k = 0; k < cp->n; k++)
        ra_code(g, "%s%s", k ? ", " : "", ra_num(a, cp->bar[k].value));
    ra_code(g,
            "]\n" RA_IND "chart = BarChart(\n" RA_IND
            "    values=values,\n" RA_IND "    y_range=[%s, %s, %s],\n" RA_IND
            "    x_length=%g,\n" RA_IND "    y_length=%g,\n" RA_IND
            "    bar_colors=[",
            ra_num(a, cp->ylo), ra_num(b, cp->yhi), ra_num(c, cp->ystep),
            chart_width(cp), cp->title[0] ? 4.8 : 5.4);
    for (k = 0; k < cp->n; k++) {
        ra_code(g, "%s", k ? ", " : "");
        ra_code_colour(g, cp->bar[k].colour);
    }
    ra_code(g, "],\n" RA_IND "    bar_fill_opacity=0.8,\n" RA_IND
               "    axis_config={\"color\": ");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g,
            "},\n" RA_IND "    y_axis_config={\"font_size\": 24, "
            "\"decimal_number_config\": {\"num_decimal_places\": %d, "
            "\"color\": ",
            cp->decimals);
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, "}},\n" RA_IND ")\n" RA_IND "chart.move_to(DOWN * %s)\n",
            cp->title[0] ? "0.5" : "0.2");
}

/* The names under the bars, each no wider than its bar's slot. */
static int code_names(ra_scene *g, const ra_chart_plan *cp)
{
    int k, named = 0;

    ra_code(g, RA_IND "names = VGroup()\n");
    for (k = 0; k < cp->n; k++) {
        if (!cp->bar[k].name[0])
            continue;
        named = 1;
        ra_code(g, RA_IND "name = Text(");
        mm_buf_python_string(&g->code, cp->bar[k].name);
        ra_code(g, ", font_size=24, color=");
        mm_buf_python_string(&g->code, g->st->text);
        ra_code(g,
                ")\n" RA_IND "if name.width > %g:\n" RA_IND
                "    name.scale_to_fit_width(%g)\n" RA_IND
                "name.next_to(chart.c2p(%d.5, 0), %s, buff=0.25)\n" RA_IND
                "names.add(name)\n",
                0.9 * chart_width(cp) / cp->n, 0.9 * chart_width(cp) / cp->n,
                k, cp->bar[k].value < 0 ? "UP" : "DOWN");
    }
    return named;
}

/* The title, when there is one, at the top. */
static void code_title(ra_scene *g, const ra_chart_plan *cp)
{
    if (!cp->title[0])
        return;
    ra_code(g, RA_IND "title = Text(");
    mm_buf_python_string(&g->code, cp->title);
    ra_code(g, ", font_size=36, color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ")\n" RA_IND "if title.width > 12:\n" RA_IND
               "    title.scale_to_fit_width(12)\n" RA_IND
               "title.to_edge(UP, buff=0.4)\n");
}

static int tallest(const ra_chart_plan *cp)
{
    int k, best = 0;

    for (k = 1; k < cp->n; k++)
        if (cp->bar[k].value > cp->bar[best].value)
            best = k;
    return best;
}

static void code_scene(ra_scene *g, const ra_chart_plan *cp)
{
    int named;

    ra_code_header(g);
    code_chart(g, cp);
    named = code_names(g, cp);
    ra_code(g, RA_IND "value_labels = chart.get_bar_labels(font_size=28, "
                      "color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ", label_constructor=MathTex)\n");
    code_title(g, cp);
    ra_code(g,
            RA_IND "self.play(Create(chart.x_axis), Create(chart.y_axis)%s, "
                   "run_time=1.5)\n" RA_IND
                   "self.play(LaggedStart(*[GrowFromEdge(bar, DOWN if "
                   "value >= 0 else UP) for bar, value in zip(chart.bars, "
                   "values)], lag_ratio=0.15), run_time=2)\n" RA_IND
                   "self.play(%sWrite(value_labels), run_time=1)\n" RA_IND
                   "self.play(Indicate(chart.bars[%d], color=",
            cp->title[0] ? ", Write(title)" : "",
            named ? "FadeIn(names), " : "", tallest(cp));
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "), run_time=1)\n");
    g->anims += 4;
    ra_code_wait(g);
}

/* A share as a percentage to one decimal: "42.9", "50". */
static const char *percent(char buf[32], double share)
{
    snprintf(buf, 32, "%.1f", 100.0 * share);
    if (strcmp(buf + strlen(buf) - 2, ".0") == 0)
        buf[strlen(buf) - 2] = '\0';
    return buf;
}

/* "apples (37.5%)" outside the middle of slice k. */
static void code_slice_label(ra_scene *g, const ra_chart_plan *cp, int k,
                             double mid, double radius)
{
    mm_buf t = MM_BUF_INIT;
    char pct[32], c[32], s[32];

    percent(pct, cp->bar[k].value / cp->total);
    if (cp->bar[k].name[0])
        mm_buf_printf(&t, "%s (%s%%)", cp->bar[k].name, pct);
    else
        mm_buf_printf(&t, "%s%%", pct);
    ra_code(g, RA_IND "label = Text(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    mm_buf_free(&t);
    ra_code(g, ", font_size=26, color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(
        g,
        ")\n" RA_IND "direction = np.array([%s, %s, 0])\n" RA_IND
        "label.next_to(center + %g * direction, direction, buff=0.15)\n" RA_IND
        "labels.add(label)\n",
        ra_num(c, cos(mid * M_PI / 180)), ra_num(s, sin(mid * M_PI / 180)),
        radius);
}

/* The slices clockwise from the top, each as big as its share. */
static void code_pie(ra_scene *g, const ra_chart_plan *cp)
{
    double start = 90, angle, radius = cp->title[0] ? 2.3 : 2.6;
    char a[32], b[32];
    int k, top = tallest(cp);

    ra_code_header(g);
    code_title(g, cp);
    ra_code(g, RA_IND "center = DOWN * 0.4\n" RA_IND
                      "sectors = VGroup()\n" RA_IND "labels = VGroup()\n");
    for (k = 0; k < cp->n; k++) {
        angle = -360.0 * cp->bar[k].value / cp->total;
        ra_code(g,
                RA_IND "sectors.add(Sector(radius=%g, start_angle=%s * "
                       "DEGREES, angle=%s * DEGREES, arc_center=center, "
                       "fill_opacity=0.85, stroke_width=2, stroke_color=",
                radius, ra_num(a, start), ra_num(b, angle));
        mm_buf_python_string(&g->code, g->st->background);
        ra_code(g, ", color=");
        ra_code_colour(g, cp->bar[k].colour);
        ra_code(g, "))\n");
        code_slice_label(g, cp, k, start + angle / 2, radius);
        if (k == top)
            ra_code(g, RA_IND "pull = 0.3 * direction\n");
        start += angle;
    }
    ra_code(g,
            RA_IND "self.play(%sLaggedStart(*[GrowFromPoint(s, center) "
                   "for s in sectors], lag_ratio=0.2), run_time=2)\n" RA_IND
                   "self.play(FadeIn(labels), run_time=1)\n" RA_IND
                   "self.play(sectors[%d].animate.shift(pull), "
                   "labels[%d].animate.shift(pull), run_time=1)\n",
            cp->title[0] ? "Write(title), " : "", top, top);
    g->anims += 3;
    ra_code_wait(g);
}

static void explain_pie(ra_scene *g, const ra_chart_plan *cp)
{
    char a[32], b[32];
    int k, top = tallest(cp);

    ra_say(g,
           "A pie chart is drawn: the whole disc is the total, %s, and "
           "each slice's angle is its share of it (",
           ra_text_number(a, cp->total));
    for (k = 0; k < cp->n; k++)
        ra_say(g, "%s%s%s%s is %s%%", k ? ", " : "", cp->bar[k].name,
               cp->bar[k].name[0] ? " " : "",
               ra_text_number(a, cp->bar[k].value),
               percent(b, cp->bar[k].value / cp->total));
    ra_say(g, "). The largest slice%s%s%s is pulled out at the end.",
           cp->bar[top].name[0] ? ", " : "", cp->bar[top].name,
           cp->bar[top].name[0] ? "," : "");
}

static void explain(ra_scene *g, const ra_chart_plan *cp)
{
    char a[32], b[32], c[32];
    int k, top = tallest(cp);

    if (cp->pie) {
        explain_pie(g, cp);
        return;
    }
    if (cp->histogram)
        ra_say(g,
               "The %d data values are counted and a histogram is drawn: "
               "one bar per value, as tall as the number of times it "
               "occurs (",
               cp->data_count);
    else
        ra_say(g, "A bar chart with %d bar%s is drawn (", cp->n,
               cp->n > 1 ? "s" : "");
    for (k = 0; k < cp->n; k++)
        ra_say(g, "%s%s%s%s", k ? ", " : "", cp->bar[k].name,
               !cp->bar[k].name[0] ? ""
               : cp->histogram     ? ": "
                                   : " ",
               ra_text_number(a, cp->bar[k].value));
    ra_say(g,
           "). Each bar grows up to its value on the vertical axis, which "
           "runs from %s to %s, and the value is written on top. The "
           "tallest bar%s%s (%s)%s is pointed out at the end.",
           ra_num(b, cp->ylo), ra_num(c, cp->yhi),
           cp->bar[top].name[0] ? ", " : "", cp->bar[top].name,
           ra_text_number(a, cp->bar[top].value),
           cp->bar[top].name[0] ? "," : "");
}

ra_try_result ra_try_chart(ra_scene *g, const char *prompt, const ra_words *ws)
{
    ra_chart_plan cp;
    char why[300] = "";

    if (!ra_asks_chart(ws))
        return RA_TRY_NO;
    if (ra_plan_chart(&cp, prompt, ws, why, sizeof(why)) != 0)
        return ra_refuse(g, "%s", why);
    if (cp.pie)
        code_pie(g, &cp);
    else
        code_scene(g, &cp);
    explain(g, &cp);
    return RA_TRY_OK;
}
