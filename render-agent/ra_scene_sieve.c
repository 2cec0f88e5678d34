/*
 * ra_scene_sieve: the sieve of Eratosthenes as code and explanation. See
 * ra_scene_sieve.h.
 */
#include "ra_scene_sieve.h"

#include <math.h>
#include <stdio.h>

#include "ra_plan_sieve.h"
#include "ra_scene_writer.h"

#define CELL_GAP 0.04   /* between the cells of the grid */
#define GRID_MARGIN 0.5 /* between the grid and the left edge */

/* The colours of the sieving primes, named Manim colours in turn. */
static const char *const siever_colours[RA_SIEVE_MAX_SIEVERS] = {
    "red", "teal", "blue", "purple", "orange", "pink"};

static void code_siever_colour(ra_scene *g, int k)
{
    ra_code_colour(g, ra_colour_word(siever_colours[k]));
}

/* The grid of numbered cells, built by a loop in the scene. */
static void code_grid(ra_scene *g, const ra_sieve_plan *sp)
{
    char side[32], font[32], gap[32];

    ra_num(side, sp->cell);
    ra_num(font, 30 * sp->cell);
    ra_code(g,
            RA_IND "cells = VGroup()\n" RA_IND
                   "for n in range(1, %d):\n" RA_IND
                   "    box = Square(side_length=%s, stroke_width=1.5, "
                   "color=",
            sp->limit + 1, side);
    mm_buf_python_string(&g->code, g->st->axis);
    ra_code(g, ")\n" RA_IND "    number = Text(str(n), font_size=%s, color=",
            font);
    mm_buf_python_string(&g->code, g->st->text);
    ra_code(g,
            ")\n" RA_IND "    if number.width > %s:\n" RA_IND
            "        number.scale_to_fit_width(%s)\n" RA_IND
            "    cells.add(VGroup(box, number))\n" RA_IND
            "cells.arrange_in_grid(rows=%d, cols=%d, buff=%s)\n" RA_IND
            "cells.to_edge(LEFT, buff=%g)\n",
            ra_num(gap, 0.8 * sp->cell), gap, sp->rows, sp->cols,
            ra_num(side, CELL_GAP), GRID_MARGIN);
}

/* The width the grid takes, for the panel beside it. */
static double grid_width(const ra_sieve_plan *sp)
{
    return sp->cols * (sp->cell + CELL_GAP) - CELL_GAP;
}

/* A Text of our own words (never the request's) in the given colour. */
static void code_text(ra_scene *g, const char *words, int colour, int size)
{
    ra_code(g, "Text(");
    mm_buf_python_string(&g->code, words);
    ra_code(g, ", font_size=%d, color=", size);
    ra_code_colour(g, colour);
    ra_code(g, ")");
}

/* The title, one line per sieving prime, and the count, beside the grid. */
static void code_panel(ra_scene *g, const ra_sieve_plan *sp)
{
    char words[64], a[32];
    int k;

    ra_code(g, RA_IND "title = ");
    code_text(g, "Sieve of Eratosthenes", RA_PALETTE(3), 32);
    ra_code(g, "\n" RA_IND "legend = VGroup()\n");
    for (k = 0; k < sp->n_sievers; k++) {
        snprintf(words, sizeof(words), "multiples of %d", sp->siever[k]);
        ra_code(g, RA_IND "legend.add(");
        code_text(g, words, ra_colour_word(siever_colours[k]), 26);
        ra_code(g, ")\n");
    }
    snprintf(words, sizeof(words), "%d primes up to %d", sp->n_primes,
             sp->limit);
    ra_code(g, RA_IND "result = ");
    code_text(g, words, RA_PALETTE(1), 30);
    ra_code(g,
            "\n" RA_IND "panel = VGroup(title, *legend, result).arrange("
            "DOWN, aligned_edge=LEFT, buff=0.3)\n" RA_IND
            "result.shift(DOWN * 0.3)\n" RA_IND "if panel.width > %s:\n" RA_IND
            "    panel.scale_to_fit_width(%s)\n" RA_IND
            "panel.to_edge(RIGHT, buff=0.5)\n",
            ra_num(a, 14.2 - 2 * GRID_MARGIN - grid_width(sp) - 0.6), a);
}

/* The numbers siever k crosses out first, as a Python list. */
static void code_crossed_list(ra_scene *g, const ra_sieve_plan *sp, int k)
{
    int m, first = 1;

    ra_code(g, RA_IND "crossed = [");
    for (m = 2; m <= sp->limit; m++)
        if (sp->by[m] == k + 1) {
            ra_code(g, "%s%d", first ? "" : ", ", m);
            first = 0;
        }
    ra_code(g, "]\n");
}

/* Prime k: its cell is filled, then its multiples are struck through. */
static void play_siever(ra_scene *g, const ra_sieve_plan *sp, int k)
{
    ra_code(g, RA_IND "self.play(cells[%d][0].animate.set_fill(",
            sp->siever[k] - 1);
    code_siever_colour(g, k);
    ra_code(g, ", opacity=0.6), FadeIn(legend[%d]), run_time=0.4)\n", k);
    code_crossed_list(g, sp, k);
    ra_code(g, RA_IND "strokes = VGroup(*[Line(cells[m - 1].get_corner(DL), "
                      "cells[m - 1].get_corner(UR), stroke_width=2, color=");
    code_siever_colour(g, k);
    ra_code(g, ") for m in crossed])\n" RA_IND
               "self.play(Create(strokes, lag_ratio=0.02), *[cells[m - 1][1]"
               ".animate.set_color(");
    code_siever_colour(g, k);
    ra_code(g, ").set_opacity(0.4) for m in crossed], run_time=0.8)\n");
    g->anims += 2;
}

/* The primes no siever reached are filled, and the count written. */
static void play_primes(ra_scene *g, const ra_sieve_plan *sp)
{
    int k, first = 1;

    ra_code(g, RA_IND "survivors = [");
    for (k = 0; k < sp->n_primes; k++)
        if (sp->prime[k] * sp->prime[k] > sp->limit) {
            ra_code(g, "%s%d", first ? "" : ", ", sp->prime[k]);
            first = 0;
        }
    ra_code(g, "]\n" RA_IND "self.play(*[cells[m - 1][0].animate.set_fill(");
    ra_code_colour(g, RA_PALETTE(1));
    ra_code(g, ", opacity=0.5) for m in survivors], Write(result), "
               "run_time=1)\n");
    g->anims++;
}

static void code_scene(ra_scene *g, const ra_sieve_plan *sp)
{
    int k;

    ra_code_header(g);
    code_grid(g, sp);
    code_panel(g, sp);
    ra_code(g, RA_IND "self.play(FadeIn(cells, lag_ratio=0.01), "
                      "Write(title), run_time=1.2)\n" RA_IND
                      "self.play(cells[0][1].animate.set_opacity(0.3), "
                      "run_time=0.4)\n");
    g->anims += 2;
    for (k = 0; k < sp->n_sievers; k++)
        play_siever(g, sp, k);
    play_primes(g, sp);
    ra_code_wait(g);
}

/* ---------------------------------------------------------------------
 * Explanation
 */

/* "2, 3, 5 and 7" */
static void say_list(ra_scene *g, const int *v, int n)
{
    int k;

    for (k = 0; k < n; k++)
        ra_say(g, "%s%d", k == 0 ? "" : k == n - 1 ? " and " : ", ", v[k]);
}

static void explain(ra_scene *g, const ra_sieve_plan *sp)
{
    char root[32];
    int k;

    ra_say(g,
           "The numbers 1 to %d are laid out in a grid of %d rows of %d. "
           "1 is neither prime nor composite, so it is greyed out. Then "
           "each prime p up to sqrt(%d) = %s in turn (",
           sp->limit, sp->rows, sp->cols, sp->limit,
           (ra_num_round(root, sqrt(sp->limit)), root));
    say_list(g, sp->siever, sp->n_sievers);
    ra_say(g, ") crosses out its multiples 2p, 3p, ... that are still "
              "standing, because they have p as a factor: ");
    for (k = 0; k < sp->n_sievers; k++)
        ra_say(g, "%s%d crosses out %d%s", k ? ", " : "", sp->siever[k],
               sp->crossed[k], k ? "" : " numbers");
    ra_say(g,
           ". A composite number up to %d always has a prime factor no "
           "larger than sqrt(%d), so nothing more needs crossing out: the "
           "%d numbers left are the primes up to %d: ",
           sp->limit, sp->limit, sp->n_primes, sp->limit);
    say_list(g, sp->prime, sp->n_primes);
    ra_say(g, ".");
    if (!sp->given)
        ra_say(g, " No bound was given, so the numbers up to %d are used.",
               RA_SIEVE_DEFAULT);
}

ra_try_result ra_try_sieve(ra_scene *g, const char *prompt, const ra_words *ws)
{
    ra_sieve_plan sp;
    char why[300] = "";

    (void)prompt; /* only the numbers of the request matter */
    if (!ra_sieve_asked(ws))
        return RA_TRY_NO;
    if (ra_plan_sieve(&sp, ws, why, sizeof(why)) != 0)
        return ra_refuse(g, "%s", why);
    code_scene(g, &sp);
    explain(g, &sp);
    return RA_TRY_OK;
}
