/*
 * ra_scene_revolution: a solid of revolution as code and explanation.
 * See ra_scene_revolution.h.
 */
#include "ra_scene_revolution.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "ra_plan_revolution.h"
#include "ra_scene_writer.h"

/* The solid moves right and (once the camera tilts) down, clear of the
 * labels in the top left corner. */
#define SHIFT_RIGHT 1.5
#define SHIFT_IN 1.0

/* ThreeDAxes with one unit in all directions, the camera looking down. */
static void code_axes(ra_scene *g, const ra_revolution_plan *rp)
{
    char a[32], b[32], c[32];
    double rlen = (rp->r.hi - rp->r.lo) * rp->unit;

    ra_code(g,
            RA_IND
            "self.set_camera_orientation(phi=0, theta=-90 * DEGREES)\n" RA_IND
            "axes = ThreeDAxes(\n" RA_IND "    x_range=[%s, %s, %s],\n",
            ra_num(a, rp->x.lo), ra_num(b, rp->x.hi), ra_num(c, rp->x.step));
    ra_code(g, RA_IND "    y_range=[%s, %s, %s],\n", ra_num(a, rp->r.lo),
            ra_num(b, rp->r.hi), ra_num(c, rp->r.step));
    ra_code(g, RA_IND "    z_range=[%s, %s, %s],\n", a, b, c);
    ra_code(g,
            RA_IND "    x_length=%s,\n" RA_IND "    y_length=%s,\n" RA_IND
                   "    z_length=%s,\n" RA_IND "    axis_config={\"color\": ",
            ra_num(a, (rp->x.hi - rp->x.lo) * rp->unit), ra_num(b, rlen),
            ra_num(c, rlen));
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g,
            "},\n" RA_IND ")\n" RA_IND
            "axes.shift(RIGHT * %g + IN * %g - axes.c2p(%s, 0, 0))\n" RA_IND
            "axis_labels = axes.get_axis_labels(\"x\", \"y\", \"z\")\n" RA_IND
            "axis_labels.set_color(",
            SHIFT_RIGHT, SHIFT_IN, ra_num(a, (rp->x.lo + rp->x.hi) / 2));
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ")\n");
}

/* The curve in the xy-plane and the surface it sweeps. */
static void code_shapes(ra_scene *g, const ra_revolution_plan *rp)
{
    char a[32], b[32], c[32];

    ra_code(g, RA_IND "curve = ParametricFunction(\n" RA_IND
                      "    lambda x: axes.c2p(x, ");
    ra_expr_to_python(rp->f, &g->code);
    ra_code(g, ", 0),\n" RA_IND "    t_range=[%s, %s],\n" RA_IND "    color=",
            ra_num(a, rp->a), ra_num(b, rp->b));
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ",\n" RA_IND "    stroke_width=6,\n" RA_IND ")\n" RA_IND
               "solid = Surface(\n" RA_IND "    lambda x, v: axes.c2p(x, (");
    ra_expr_to_python(rp->f, &g->code);
    ra_code(g, ") * np.cos(v), (");
    ra_expr_to_python(rp->f, &g->code);
    ra_code(g, ") * np.sin(v)),\n");
    ra_code(g,
            RA_IND
            "    u_range=[%s, %s],\n" RA_IND "    v_range=[0, TAU],\n" RA_IND
            "    resolution=(16, 24),\n" RA_IND "    checkerboard_colors=[",
            ra_num(a, rp->u_start), ra_num(b, rp->b));
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ", interpolate_color(ManimColor(");
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g,
            "), BLACK, 0.3)],\n" RA_IND "    fill_opacity=0.6,\n" RA_IND
            "    stroke_width=0.5,\n" RA_IND ")\n" RA_IND
            "disc = Circle(radius=%s * axes.y_axis.unit_size, color=",
            ra_num(c, fabs(ra_expr_eval(rp->f, rp->slice))));
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g,
            ", fill_opacity=0.5)\n" RA_IND
            "disc.rotate(PI / 2, axis=UP).move_to(axes.c2p(%s, 0, 0))\n",
            ra_num(a, rp->slice));
}

/*
 * The volume as a multiple of pi or pi^2: "8\pi", "\frac{3\pi}{5}",
 * "\frac{\pi^{2}}{2}".
 */
static void tex_pi_multiple(mm_buf *t, const ra_revolution_plan *rp)
{
    char k[32] = "", p[16] = "\\pi";

    if (labs(rp->pi_num) != 1)
        snprintf(k, sizeof(k), "%ld", labs(rp->pi_num));
    if (rp->pi_pow == 2)
        snprintf(p, sizeof(p), "\\pi^{2}");
    if (rp->pi_den == 1)
        mm_buf_printf(t, "%s%s%s", rp->pi_num < 0 ? "-" : "", k, p);
    else
        mm_buf_printf(t, "%s\\frac{%s%s}{%ld}", rp->pi_num < 0 ? "-" : "", k,
                      p, rp->pi_den);
}

/* The same for people: "8 pi", "3 pi/5", "pi^2/2". */
static void say_pi_multiple(ra_scene *g, const ra_revolution_plan *rp)
{
    ra_say(g, "%s", rp->pi_num < 0 ? "-" : "");
    if (labs(rp->pi_num) != 1)
        ra_say(g, "%ld ", labs(rp->pi_num));
    ra_say(g, "pi%s", rp->pi_pow == 2 ? "^2" : "");
    if (rp->pi_den != 1)
        ra_say(g, "/%ld", rp->pi_den);
}

/* The curve's equation and the volume, fixed in the top left corner. */
static void code_labels(ra_scene *g, const ra_revolution_plan *rp)
{
    mm_buf t = MM_BUF_INIT;

    mm_buf_puts(&t, "y = ");
    ra_expr_to_latex(rp->f, &t);
    ra_code(g, RA_IND "labels = VGroup(\n" RA_IND "    MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    ra_code(g, ", color=");
    ra_code_colour(g, RA_PALETTE(1));
    mm_buf_free(&t);
    mm_buf_puts(&t, "V = \\pi\\int_{");
    ra_tex_value(&t, rp->a);
    mm_buf_puts(&t, "}^{");
    ra_tex_value(&t, rp->b);
    mm_buf_puts(&t, "} \\left(");
    ra_expr_to_latex(rp->f, &t);
    mm_buf_puts(&t, "\\right)^{2}\\,dx");
    if (rp->pi_den) {
        mm_buf_puts(&t, " = ");
        tex_pi_multiple(&t, rp);
    }
    mm_buf_printf(&t, " \\approx %.3f", rp->volume);
    ra_code(g, "),\n" RA_IND "    MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    ra_code(g, ", color=");
    ra_code_colour(g, RA_PALETTE(3));
    mm_buf_free(&t);
    ra_code(g, "),\n" RA_IND ").arrange(DOWN, aligned_edge=LEFT, buff=0.4)"
               ".scale(0.75)\n" RA_IND "if labels.width > 6.5:\n" RA_IND
               "    labels.scale_to_fit_width(6.5)\n" RA_IND
               "labels.to_corner(UL, buff=0.4)\n" RA_IND
               "self.add_fixed_in_frame_mobjects(labels)\n" RA_IND
               "self.remove(labels)\n");
}

static void code_scene(ra_scene *g, const ra_revolution_plan *rp)
{
    char a[32];

    ra_code_header_base(g, "ThreeDScene");
    code_axes(g, rp);
    code_shapes(g, rp);
    code_labels(g, rp);
    ra_code(g,
            RA_IND
            "self.play(Create(axes), Write(axis_labels), "
            "run_time=1)\n" RA_IND
            "self.play(Create(curve), Write(labels[0]), "
            "run_time=1.5)\n" RA_IND
            "self.move_camera(phi=70 * DEGREES, theta=-60 * DEGREES, "
            "run_time=1.5)\n" RA_IND
            "self.play(Rotate(curve.copy(), TAU, axis=RIGHT, "
            "about_point=axes.c2p(%s, 0, 0)), FadeIn(solid), "
            "run_time=2.5)\n" RA_IND
            "self.play(FadeIn(disc), Write(labels[1]), run_time=1.5)\n" RA_IND
            "self.move_camera(theta=-105 * DEGREES, run_time=2)\n",
            ra_num(a, rp->a));
    g->anims += 6;
    ra_code_wait(g);
}

static void explain(ra_scene *g, const ra_revolution_plan *rp)
{
    char a[32], b[32], c[32], d[32];
    double r = fabs(ra_expr_eval(rp->f, rp->slice));

    ra_say(g, "The curve y = ");
    ra_expr_to_text(rp->f, &g->expl);
    ra_say(g,
           " is drawn for x from %s to %s%s, then the view tilts into 3D "
           "and the curve is turned once around the x-axis, sweeping out "
           "a solid. Its cross-section at each x is a disc of radius |y| "
           "and area pi y^2; one is shown at x = %s, with radius %s. ",
           ra_text_value(a, rp->a), ra_text_value(b, rp->b),
           rp->range_given ? ""
                           : " (no interval was given, so this one is "
                             "used)",
           ra_text_value(c, rp->slice), (ra_num_round(d, r), d));
    ra_say(g, "Adding up the discs gives the volume V = pi times the "
              "integral of (");
    ra_expr_to_text(rp->f, &g->expl);
    ra_say(g, ")^2 from %s to %s", a, b);
    if (rp->pi_den) {
        ra_say(g, " = ");
        say_pi_multiple(g, rp);
    }
    ra_say(g, ", about %.3f (computed with Simpson's rule).", rp->volume);
}

ra_try_result ra_try_revolution(ra_scene *g, const char *prompt,
                                const ra_words *ws)
{
    ra_revolution_plan rp;
    char why[300] = "";
    int rc;

    if (!ra_revolution_asked(prompt, ws))
        return RA_TRY_NO;
    rc = ra_plan_revolution(&rp, prompt, ws, why, sizeof(why));
    if (rc == 0 && ra_revolution_named(ws))
        rc = ra_plan_refuse(why, sizeof(why),
                            "A solid of revolution needs the curve to "
                            "turn, as in \"rotate y = sqrt(x) from 0 to 4 "
                            "around the x-axis and find the volume\".");
    if (rc <= 0) {
        ra_revolution_plan_free(&rp);
        return rc == 0 ? RA_TRY_NO : ra_refuse(g, "%s", why);
    }
    code_scene(g, &rp);
    explain(g, &rp);
    ra_revolution_plan_free(&rp);
    return RA_TRY_OK;
}
