/*
 * ra_scene_shapes: shapes and their motions as code and explanation. See
 * ra_scene_shapes.h.
 */
#include "ra_scene_shapes.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ra_plan_shapes.h"
#include "ra_scene_writer.h"
#include "ra_shape_layout.h"
#include "ra_shape_nouns.h"

#define FILL_OPACITY 0.5

/* ---------------------------------------------------------------------
 * Code
 */

/* The state of the scene while actions are written. */
typedef struct shape_state {
    int type[RA_MAX_SHAPES];     /* current shape of each object */
    int colour[RA_MAX_SHAPES];   /* current colour */
    double scale[RA_MAX_SHAPES]; /* product of the scalings so far */
    int filled;                  /* fillable shapes are filled */
    double fit;                  /* global factor from ra_shape_fit_factor() */
    unsigned gone;               /* shapes faded out so far */
} shape_state;

static void code_shape(ra_scene *g, const char *var, int type, int colour,
                       int filled)
{
    ra_code(g, RA_IND "%s = %s, color=", var, ra_shape_info(type)->ctor);
    ra_code_colour(g, colour);
    ra_code(g, ", stroke_width=%g", g->st->stroke_width);
    if (filled && ra_shape_info(type)->fillable)
        ra_code(g, ", fill_opacity=%g", FILL_OPACITY);
    ra_code(g, ")\n");
}

static void code_intro(ra_scene *g, const ra_shape_plan *pl, shape_state *ss)
{
    char b[32];
    int i, fillable = 0;

    ss->filled = pl->nact >= RA_MAX_ACTIONS;
    for (i = 0; i < pl->n; i++) {
        code_shape(g, pl->s[i].var, pl->s[i].type, pl->s[i].colour,
                   ss->filled);
        fillable += ra_shape_info(pl->s[i].type)->fillable;
    }
    ra_code(g, RA_IND "shapes = VGroup(");
    for (i = 0; i < pl->n; i++)
        ra_code(g, "%s%s", i ? ", " : "", pl->s[i].var);
    ra_code(g, ")%s\n", pl->n > 1 ? ".arrange(RIGHT, buff=0.8)" : "");
    if (ss->fit < 0.999)
        ra_code(g, RA_IND "shapes.scale(%s)\n", ra_num(b, ss->fit));
    ra_code(g, RA_IND "self.play(%s(shapes), run_time=1.5)\n",
            pl->fade_in ? "FadeIn" : "Create");
    g->anims++;
    if (ss->filled || !fillable)
        return;
    ra_code(g, RA_IND "self.play(");
    if (fillable == pl->n)
        ra_code(g, "shapes.animate.set_fill(opacity=%g), ", FILL_OPACITY);
    for (i = 0; i < pl->n && fillable < pl->n; i++)
        if (ra_shape_info(pl->s[i].type)->fillable)
            ra_code(g, "%s.animate.set_fill(opacity=%g), ", pl->s[i].var,
                    FILL_OPACITY);
    ra_code(g, "run_time=0.5)\n");
    g->anims++;
    ss->filled = 1;
}

static void code_move(ra_scene *g, const ra_action *a, double fit)
{
    char b[32];
    double dx = a->dx * a->amount * fit, dy = a->dy * a->amount * fit;

    if (dx != 0.0)
        ra_code(g, "%s * %s", ra_num(b, fabs(dx)), dx < 0 ? "LEFT" : "RIGHT");
    if (dy != 0.0)
        ra_code(g, "%s%s * %s", dx != 0.0 ? " + " : "", ra_num(b, fabs(dy)),
                dy < 0 ? "DOWN" : "UP");
}

/* Builds the target shapes of a transformation before it is played. */
static void code_targets(ra_scene *g, const ra_shape_plan *pl,
                         const ra_action *a, shape_state *ss)
{
    char b[32];
    int i, colour;

    for (i = 0; i < pl->n; i++) {
        if (!(a->targets & (1u << i)))
            continue;
        colour = a->colour >= 0 ? a->colour : ss->colour[i];
        ra_code(g, RA_IND "%s_target = %s, color=", pl->s[i].var,
                ra_shape_info(a->shape)->ctor);
        ra_code_colour(g, colour);
        ra_code(g, ", stroke_width=%g", g->st->stroke_width);
        if (ss->filled && ra_shape_info(a->shape)->fillable)
            ra_code(g, ", fill_opacity=%g", FILL_OPACITY);
        ra_code(g, ")\n" RA_IND "%s_target", pl->s[i].var);
        if (fabs(ss->scale[i] * ss->fit - 1.0) > 1e-9)
            ra_code(g, ".scale(%s)", ra_num(b, ss->scale[i] * ss->fit));
        ra_code(g, ".move_to(%s)\n", pl->s[i].var);
    }
}

/* Writes the animation of one target of an action. */
static void code_one(ra_scene *g, const ra_shape_plan *pl, const ra_action *a,
                     int i, shape_state *ss)
{
    const char *v = pl->s[i].var;
    char b[32];

    switch (a->kind) {
    case RA_ACT_ROTATE:
        ra_code(g, "Rotate(%s, angle=%s * DEGREES)", v, ra_num(b, a->amount));
        break;
    case RA_ACT_SCALE:
        ra_code(g, "%s.animate.scale(%s)", v, ra_num(b, a->amount));
        ss->scale[i] *= a->amount;
        break;
    case RA_ACT_MOVE:
        ra_code(g, "%s.animate.shift(", v);
        code_move(g, a, ss->fit);
        ra_code(g, ")");
        break;
    case RA_ACT_TRANSFORM:
        ra_code(g, "Transform(%s, %s_target)", v, v);
        ss->type[i] = a->shape;
        if (a->colour >= 0)
            ss->colour[i] = a->colour;
        break;
    case RA_ACT_COLOUR:
        ra_code(g, "%s.animate.set_color(", v);
        ra_code_colour(g, a->colour);
        ra_code(g, ")");
        ss->colour[i] = a->colour;
        break;
    case RA_ACT_FADE_OUT:
        ra_code(g, "FadeOut(%s)", v);
        break;
    }
}

static void code_action(ra_scene *g, const ra_shape_plan *pl,
                        const ra_action *a, shape_state *ss)
{
    char b[32];
    int i;

    if (a->kind == RA_ACT_TRANSFORM)
        code_targets(g, pl, a, ss);
    ra_code(g, RA_IND "self.play(");
    if (ra_shape_scales_group(pl, a, ss->gone)) {
        ra_code(g, "shapes.animate.scale(%s), run_time=1)\n",
                ra_num(b, a->amount));
        for (i = 0; i < pl->n; i++)
            ss->scale[i] *= a->amount;
        g->anims++;
        return;
    }
    for (i = 0; i < pl->n; i++) {
        if (!(a->targets & (1u << i)))
            continue;
        code_one(g, pl, a, i, ss);
        ra_code(g, ", ");
    }
    ra_code(g, "run_time=1)\n");
    g->anims++;
    if (a->kind == RA_ACT_FADE_OUT)
        ss->gone |= a->targets;
}

/* ---------------------------------------------------------------------
 * Explanation
 */

static const char *const ordinals[] = {"first",  "second", "third",
                                       "fourth", "fifth",  "sixth"};

/* "the red circle", "the second star", "it", "both shapes" */
static void explain_targets(ra_scene *g, const ra_shape_plan *pl, unsigned t,
                            unsigned visible, const shape_state *ss)
{
    int i, k, total, nth, shown = 0, count = __builtin_popcount(t);

    if (t == visible && pl->n == 1) {
        ra_say(g, "it");
        return;
    }
    if (t == visible && count > 1) {
        ra_say(g, count == 2 ? "both shapes" : "all the shapes");
        return;
    }
    for (i = 0; i < pl->n; i++) {
        if (!(t & (1u << i)))
            continue;
        for (total = 0, nth = 0, k = 0; k < pl->n; k++) {
            total += ss->type[k] == ss->type[i];
            nth += k < i && ss->type[k] == ss->type[i];
        }
        shown++;
        ra_say(g, "%sthe %s%s%s",
               shown == 1       ? ""
               : shown == count ? " and "
                                : ", ",
               total > 1 ? ordinals[nth] : "", total > 1 ? " " : "",
               ra_shape_info(ss->type[i])->word);
    }
}

/* "a red circle", "two blue squares", "a star" */
static void explain_shape(ra_scene *g, int type, int colour, int count)
{
    const char *word = ra_shape_info(type)->word;
    const char *cname = colour >= 0 ? ra_colour_name(colour) : NULL;
    int vowel = strchr("aeiou", cname ? cname[0] : word[0]) != NULL;

    if (count > 1 && count <= RA_MAX_SHAPES)
        ra_say(g, "%s ", ra_number_word(count));
    else if (count > 1)
        ra_say(g, "%d ", count);
    else
        ra_say(g, "a%s ", vowel ? "n" : "");
    if (cname)
        ra_say(g, "%s ", cname);
    ra_say(g, "%s%s", word, count > 1 ? "s" : "");
}

static void explain_action(ra_scene *g, const ra_action *a)
{
    char b[32];

    switch (a->kind) {
    case RA_ACT_ROTATE:
        ra_say(g, "rotated %s degree%s %s", ra_num(b, fabs(a->amount)),
               fabs(a->amount) == 1.0 ? "" : "s",
               a->amount < 0 ? "clockwise" : "counterclockwise");
        break;
    case RA_ACT_SCALE:
        ra_say(g, "scaled by a factor of %s", ra_num(b, a->amount));
        break;
    case RA_ACT_MOVE:
        if (a->dx != 0.0)
            ra_say(g, "moved %s unit%s %s", ra_num(b, fabs(a->dx) * a->amount),
                   fabs(a->dx) * a->amount == 1.0 ? "" : "s",
                   a->dx < 0 ? "left" : "right");
        if (a->dy != 0.0)
            ra_say(g, "%s %s unit%s %s", a->dx != 0.0 ? " and" : "moved",
                   ra_num(b, fabs(a->dy) * a->amount),
                   fabs(a->dy) * a->amount == 1.0 ? "" : "s",
                   a->dy < 0 ? "down" : "up");
        break;
    case RA_ACT_TRANSFORM:
        ra_say(g, "transformed into ");
        explain_shape(g, a->shape, a->colour, 1);
        break;
    case RA_ACT_COLOUR:
        ra_say(g, "recoloured %s", ra_colour_name(a->colour));
        break;
    case RA_ACT_FADE_OUT:
        ra_say(g, "faded out");
        break;
    }
}

/* Whether two shapes read the same in words ("two red circles"). */
static int same_look(const ra_shape_obj *a, const ra_shape_obj *b)
{
    return a->type == b->type &&
           (a->colour == b->colour || (a->colour < 0 && b->colour < 0));
}

static void explain_intro(ra_scene *g, const ra_shape_plan *pl, int fill_step)
{
    int i, k, groups = 0, ngroups = 0;

    for (k = 0; k < pl->n; k++)
        ngroups += k == 0 || !same_look(&pl->s[k], &pl->s[k - 1]);
    for (i = 0; i < pl->n; i = k) {
        for (k = i + 1; k < pl->n && same_look(&pl->s[k], &pl->s[i]); k++)
            ;
        if (++groups > 1)
            ra_say(g, groups == ngroups ? " and " : ", ");
        explain_shape(g, pl->s[i].type, pl->s[i].colour, k - i);
    }
    ra_say(g, " %s %s%s%s.", pl->n > 1 ? "are" : "is",
           pl->fade_in ? "faded in" : "drawn",
           pl->n > 1 ? " side by side" : "",
           fill_step ? " and then filled in" : "");
    if (g->expl.data && g->expl.data[0] >= 'a' && g->expl.data[0] <= 'z')
        g->expl.data[0] = (char)(g->expl.data[0] - 'a' + 'A');
}

/* ---------------------------------------------------------------------
 * The whole scene
 */

ra_try_result ra_try_shapes(ra_scene *g, const ra_words *ws)
{
    static const char *const lead[] = {"Then", "Next,", "Next,", "Next,"};
    ra_shape_plan *pl;
    shape_state ss;
    int i, anims_before;

    if (!ra_has_shape(ws))
        return RA_TRY_NO;
    pl = calloc(1, sizeof(*pl));
    if (!pl)
        return RA_TRY_NO;
    ra_plan_shapes(pl, ws);
    if (pl->n == 0) {
        free(pl);
        return RA_TRY_NO;
    }
    memset(&ss, 0, sizeof(ss));
    for (i = 0; i < pl->n; i++) {
        ss.type[i] = pl->s[i].type;
        ss.colour[i] = pl->s[i].colour;
        ss.scale[i] = 1.0;
    }
    ss.fit = ra_shape_fit_factor(pl);
    ra_code_header(g);
    anims_before = g->anims;
    code_intro(g, pl, &ss);
    explain_intro(g, pl, g->anims - anims_before > 1);
    for (i = 0; i < pl->nact; i++) {
        const ra_action *a = &pl->a[i];

        ra_say(g, " %s ", i > 0 && i == pl->nact - 1 ? "Finally," : lead[i]);
        explain_targets(g, pl, a->targets, ((1u << pl->n) - 1) & ~ss.gone,
                        &ss);
        ra_say(g, " %s ", __builtin_popcount(a->targets) > 1 ? "are" : "is");
        explain_action(g, a);
        ra_say(g, ".");
        code_action(g, pl, a, &ss);
    }
    ra_code_wait(g);
    if (pl->dropped)
        ra_say(g,
               " The request had more steps than the offline generator "
               "animates, so only the first %d were kept.",
               RA_MAX_ACTIONS);
    free(pl);
    return RA_TRY_OK;
}
