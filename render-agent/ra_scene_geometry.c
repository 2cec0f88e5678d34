/*
 * ra_scene_geometry: named theorems of plane geometry as code and
 * explanation. See ra_scene_geometry.h.
 */
#include "ra_scene_geometry.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ra_plan_geometry.h"
#include "ra_scene_angles.h"
#include "ra_scene_figure.h"
#include "ra_scene_writer.h"

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* ---------------------------------------------------------------------
 * The Pythagorean theorem
 */

static const char *const side_names[] = {"a", "b", "c"};

/* The grid of unit squares (or one square) on side k. */
static void code_square(ra_scene *g, const ra_geo_square *s, int k)
{
    double u[2] = {s->u[0], s->u[1]}, v[2] = {s->v[0], s->v[1]};

    ra_code(g, RA_IND "sq_%s = grid_square(", side_names[k]);
    ra_fig_point(g, s->corner);
    ra_code(g, ", ");
    ra_fig_point(g, u);
    ra_code(g, ", ");
    ra_fig_point(g, v);
    ra_code(g, ", %d, ", s->cells);
    ra_code_colour(g, RA_PALETTE(k));
    ra_code(g, ")\n");
}

/*
 * The area of the square on side k, "a^2 = 3^2 = 9" ("c^2 = 5" when the
 * side is not a short number), in the square when it is big enough on
 * screen, else beside it (away from the triangle), on a backing so the
 * grid lines do not cross it. Its last part is the area.
 */
static void code_area(ra_scene *g, const ra_pythagoras_plan *pp, int k)
{
    const ra_geo_square *s = &pp->sq[k];
    double side = hypot(s->u[0], s->u[1]), c[2], out[2];
    char sq[8], len[32], power[40], value[32], var[16], w[32];
    const char *parts[] = {sq, "=", power, "=", value, NULL};
    int font = (int)fmin(40, fmax(28, 20 * side));

    snprintf(sq, sizeof(sq), "%s^2", side_names[k]);
    ra_num_round(value, k < 2 ? s->side * s->side
                              : pp->sq[0].side * pp->sq[0].side +
                                    pp->sq[1].side * pp->sq[1].side);
    if (ra_num_round(len, s->side) && strlen(len) <= 4) {
        snprintf(power, sizeof(power), "%s^2", len);
    } else {
        parts[2] = value; /* "c^2 = 5", not "c^2 = 2.236^2 = 5" */
        parts[3] = NULL;
    }
    snprintf(var, sizeof(var), "area_%s", side_names[k]);
    ra_code(g, RA_IND "%s = ", var);
    ra_fig_tex(g, parts, font, RA_PALETTE(k));
    c[0] = s->corner[0] + (s->u[0] + s->v[0]) / 2;
    c[1] = s->corner[1] + (s->u[1] + s->v[1]) / 2;
    out[0] = s->v[0] / side;
    out[1] = s->v[1] / side;
    if (side >= 1.4) {
        ra_code(g,
                "\n" RA_IND "if %s.width > %s:\n" RA_IND
                "    %s.scale_to_fit_width(%s)\n" RA_IND "%s.move_to(",
                var, ra_num(w, side * 0.95), var, w, var);
        ra_fig_point(g, c);
    } else {
        ra_code(g, "\n" RA_IND "%s.next_to(sq_%s, ", var, side_names[k]);
        ra_fig_point(g, out);
        ra_code(g, ", buff=0.15");
    }
    ra_code(g, ")\n");
    ra_code_place_label(g, var);
    ra_code(g, RA_IND "%s_back = BackgroundRectangle(%s, color=", var, var);
    mm_buf_python_string(&g->code, g->st->background);
    ra_code(g, ", fill_opacity=0.75, buff=0.08)\n");
}

/* 9 + 16 = 25 over a^2 + b^2 = c^2, right of the squares. */
static void code_sum(ra_scene *g, const ra_pythagoras_plan *pp)
{
    char v[3][32], x[32], w[32];
    const char *numbers[] = {v[0], "+", v[1], "=", v[2], NULL};
    const char *letters[] = {"a^2", "+", "b^2", "=", "c^2", NULL};
    double a2 = pp->sq[0].side * pp->sq[0].side;
    double b2 = pp->sq[1].side * pp->sq[1].side;
    int k;

    ra_num_round(v[0], a2);
    ra_num_round(v[1], b2);
    ra_num_round(v[2], a2 + b2);
    ra_code(g, RA_IND "equation = VGroup(\n" RA_IND "    ");
    ra_fig_tex(g, numbers, 56, RA_FIG_TEXT);
    ra_code(g, ",\n" RA_IND "    ");
    ra_fig_tex(g, letters, 56, RA_FIG_TEXT);
    ra_code(g,
            ",\n" RA_IND ").arrange(DOWN, buff=0.5).move_to(np.array([%s, "
            "0, 0]))\n" RA_IND "if equation.width > %s:\n" RA_IND
            "    equation.scale_to_fit_width(%s)\n",
            ra_num(x, pp->equation_x), ra_num(w, 2 * (6.9 - pp->equation_x)),
            w);
    for (k = 0; k < 3; k++) {
        ra_code(g, RA_IND "equation[0][%d].set_color(", 2 * k);
        ra_code_colour(g, RA_PALETTE(k));
        ra_code(g, ")\n");
    }
}

static void code_pythagoras(ra_scene *g, const ra_pythagoras_plan *pp)
{
    int k;

    ra_code(g, RA_IND
            "def grid_square(corner, u, v, n, color):\n" RA_IND
            "    cells = VGroup()\n" RA_IND "    for i in range(n):\n" RA_IND
            "        for j in range(n):\n" RA_IND
            "            p = corner + (i * u + j * v) / n\n" RA_IND
            "            cells.add(Polygon(p, p + u / n, p + (u + v) / "
            "n, p + v / n, color=color, stroke_width=1.5, "
            "fill_opacity=0.35))\n" RA_IND "    return cells\n\n");
    ra_code(g, RA_IND "right = ");
    ra_fig_point(g, pp->vertex[0]);
    ra_code(g, "\n" RA_IND "a_end = ");
    ra_fig_point(g, pp->vertex[1]);
    ra_code(g, "\n" RA_IND "b_end = ");
    ra_fig_point(g, pp->vertex[2]);
    ra_code(g, "\n" RA_IND "triangle = Polygon(right, a_end, b_end, color=");
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g, ", stroke_width=4)\n" RA_IND
               "corner = RightAngle(Line(right, a_end), Line(right, b_end), "
               "length=0.25, color=");
    ra_code_colour(g, RA_FIG_TEXT);
    /* in front of the squares, which share its sides */
    ra_code(g, ")\n" RA_IND "triangle.set_z_index(1)\n" RA_IND
               "corner.set_z_index(1)\n");
    for (k = 0; k < 3; k++)
        code_square(g, &pp->sq[k], k);
    for (k = 0; k < 3; k++)
        code_area(g, pp, k);
    code_sum(g, pp);
}

static void play_pythagoras(ra_scene *g)
{
    int k;

    ra_code(g, RA_IND "self.play(Create(triangle), Create(corner), "
                      "run_time=1)\n");
    for (k = 0; k < 3; k++)
        ra_code(g,
                RA_IND "self.play(LaggedStart(*[FadeIn(s) for s in sq_%s], "
                       "lag_ratio=0.05), run_time=1)\n" RA_IND
                       "self.play(FadeIn(area_%s_back), Write(area_%s), "
                       "run_time=0.5)\n",
                side_names[k], side_names[k], side_names[k]);
    ra_code(g, RA_IND "self.play(TransformFromCopy(VGroup(area_a[-1], "
                      "area_b[-1], area_c[-1]), VGroup(equation[0][0], "
                      "equation[0][2], equation[0][4])), "
                      "FadeIn(equation[0][1]), FadeIn(equation[0][3]), "
                      "run_time=1.2)\n" RA_IND
                      "self.play(Write(equation[1]), run_time=1)\n" RA_IND
                      "self.play(Circumscribe(equation[1], color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "), run_time=1)\n");
    g->anims += 10;
}

static void explain_pythagoras(ra_scene *g, const ra_pythagoras_plan *pp)
{
    double a = pp->sq[0].side, b = pp->sq[1].side, c = pp->sq[2].side;
    char sa[32], sb[32], sc[32], a2[32], b2[32], c2[32];
    int exact;

    ra_num_round(sa, a);
    ra_num_round(sb, b);
    exact = ra_num_round(sc, c);
    ra_num_round(a2, a * a);
    ra_num_round(b2, b * b);
    ra_num_round(c2, a * a + b * b);
    ra_say(g, "A right triangle with legs a = %s and b = %s is drawn, ", sa,
           sb);
    if (pp->given == 0)
        ra_say(g, "the classic 3-4-5 example since no sides were given, ");
    ra_say(g,
           "and a square is built on each side. The squares on the legs "
           "have areas %s and %s, the square on the hypotenuse c %s %s "
           "has area %s, and %s + %s = %s: a^2 + b^2 = c^2.",
           a2, b2, exact ? "=" : "~", sc, c2, a2, b2, c2);
    if (pp->counted)
        ra_say(g, " The squares are filled with unit squares that can be "
                  "counted: the ones on the legs together hold exactly as "
                  "many as the one on the hypotenuse.");
    ra_say(g, " The theorem holds for every right triangle, whatever its "
              "sides.");
}

/* ---------------------------------------------------------------------
 * The inscribed angle theorem
 */

static void code_circle_helpers(ra_scene *g, const ra_inscribed_plan *ip)
{
    char r[32];

    ra_code(g, RA_IND "center = ");
    ra_fig_point(g, ip->centre);
    ra_code(
        g,
        "\n" RA_IND "radius = %s\n\n" RA_IND "def on_circle(degrees):\n" RA_IND
        "    return center + radius * np.array([np.cos(degrees * "
        "DEGREES), np.sin(degrees * DEGREES), 0])\n\n" RA_IND
        "def angle_at(vertex, p, q):\n" RA_IND
        "    u, v = p - vertex, q - vertex\n" RA_IND
        "    cos = np.dot(u, v) / (np.linalg.norm(u) * "
        "np.linalg.norm(v))\n" RA_IND
        "    return np.degrees(np.arccos(np.clip(cos, -1, 1)))\n\n" RA_IND
        "def angle_arc(vertex, p, q, r, color):\n" RA_IND
        "    start = np.arctan2(p[1] - vertex[1], p[0] - vertex[0])\n" RA_IND
        "    turn = np.arctan2(q[1] - vertex[1], q[0] - "
        "vertex[0]) - start\n" RA_IND
        "    turn = (turn + PI) %% TAU - PI\n" RA_IND
        "    return Arc(radius=r, start_angle=start, angle=turn, "
        "arc_center=vertex, color=color, stroke_width=5)\n\n",
        ra_num(r, ip->radius));
}

/* A label for a point on the circle, just outside it. */
static void code_circle_label(ra_scene *g, const ra_inscribed_plan *ip,
                              const char *name, double at)
{
    double p[2];

    ra_fig_polar(p, ip->centre, ip->radius + 0.35, at);
    ra_code(g, RA_IND "    MathTex(\"%s\", font_size=40, color=", name);
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g, ").move_to(");
    ra_fig_point(g, p);
    ra_code(g, "),\n");
}

static void code_inscribed(ra_scene *g, const ra_inscribed_plan *ip)
{
    char a[32], b[32], c[32], p0[32], half[48], whole[48];
    const char *central_parts[] = {"\\angle AOB =", whole, NULL};
    const char *half_parts[] = {
        "\\angle APB = \\tfrac{1}{2}\\,\\angle AOB =", half, NULL};

    code_circle_helpers(g, ip);
    ra_code(g, RA_IND "circle = Circle(radius=radius, color=");
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g,
            ").move_to(center)\n" RA_IND "a = on_circle(%s)\n" RA_IND
            "b = on_circle(%s)\n" RA_IND "center_dot = Dot(center, color=",
            ra_num(a, ip->a_at), ra_num(b, ip->b_at));
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g, ")\n" RA_IND "dots = VGroup(Dot(a, color=");
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g, "), Dot(b, color=");
    ra_code_colour(g, RA_FIG_TEXT);
    ra_code(g, "))\n" RA_IND "labels = VGroup(\n");
    code_circle_label(g, ip, "A", ip->a_at);
    code_circle_label(g, ip, "B", ip->b_at);
    ra_code(g, RA_IND "    MathTex(\"O\", font_size=40, color=");
    ra_code_colour(g, RA_FIG_TEXT);
    /* above O, in the gap of the central angle; below a reflex one */
    ra_code(g, ").next_to(center, %s),\n" RA_IND ")\n",
            ip->central > 180 ? "DOWN, buff=0.6" : "UP, buff=0.15");
    /* the central angle turns from OA counter-clockwise through the arc */
    ra_code(g, RA_IND "central = VGroup(Line(center, a, color=");
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, "), Line(center, b, color=");
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g,
            "), Arc(radius=0.5, start_angle=%s * DEGREES, angle=%s * "
            "DEGREES, arc_center=center, color=",
            a, ra_num(c, ip->central));
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ", stroke_width=5))\n");
    ra_code(g,
            RA_IND "theta = ValueTracker(%s)  # where P is, degrees\n" RA_IND
                   "p_point = lambda: on_circle(theta.get_value())\n" RA_IND
                   "inscribed = always_redraw(lambda: VGroup(\n" RA_IND
                   "    Line(p_point(), a, color=",
            ra_num(p0, ip->p_path[0]));
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "),\n" RA_IND "    Line(p_point(), b, color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "),\n" RA_IND "    angle_arc(p_point(), a, b, 0.55, ");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "),\n" RA_IND "    Dot(p_point(), color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "),\n" RA_IND "))\n" RA_IND
               "p_label = always_redraw(lambda: MathTex(\"P\", font_size=40, "
               "color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ").move_to(p_point() + 0.4 * normalize(p_point() - "
               "center)))\n" RA_IND
               "value = DecimalNumber(angle_at(p_point(), a, b), "
               "num_decimal_places=1, unit=r\"^\\circ\", font_size=40, "
               "color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ")\n" RA_IND "value.add_updater(lambda d: "
               "d.set_value(angle_at(p_point(), a, b)))\n" RA_IND
               "readout = VGroup(\n" RA_IND "    VGroup(MathTex(r\"\\angle "
               "APB =\", font_size=40, color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, "), value).arrange(RIGHT),\n" RA_IND "    ");
    ra_fig_degrees(whole, ip->central);
    ra_fig_degrees(half, ip->central / 2);
    ra_fig_tex(g, central_parts, 40, RA_PALETTE(1));
    ra_code(g, ",\n" RA_IND "    ");
    ra_fig_tex(g, half_parts, 40, RA_FIG_TEXT);
    ra_code(g, ",\n" RA_IND ").arrange(DOWN, aligned_edge=LEFT, buff=0.5)"
               ".to_edge(RIGHT, buff=0.5)\n");
}

static void play_inscribed(ra_scene *g, const ra_inscribed_plan *ip)
{
    char p1[32], p2[32];

    ra_code(
        g,
        RA_IND
        "self.play(Create(circle), FadeIn(center_dot), "
        "FadeIn(dots), Write(labels), run_time=1.2)\n" RA_IND
        "self.play(Create(central), Write(readout[1]), "
        "run_time=1)\n" RA_IND "self.play(Create(inscribed), FadeIn(p_label), "
        "Write(readout[0]), run_time=1)\n" RA_IND
        "self.play(theta.animate.set_value(%s), run_time=2.5)\n" RA_IND
        "self.play(theta.animate.set_value(%s), "
        "run_time=1.5)\n" RA_IND "self.play(Write(readout[2]), run_time=1)\n",
        ra_num(p1, ip->p_path[1]), ra_num(p2, ip->p_path[2]));
    g->anims += 6;
}

static void explain_inscribed(ra_scene *g, const ra_inscribed_plan *ip)
{
    char c[32], h[32];

    ra_num_round(c, ip->central);
    ra_num_round(h, ip->central / 2);
    ra_say(g,
           "A circle with centre O and two points A and B on it is drawn; "
           "the arc AB subtends the central angle AOB = %s degrees%s. A "
           "point P moves along the other arc of the circle while the "
           "inscribed angle APB is measured live: it stays %s degrees, "
           "half the central angle, wherever P is. ",
           c, ip->given ? "" : " (an example, since no angle was given)", h);
    if (fabs(ip->central - 180) < 1e-9)
        ra_say(g, "Here AB is a diameter, so APB is a right angle (Thales' "
                  "theorem). ");
    ra_say(g, "The reason: the radii OA, OB and OP make isosceles "
              "triangles, and the angle at O outside each of them is twice "
              "its base angle at P.");
}

ra_try_result ra_try_geometry(ra_scene *g, const char *prompt,
                              const ra_words *ws)
{
    ra_geo_kind kind = ra_geo_kind_of(prompt, ws);
    ra_geo_plan gp;
    char why[400] = "";

    if (kind == RA_GEO_NONE)
        return RA_TRY_NO;
    if (ra_plan_geometry(&gp, kind, prompt, ws, why, sizeof(why)) != 0)
        return ra_refuse(g, "%s", why);
    ra_code_header(g);
    switch (kind) {
    case RA_GEO_PYTHAGORAS:
        code_pythagoras(g, &gp.u.py);
        play_pythagoras(g);
        ra_code_wait(g);
        explain_pythagoras(g, &gp.u.py);
        break;
    case RA_GEO_INSCRIBED:
        code_inscribed(g, &gp.u.in);
        play_inscribed(g, &gp.u.in);
        ra_code_wait(g);
        explain_inscribed(g, &gp.u.in);
        break;
    case RA_GEO_ANGLE_SUM:
        ra_scene_angle_sum(g, &gp.u.as);
        break;
    case RA_GEO_EXTERIOR:
        ra_scene_exterior(g, &gp.u.as);
        break;
    default:
        ra_scene_polygon_sum(g, &gp.u.ps);
    }
    return RA_TRY_OK;
}
