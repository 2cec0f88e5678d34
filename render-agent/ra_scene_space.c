/*
 * ra_scene_space: surfaces and solids as code and explanation. See
 * ra_scene_space.h.
 */
#include "ra_scene_space.h"

#include <stdio.h>
#include <string.h>

#include "ra_plan_space.h"
#include "ra_scene_writer.h"

static void code_surface_axes(ra_scene *g, const ra_space_plan *sp)
{
    char a[32], b[32], c[32];

    ra_code(g,
            RA_IND "self.set_camera_orientation(phi=65 * DEGREES, "
                   "theta=-50 * DEGREES, zoom=0.8)\n" RA_IND
                   "axes = ThreeDAxes(\n" RA_IND "    x_range=[%s, %s, %s],\n",
            ra_num(a, sp->lo), ra_num(b, sp->hi), ra_num(c, sp->step));
    ra_code(g, RA_IND "    y_range=[%s, %s, %s],\n", a, b, c);
    ra_code(g,
            RA_IND "    z_range=[%s, %s, %s],\n" RA_IND
                   "    x_length=5,\n" RA_IND "    y_length=5,\n" RA_IND
                   "    z_length=3.2,\n" RA_IND "    axis_config={\"color\": ",
            ra_num(a, sp->zlo), ra_num(b, sp->zhi), ra_num(c, sp->zstep));
    mm_buf_python_string(&g->code, g->st->axis);
    /* the middle of the z range, not z = 0, goes to the centre */
    ra_code(g,
            "},\n" RA_IND ")\n" RA_IND
            "axes.shift(-axes.c2p(0, 0, %s))\n" RA_IND
            "axis_labels = axes.get_axis_labels(\"x\", \"y\", \"z\")\n" RA_IND
            "axis_labels.set_color(",
            ra_num(a, (sp->zlo + sp->zhi) / 2));
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ")\n");
}

static void code_surface(ra_scene *g, const ra_space_plan *sp)
{
    char a[32], b[32], m[32];

    ra_code(g, RA_IND "surface = Surface(\n" RA_IND
                      "    lambda x, y: axes.c2p(x, y, ");
    if (sp->clipped)
        ra_code(g, "np.clip(");
    ra_expr_to_python(sp->e, &g->code);
    if (sp->clipped)
        ra_code(g, ", %s, %s)", ra_num(a, sp->zlo), ra_num(b, sp->zhi));
    ra_code(g,
            "),\n" RA_IND "    u_range=[%s, %s],\n" RA_IND
            "    v_range=[%s, %s],\n" RA_IND
            "    resolution=(20, 20),\n" RA_IND
            "    fill_opacity=0.85,\n" RA_IND "    stroke_width=0.5,\n" RA_IND
            ")\n" RA_IND "surface.set_fill_by_value(axes=axes, "
            "colorscale=[(",
            ra_num(a, sp->lo), ra_num(b, sp->hi), a, b);
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ", %s), (", ra_num(a, sp->zlo));
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ", %s), (", ra_num(m, (sp->zlo + sp->zhi) / 2));
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ", %s)], axis=2)\n", ra_num(b, sp->zhi));
}

/* A label fixed in the frame in the top left corner, hidden at first. */
static void code_fixed_label(ra_scene *g, const char *var)
{
    ra_code(g,
            RA_IND "%s.to_corner(UL, buff=0.4)\n" RA_IND
                   "self.add_fixed_in_frame_mobjects(%s)\n" RA_IND
                   "self.remove(%s)\n",
            var, var, var);
}

static void scene_surface(ra_scene *g, const ra_space_plan *sp)
{
    mm_buf t = MM_BUF_INIT;

    ra_code_header_base(g, "ThreeDScene");
    code_surface_axes(g, sp);
    code_surface(g, sp);
    mm_buf_puts(&t, "z = ");
    ra_expr_to_latex(sp->e, &t);
    ra_code(g, RA_IND "label = MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    mm_buf_free(&t);
    ra_code(g, ", font_size=40, color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ")\n" RA_IND "if label.width > 6:\n" RA_IND
               "    label.scale_to_fit_width(6)\n");
    code_fixed_label(g, "label");
    ra_code(g, RA_IND "self.play(Create(axes), Write(axis_labels), "
                      "Write(label), run_time=1.5)\n" RA_IND
                      "self.play(Create(surface), run_time=2.5)\n" RA_IND
                      "self.move_camera(phi=70 * DEGREES, theta=40 * "
                      "DEGREES, run_time=4)\n");
    g->anims += 3;
    ra_code_wait(g);
}

static void code_solid(ra_scene *g, const ra_space_plan *sp, int k)
{
    ra_code(g, RA_IND "solid_%d = %s)\n", k + 1, sp->solid[k]->ctor);
    if (sp->solid[k]->surface) {
        ra_code(g, RA_IND "solid_%d.set_fill_by_checkerboard(", k + 1);
        ra_code_colour(g, sp->colour[k]);
        ra_code(g, ", interpolate_color(ManimColor(");
        ra_code_colour(g, sp->colour[k]);
        ra_code(g,
                "), BLACK, 0.3), opacity=0.9)\n" RA_IND
                "solid_%d.set_stroke(width=0.3)\n",
                k + 1);
    } else {
        if (strstr(sp->solid[k]->ctor, "hedron("))
            /* plain faces: the vertex spheres cost a lot to draw */
            ra_code(g,
                    RA_IND "solid_%d.clear_updaters()\n" RA_IND
                           "solid_%d.remove(solid_%d.graph)\n",
                    k + 1, k + 1, k + 1);
        ra_code(g, RA_IND "solid_%d.set_fill(", k + 1);
        ra_code_colour(g, sp->colour[k]);
        ra_code(g, ", opacity=0.8).set_stroke(");
        mm_buf_python_string(&g->code, g->st->text);
        ra_code(g, ", width=1)\n");
    }
}

/* The names (and for one solid, the volume formula) in the corner. */
static void code_solid_info(ra_scene *g, const ra_space_plan *sp)
{
    mm_buf t = MM_BUF_INIT;
    int k;

    for (k = 0; k < sp->nsolid; k++)
        mm_buf_printf(&t, "%s%c%s", k ? ", " : "",
                      k ? sp->solid[k]->word[0]
                        : sp->solid[k]->word[0] - 'a' + 'A',
                      sp->solid[k]->word + 1);
    ra_code(g, RA_IND "info = VGroup(Text(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    mm_buf_free(&t);
    ra_code(g, ", font_size=36, color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ")");
    if (sp->nsolid == 1 && sp->solid[0]->formula) {
        ra_code(g, ", MathTex(");
        mm_buf_python_string(&g->code, sp->solid[0]->formula);
        ra_code(g, ", font_size=40, color=");
        mm_buf_python_string(&g->code, g->st->text);
        ra_code(g, ")");
    }
    ra_code(g, ").arrange(DOWN, aligned_edge=LEFT)\n");
    code_fixed_label(g, "info");
}

static void scene_solids(ra_scene *g, const ra_space_plan *sp)
{
    int k;

    ra_code_header_base(g, "ThreeDScene");
    ra_code(g, RA_IND "self.set_camera_orientation(phi=70 * DEGREES, "
                      "theta=30 * DEGREES, zoom=0.9)\n" RA_IND
                      "axes = ThreeDAxes(x_range=[-4, 4, 1], y_range=[-4, "
                      "4, 1], z_range=[-3, 3, 1], x_length=8, y_length=8, "
                      "z_length=6, axis_config={\"color\": ");
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, "})\n");
    for (k = 0; k < sp->nsolid; k++)
        code_solid(g, sp, k);
    ra_code(g, RA_IND "solids = VGroup(");
    for (k = 0; k < sp->nsolid; k++)
        ra_code(g, "%ssolid_%d", k ? ", " : "", k + 1);
    ra_code(g,
            ").arrange(RIGHT, buff=1)\n" RA_IND "if solids.width > 9:\n" RA_IND
            "    solids.scale_to_fit_width(9)\n");
    code_solid_info(g, sp);
    ra_code(g, RA_IND "self.play(Create(axes), run_time=1)\n" RA_IND
                      "self.play(Create(solids), run_time=2)\n" RA_IND
                      "self.play(Write(info), run_time=1)\n" RA_IND
                      "self.move_camera(phi=60 * DEGREES, theta=210 * "
                      "DEGREES, run_time=4)\n");
    g->anims += 4;
    if (sp->spin) {
        ra_code(g, RA_IND "self.play(*[Rotate(s, angle=PI, axis=OUT) for s "
                          "in solids], run_time=3)\n");
        g->anims++;
    }
    ra_code_wait(g);
}

static void explain(ra_scene *g, const ra_space_plan *sp)
{
    char a[32], b[32];
    int k;

    if (sp->surface) {
        ra_say(g, "The surface z = ");
        ra_expr_to_text(sp->e, &g->expl);
        ra_say(g,
               "%s%s%s is drawn over the square where x and y run from %s "
               "to %s%s: above each point (x, y) of the floor it rises to "
               "the height z, and its colour shows the height. The camera "
               "then turns to show its shape from another side.",
               sp->name ? " (a " : "", sp->name ? sp->name : "",
               sp->name ? ")" : "", ra_num(a, sp->lo), ra_num(b, sp->hi),
               sp->range_given ? "" : " (a standard range)");
        if (sp->clipped)
            ra_say(g, " Where it runs off the z axis it is cut flat.");
        return;
    }
    for (k = 0; k < sp->nsolid; k++)
        ra_say(g, "%s %s (%s)",
               k == 0                ? "A"
               : k == sp->nsolid - 1 ? " and a"
                                     : ", a",
               sp->solid[k]->word, sp->solid[k]->about);
    ra_say(g,
           " %s drawn in 3D and the camera moves around %s so that "
           "%s seen from every side.",
           sp->nsolid > 1 ? "are" : "is", sp->nsolid > 1 ? "them" : "it",
           sp->nsolid > 1 ? "they are" : "it is");
    if (sp->nsolid == 1 && sp->solid[0]->formula)
        ra_say(g, " Its volume formula is shown in the corner.");
    if (sp->spin)
        ra_say(g, " Finally %s half a turn.",
               sp->nsolid > 1 ? "each solid spins" : "it spins");
}

ra_try_result ra_try_space(ra_scene *g, const char *prompt, const ra_words *ws)
{
    ra_space_plan sp;
    char why[300] = "";

    if (!ra_asks_space(prompt, ws))
        return RA_TRY_NO;
    if (ra_plan_space(&sp, prompt, ws, why, sizeof(why)) != 0) {
        ra_space_plan_free(&sp);
        return ra_refuse(g, "%s", why);
    }
    if (sp.surface)
        scene_surface(g, &sp);
    else
        scene_solids(g, &sp);
    explain(g, &sp);
    ra_space_plan_free(&sp);
    return RA_TRY_OK;
}
