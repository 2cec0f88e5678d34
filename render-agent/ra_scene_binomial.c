/*
 * ra_scene_binomial: the binomial distribution as code and explanation.
 * See ra_scene_binomial.h.
 */
#include "ra_scene_binomial.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_binomial.h"
#include "ra_plan_fraction.h"
#include "ra_scene_writer.h"

/*
 * Count k is drawn centred on x = k + 0.5, so that the axes start at
 * x = 0: Manim puts the vertical axis at x = 0 whenever the x range
 * holds it, and with k at x = k it would run through the bar of k = 0.
 */
#define K_SHIFT 0.5
#define BAR_GAP 0.1     /* between neighbouring bars, in units of k */
#define PANEL_WIDTH 4.1 /* most the panel beside the axes may take */

/* What is counted, for people: "heads", "sixes", "successes". */
static const char *counted(const ra_binom_plan *bp)
{
    static const char *const faces[] = {"ones",  "twos",  "threes",
                                        "fours", "fives", "sixes"};

    switch (bp->story) {
    case RA_BINOM_COIN:
        return bp->tails ? "tails" : "heads";
    case RA_BINOM_DIE:
        return faces[bp->face - 1];
    default:
        return "successes";
    }
}

/* "10 coin flips", "12 rolls of a die", "20 trials" */
static void trials_phrase(char *buf, size_t n, const ra_binom_plan *bp)
{
    snprintf(buf, n, "%d %s", bp->n,
             bp->story == RA_BINOM_COIN  ? "coin flips"
             : bp->story == RA_BINOM_DIE ? "rolls of a die"
                                         : "trials");
}

static void code_axes(ra_scene *g, const ra_binom_plan *bp)
{
    char a[32], b[32];

    ra_code(g,
            RA_IND "axes = Axes(\n" RA_IND "    x_range=[0, %d, 1],\n" RA_IND
                   "    y_range=[0, %s, %s],\n" RA_IND
                   "    x_length=8,\n" RA_IND "    y_length=5,\n" RA_IND
                   "    tips=False,\n" RA_IND "    axis_config={\"color\": ",
            bp->n + 1, ra_num(a, bp->ymax), ra_num(b, bp->ystep));
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g,
            "},\n" RA_IND
            "    x_axis_config={\"include_ticks\": False},\n" RA_IND
            "    y_axis_config={\"include_numbers\": True, \"font_size\": "
            "24, \"decimal_number_config\": {\"num_decimal_places\": %d, "
            "\"color\": ",
            bp->ydecimals);
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, "}},\n" RA_IND ").to_edge(LEFT, buff=0.9).shift(DOWN * "
               "0.3)\n" RA_IND "k_labels = VGroup(*[Text(str(k), "
               "font_size=22, color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g,
            ").next_to(axes.c2p(k + %g, 0), DOWN, buff=0.15) for k in "
            "range(0, %d, %d)])\n" RA_IND "x_label = Text(",
            K_SHIFT, bp->n + 1, bp->kstep);
    snprintf(a, sizeof(a), "number of %s k", counted(bp));
    mm_buf_python_string(&g->code, a);
    ra_code(g, ", font_size=24, color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ").next_to(k_labels, DOWN, buff=0.2)\n" RA_IND
               "y_label = MathTex(\"P(X = k)\", font_size=32, color=");
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g, ").next_to(axes.y_axis, UP, buff=0.2)\n");
}

/* The bars, as tall as P(X = k); a hair of height when it is tiny, so
 * that no bar is an empty shape. */
static void code_bars(ra_scene *g, const ra_binom_plan *bp)
{
    char a[32];
    int k;

    ra_code(g, RA_IND "heights = [");
    for (k = 0; k <= bp->n; k++)
        ra_code(g, "%s%s", k ? ", " : "",
                ra_num(a, fmax(bp->prob[k], 0.002 * bp->ymax)));
    ra_code(g,
            "]\n" RA_IND "bars = VGroup(*[Polygon(axes.c2p(k + %g, 0), "
            "axes.c2p(k + %g, 0), axes.c2p(k + %g, q), axes.c2p(k + %g, q), "
            "color=",
            BAR_GAP, 1 - BAR_GAP, 1 - BAR_GAP, BAR_GAP);
    ra_code_colour(g, RA_PALETTE(0));
    ra_code(g, ", fill_opacity=0.7, stroke_width=1.5) for k, q in "
               "enumerate(heights)])\n");
}

/* The mean as a dashed line with its label. */
static void code_mean(ra_scene *g, const ra_binom_plan *bp)
{
    mm_buf t = MM_BUF_INIT;
    char a[32], b[32];

    ra_code(g,
            RA_IND "mean_line = DashedLine(axes.c2p(%s, 0), axes.c2p(%s, "
                   "%s), stroke_width=3, color=",
            ra_num(a, bp->mean + K_SHIFT), a, ra_num(b, 0.92 * bp->ymax));
    ra_code_colour(g, RA_PALETTE(2));
    mm_buf_puts(&t, "\\mu = ");
    ra_num_round(a, bp->mean);
    mm_buf_puts(&t, a);
    ra_code(g, ")\n" RA_IND "mean_label = MathTex(");
    mm_buf_python_string(&g->code, t.data ? t.data : "");
    mm_buf_free(&t);
    ra_code(g, ", font_size=30, color=");
    ra_code_colour(g, RA_PALETTE(2));
    ra_code(g, ").next_to(mean_line, UP, buff=0.1)\n");
}

/* The normal density with mean np and standard deviation sd (centred
 * at np + K_SHIFT on the axes, as the bars are). */
static void code_normal(ra_scene *g, const ra_binom_plan *bp)
{
    char mu[32], sd[32];

    ra_num(mu, bp->mean + K_SHIFT);
    ra_num(sd, bp->sd);
    ra_code(g,
            RA_IND "normal = axes.plot(lambda x: np.exp(-((x - %s) / %s) "
                   "** 2 / 2) / (%s * np.sqrt(2 * PI)), x_range=[0, %d], "
                   "color=",
            mu, sd, sd, bp->n + 1);
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ", stroke_width=4)\n");
}

/* One line of LaTeX in the panel, in a palette colour. */
static void code_panel_tex(ra_scene *g, const mm_buf *t, int colour)
{
    ra_code(g, RA_IND "panel.add(MathTex(");
    mm_buf_python_string(&g->code, t->data ? t->data : "");
    ra_code(g, ", font_size=34, color=");
    ra_code_colour(g, colour);
    ra_code(g, "))\n");
}

/* The story, the formula, the mean and the spread, top right. */
static void code_panel(ra_scene *g, const ra_binom_plan *bp)
{
    mm_buf t = MM_BUF_INIT;
    char words[64], a[32];

    trials_phrase(words, sizeof(words), bp);
    ra_code(g, RA_IND "panel = VGroup(Text(");
    mm_buf_python_string(&g->code, words);
    ra_code(g, ", font_size=30, color=");
    ra_code_colour(g, RA_PALETTE(3));
    ra_code(g, "))\n");
    mm_buf_printf(&t, "P(X = k) = \\binom{%d}{k} \\left(", bp->n);
    ra_tex_short_or_fraction(&t, bp->p);
    mm_buf_puts(&t, "\\right)^k \\left(");
    ra_tex_short_or_fraction(&t, 1 - bp->p);
    mm_buf_printf(&t, "\\right)^{%d - k}", bp->n);
    code_panel_tex(g, &t, RA_PALETTE(0));
    mm_buf_free(&t);
    mm_buf_printf(&t, "\\mu = np = %s", (ra_num_round(a, bp->mean), a));
    code_panel_tex(g, &t, RA_PALETTE(2));
    mm_buf_free(&t);
    mm_buf_printf(&t, "\\sigma = \\sqrt{np(1-p)} %s ",
                  ra_num_round(a, bp->sd) ? "=" : "\\approx");
    mm_buf_puts(&t, a);
    code_panel_tex(g, &t, RA_PALETTE(1));
    mm_buf_free(&t);
    ra_code(g,
            RA_IND "panel.arrange(DOWN, aligned_edge=LEFT, buff=0.35)\n" RA_IND
                   "if panel.width > %g:\n" RA_IND
                   "    panel.scale_to_fit_width(%g)\n" RA_IND
                   "panel.to_corner(UR, buff=0.5)\n",
            PANEL_WIDTH, PANEL_WIDTH);
}

static void code_scene(ra_scene *g, const ra_binom_plan *bp)
{
    ra_code_header(g);
    code_axes(g, bp);
    code_bars(g, bp);
    code_mean(g, bp);
    if (bp->normal)
        code_normal(g, bp);
    code_panel(g, bp);
    ra_code(g, RA_IND "self.play(Create(axes), Write(k_labels), "
                      "Write(x_label), Write(y_label), run_time=1)\n" RA_IND
                      "self.play(Write(panel[0]), Write(panel[1]), "
                      "run_time=1)\n" RA_IND
                      "self.play(LaggedStart(*[GrowFromEdge(b, DOWN) for b "
                      "in bars], lag_ratio=0.12), run_time=2.5)\n" RA_IND
                      "self.play(Create(mean_line), Write(mean_label), "
                      "Write(panel[2]), run_time=1)\n");
    g->anims += 4;
    ra_code(g,
            RA_IND "self.play(%sWrite(panel[3]), run_time=1.5)\n" RA_IND
                   "self.play(Indicate(bars[%d], color=",
            bp->normal ? "Create(normal), " : "",
            bp->asked_k >= 0 ? bp->asked_k : bp->mode);
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, "), run_time=0.8)\n");
    g->anims += 2;
    ra_code_wait(g);
}

/* ---------------------------------------------------------------------
 * Explanation
 */

/* "heads in 10 flips of a fair coin", "successes in 20 trials, each..." */
static void say_story(ra_scene *g, const ra_binom_plan *bp)
{
    char a[32];

    switch (bp->story) {
    case RA_BINOM_COIN:
        if (bp->p_given)
            ra_say(g,
                   "%s in %d flips of a coin that lands %s with "
                   "probability p = %s",
                   counted(bp), bp->n, counted(bp),
                   ra_text_short_or_fraction(a, bp->p));
        else
            ra_say(g, "%s in %d flips of a fair coin (p = 1/2)", counted(bp),
                   bp->n);
        break;
    case RA_BINOM_DIE:
        ra_say(g, "%s in %d rolls of a %sdie (p = %s)", counted(bp), bp->n,
               bp->p_given ? "" : "fair ",
               ra_text_short_or_fraction(a, bp->p));
        break;
    default:
        ra_say(g,
               "successes in %d independent trials, each a success "
               "with probability p = %s",
               bp->n, ra_text_short_or_fraction(a, bp->p));
    }
}

static void explain(ra_scene *g, const ra_binom_plan *bp)
{
    char a[32], b[32], c[32], d[32];
    double small;

    ra_say(g, "The bars show the chance P(X = k) of exactly k ");
    say_story(g, bp);
    ra_say(g,
           ": P(X = k) = C(%d, k) p^k (1 - p)^(%d - k), for k = 0 to %d. "
           "The most likely count is k = %d, with probability about %s%s. "
           "The mean is np = %s (the dashed line) and the standard "
           "deviation is sqrt(np(1 - p)) = sqrt(%s), about %s.",
           bp->n, bp->n, bp->n, bp->mode,
           (ra_num_round(a, bp->prob[bp->mode]), a),
           bp->asked_k >= 0 ? "" : " (pointed out at the end)",
           (ra_num_round(b, bp->mean), b), (ra_num_round(c, bp->var), c),
           (ra_num_round(d, bp->sd), d));
    if (bp->asked_k >= 0)
        ra_say(g,
               " The bar for k = %d, pointed out at the end, is the "
               "answer asked for: P(X = %d) is about %s.",
               bp->asked_k, bp->asked_k,
               (ra_num_round(a, bp->prob[bp->asked_k]), a));
    /* the usual rule of thumb: np and n(1 - p) both at least 5 */
    small = fmin(bp->mean, bp->n - bp->mean);
    if (bp->normal && small >= 5 - 1e-9)
        ra_say(g, " The normal curve with the same mean and standard "
                  "deviation is drawn on top and passes close to the tops "
                  "of the bars: a sum of many independent trials is "
                  "approximately normal (the central limit theorem).");
    else if (bp->normal)
        ra_say(g,
               " The normal curve with the same mean and standard "
               "deviation is drawn on top; since %s = %s is small, the "
               "bars are lopsided and the curve fits them only roughly. "
               "With more trials it fits better.",
               bp->mean <= bp->n - bp->mean ? "np" : "n(1 - p)",
               (ra_num_round(c, small), c));
    else
        ra_say(g,
               " With only %d trials the normal curve is left out; it "
               "fits the bars better as the number of trials grows.",
               bp->n);
    if (!bp->n_given)
        ra_say(g, " No number of trials was given, so n = %d is used.", bp->n);
}

ra_try_result ra_try_binomial(ra_scene *g, const char *prompt,
                              const ra_words *ws)
{
    ra_binom_plan bp;
    char why[300] = "";

    if (!ra_binom_asked(ws))
        return RA_TRY_NO;
    if (ra_plan_binomial(&bp, prompt, ws, why, sizeof(why)) != 0)
        return ra_refuse(g, "%s", why);
    code_scene(g, &bp);
    explain(g, &bp);
    return RA_TRY_OK;
}
