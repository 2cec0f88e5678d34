/*
 * ra_scene_trig: the unit circle and its waves as code and explanation.
 * See ra_scene_trig.h.
 */
#include "ra_scene_trig.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_trig.h"
#include "ra_scene_writer.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

#define COS_COLOUR RA_PALETTE(0)
#define SIN_COLOUR RA_PALETTE(1)
#define DOT_COLOUR RA_PALETTE(2)
#define TEXT_COLOUR RA_PALETTE(3)

/* The circle, its axes and the turning point's triangle. */
static void code_circle(ra_scene *g, const ra_trig_plan *tp)
{
    ra_code(g,
            RA_IND "theta = ValueTracker(0.001)\n" RA_IND
                   "center = np.array([%s, -0.3, 0])\n" RA_IND
                   "radius = %s\n" RA_IND
                   "circle = Circle(radius=radius, color=",
            tp->wave ? "-4.6" : "-2.8", tp->wave ? "1.5" : "2.4");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ", stroke_width=3).move_to(center)\n" RA_IND
               "x_axis = Line(center + LEFT * (radius + 0.4), center + "
               "RIGHT * (radius + 0.4), color=");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ", stroke_width=2)\n" RA_IND
               "y_axis = Line(center + DOWN * (radius + 0.4), center + UP "
               "* (radius + 0.4), color=");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ", stroke_width=2)\n" RA_IND
               "tip = lambda: center + radius * np.array([np.cos(theta."
               "get_value()), np.sin(theta.get_value()), 0])\n" RA_IND
               "foot = lambda: np.array([tip()[0], center[1], 0])\n" RA_IND
               "dot = always_redraw(lambda: Dot(tip(), radius=0.09, color=");
    ra_code_colour(g, DOT_COLOUR);
    ra_code(g, "))\n" RA_IND "hypotenuse = always_redraw(lambda: "
               "Line(center, tip(), color=");
    ra_code_colour(g, TEXT_COLOUR);
    ra_code(g, ", stroke_width=3))\n" RA_IND "cos_leg = always_redraw("
               "lambda: Line(center, foot(), color=");
    ra_code_colour(g, COS_COLOUR);
    ra_code(g, ", stroke_width=6))\n" RA_IND "sin_leg = always_redraw("
               "lambda: Line(foot(), tip(), color=");
    ra_code_colour(g, SIN_COLOUR);
    ra_code(g, ", stroke_width=6))\n" RA_IND "arc = always_redraw(lambda: "
               "Arc(radius=0.4, start_angle=0, angle=theta.get_value(), "
               "arc_center=center, color=");
    ra_code_colour(g, DOT_COLOUR);
    ra_code(g, "))\n");
}

/* One "name = value" pair of the live readout. */
static void code_readout_row(ra_scene *g, const char *var, const char *tex,
                             int colour, const char *value, int places,
                             const char *unit)
{
    ra_code(g, RA_IND "%s_name = MathTex(", var);
    mm_buf_python_string(&g->code, tex);
    ra_code(g, ", font_size=36, color=");
    ra_code_colour(g, colour);
    ra_code(g,
            ")\n" RA_IND "%s_value = DecimalNumber(0, num_decimal_places=%d, "
            "font_size=36, color=",
            var, places);
    ra_code_colour(g, colour);
    if (unit) {
        ra_code(g, ", unit=");
        mm_buf_python_string(&g->code, unit);
    }
    ra_code(g,
            ")\n" RA_IND
            "%s_value.add_updater(lambda m: m.set_value(%s))\n" RA_IND
            "%s_row = VGroup(%s_name, %s_value).arrange(RIGHT, buff=0.15)\n",
            var, value, var, var, var);
}

static void code_readout(ra_scene *g, const ra_trig_plan *tp)
{
    code_readout_row(g, "angle", "\\theta =", DOT_COLOUR,
                     "theta.get_value() * 180 / PI", 0, "^\\circ");
    code_readout_row(g, "cos", "\\cos\\theta =", COS_COLOUR,
                     "np.cos(theta.get_value())", 2, NULL);
    code_readout_row(g, "sin", "\\sin\\theta =", SIN_COLOUR,
                     "np.sin(theta.get_value())", 2, NULL);
    ra_code(g, RA_IND "readout = VGroup(angle_row, cos_row, sin_row)\n");
    if (tp->wave)
        ra_code(g, RA_IND "readout.arrange(RIGHT, buff=0.8).to_edge(UP, "
                          "buff=0.4)\n");
    else
        ra_code(g, RA_IND "readout.arrange(DOWN, aligned_edge=LEFT, "
                          "buff=0.45).move_to(RIGHT * 3.4 + UP * 1.2)\n");
}

/* The graph beside the circle, traced as the angle grows. */
static void code_wave(ra_scene *g, const ra_trig_plan *tp)
{
    const char *fn = tp->cosine ? "np.cos" : "np.sin";
    double xmax = 2 * M_PI * fmax(1.0, ceil(tp->turns * 4 - 1e-9) / 4);
    char a[32];

    ra_code(g,
            RA_IND "axes = Axes(x_range=[0, %s, PI / 2], y_range=[-1, 1, "
                   "1], x_length=9, y_length=2 * radius, tips=False, "
                   "axis_config={\"color\": ",
            ra_num(a, xmax));
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, "})\n" RA_IND "axes.shift(center + RIGHT * (radius + 0.8) - "
               "axes.c2p(0, 0))\n" RA_IND "axes.x_axis.add_labels({");
    ra_code(g, "PI: MathTex(\"\\\\pi\", font_size=30, color=");
    ra_code_colour(g, TEXT_COLOUR);
    ra_code(g, "), 2 * PI: MathTex(\"2\\\\pi\", font_size=30, color=");
    ra_code_colour(g, TEXT_COLOUR);
    ra_code(g,
            ")})\n" RA_IND
            "wave = always_redraw(lambda: axes.plot(lambda t: %s(t), "
            "x_range=[0, max(theta.get_value(), 0.01)], color=",
            fn);
    ra_code_colour(g, tp->cosine ? COS_COLOUR : SIN_COLOUR);
    ra_code(g,
            "))\n" RA_IND "wave_dot = always_redraw(lambda: Dot("
            "axes.c2p(theta.get_value(), %s(theta.get_value())), "
            "radius=0.07, color=",
            fn);
    ra_code_colour(g, tp->cosine ? COS_COLOUR : SIN_COLOUR);
    ra_code(g, "))\n");
    if (!tp->cosine) {
        ra_code(g, RA_IND "bridge = always_redraw(lambda: DashedLine(tip(), "
                          "axes.c2p(theta.get_value(), np.sin(theta."
                          "get_value())), stroke_width=2, color=");
        ra_code_colour(g, DOT_COLOUR);
        ra_code(g, "))\n");
    }
}

/* sin or cos of a special angle exactly ("\frac{\sqrt{3}}{2}"). */
static void tex_exact(mm_buf *t, double v)
{
    static const struct {
        double v;        /* the value */
        const char *tex; /* written exactly */
    } known[] = {{0.0, "0"},
                 {0.5, "\\frac{1}{2}"},
                 {0.70710678118654752, "\\frac{\\sqrt{2}}{2}"},
                 {0.86602540378443865, "\\frac{\\sqrt{3}}{2}"},
                 {1.0, "1"}};
    size_t k;
    char buf[32];

    for (k = 0; k < sizeof(known) / sizeof(known[0]); k++)
        if (fabs(fabs(v) - known[k].v) < 1e-9) {
            mm_buf_printf(t, "%s%s", v < 0 && known[k].v ? "-" : "",
                          known[k].tex);
            return;
        }
    ra_num_round(buf, v);
    mm_buf_printf(t, "%s", buf);
}

/* "\cos 30^\circ = \frac{\sqrt{3}}{2}" as the mobject `var`. */
static void code_exact_line(ra_scene *g, const char *var, const char *fn,
                            const mm_buf *ang, double v)
{
    mm_buf t = MM_BUF_INIT;

    mm_buf_printf(&t, "\\%s %s = ", fn, ang->data ? ang->data : "");
    tex_exact(&t, v);
    ra_code(g, RA_IND "%s = MathTex(", var);
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    ra_code(g, ", font_size=40, color=");
    ra_code_colour(g, TEXT_COLOUR);
    ra_code(g, ")\n");
    mm_buf_free(&t);
}

/* The exact cosine and sine at the angle asked for. */
static void code_exact(ra_scene *g, const ra_trig_plan *tp)
{
    mm_buf ang = MM_BUF_INIT;
    char d[32];

    if (fabs(tp->degrees - nearbyint(tp->degrees)) < 1e-9)
        mm_buf_printf(&ang, "%s^\\circ", ra_num(d, tp->degrees));
    else
        ra_tex_value(&ang, tp->angle);
    code_exact_line(g, "exact_cos", "cos", &ang, cos(tp->angle));
    code_exact_line(g, "exact_sin", "sin", &ang, sin(tp->angle));
    mm_buf_free(&ang);
    if (tp->wave)
        ra_code(g, RA_IND "exact = VGroup(exact_cos, exact_sin).arrange("
                          "RIGHT, buff=1).to_edge(DOWN, buff=0.35)\n");
    else
        ra_code(g, RA_IND "exact = VGroup(exact_cos, exact_sin).arrange("
                          "DOWN, aligned_edge=LEFT, buff=0.3)\n" RA_IND
                          "exact.next_to(readout, DOWN, buff=0.7, "
                          "aligned_edge=LEFT)\n");
    ra_code_keep_in_frame(g, "exact");
}

static void code_scene(ra_scene *g, const ra_trig_plan *tp)
{
    double target = tp->has_angle ? tp->angle : 2 * M_PI * tp->turns;
    double run = fmin(10, fmax(2.5, 6 * fabs(target) / (2 * M_PI)));
    char a[32];

    ra_code_header(g);
    code_circle(g, tp);
    code_readout(g, tp);
    if (tp->wave)
        code_wave(g, tp);
    if (tp->has_angle)
        code_exact(g, tp);
    ra_code(g,
            RA_IND
            "self.play(Create(circle), Create(x_axis), "
            "Create(y_axis)%s, run_time=1.5)\n" RA_IND
            "self.add(cos_leg, sin_leg, hypotenuse, arc, dot%s)\n" RA_IND
            "self.play(FadeIn(readout), run_time=1)\n" RA_IND
            "self.play(theta.animate.set_value(%s), "
            "run_time=%g, rate_func=%s)\n",
            tp->wave ? ", Create(axes)" : "",
            tp->wave ? (tp->cosine ? ", wave, wave_dot"
                                   : ", wave, bridge, "
                                     "wave_dot")
                     : "",
            ra_num(a, target), run, tp->wave ? "linear" : "smooth");
    g->anims += 3;
    if (tp->has_angle) {
        ra_code(g, RA_IND "self.play(Write(exact), run_time=1.5)\n");
        g->anims++;
    }
    ra_code_wait(g);
}

static void explain(ra_scene *g, const ra_trig_plan *tp)
{
    char a[32], b[32], c[32];

    ra_say(g, "A point turns counterclockwise around the unit circle "
              "(radius 1), and theta is its angle from the positive x "
              "axis. Because the radius is 1, the horizontal leg of the "
              "right triangle it makes is cos(theta) and the vertical leg "
              "is sin(theta); their values are shown at the top as they "
              "change.");
    if (tp->has_angle)
        ra_say(g,
               " The point stops at theta = %s degrees, where cos(theta) = "
               "%s and sin(theta) = %s.",
               ra_num(a, tp->degrees), (ra_num_round(b, cos(tp->angle)), b),
               (ra_num_round(c, sin(tp->angle)), c));
    if (tp->wave)
        ra_say(g,
               " On the right, the %s of the point is plotted against the "
               "angle, which traces the graph of y = %s(theta): one full "
               "turn is one period, 2 pi.",
               tp->cosine ? "horizontal position" : "height",
               tp->cosine ? "cos" : "sin");
}

ra_try_result ra_try_trig(ra_scene *g, const char *prompt, const ra_words *ws)
{
    ra_trig_plan tp;

    if (!ra_asks_trig(ws))
        return RA_TRY_NO;
    if (ra_plan_trig(&tp, prompt, ws) != 0)
        return ra_refuse(g, "The angle on the unit circle must be between "
                            "-4 and 4 full turns (-1440 to 1440 degrees).");
    code_scene(g, &tp);
    explain(g, &tp);
    return RA_TRY_OK;
}
