/*
 * ra_scene_equations: equations as code and explanation. See
 * ra_scene_equations.h.
 */
#include "ra_scene_equations.h"

#include <stddef.h>

#include "mm_buf.h"
#include "ra_plan_equations.h"
#include "ra_scene_writer.h"

/* The title (if any), the equation in LaTeX, then its outline. */
static void code_equation(ra_scene *g, const char *title, const char *latex,
                          int colour)
{
    if (title) {
        ra_code(g, RA_IND "title = Text(");
        mm_buf_python_string(&g->code, title);
        ra_code(g, ", font_size=40, color=");
        mm_buf_python_string(&g->code, g->st->text);
        ra_code(g, ")\n" RA_IND "title.to_edge(UP, buff=0.8)\n");
    }
    ra_code(g, RA_IND "equation = MathTex(");
    mm_buf_python_string(&g->code, latex);
    ra_code(g, ", font_size=60, color=");
    ra_code_colour(g, colour);
    ra_code(g, ")\n" RA_IND "if equation.width > 12:\n" RA_IND
               "    equation.scale_to_fit_width(12)\n");
    if (title) {
        ra_code(g, RA_IND "self.play(Write(title), run_time=1)\n");
        g->anims++;
    }
    ra_code(g, RA_IND "self.play(Write(equation), run_time=2)\n" RA_IND
                      "self.play(Circumscribe(equation, color=");
    mm_buf_python_string(&g->code, g->st->accent);
    ra_code(g, "), run_time=1.5)\n");
    g->anims += 2;
    ra_code_wait(g);
}

ra_try_result ra_try_named_equation(ra_scene *g, const ra_words *ws,
                                    int eq_word)
{
    const ra_equation_def *d = ra_named_equation(ws, eq_word);

    if (!d)
        return RA_TRY_NO;
    ra_code_header(g);
    code_equation(g, d->title, d->latex, ra_equation_colour(ws));
    ra_say(g,
           "The title \"%s\" appears, then the equation is written out "
           "symbol by symbol and outlined to draw attention to it. %s",
           d->title, d->about);
    return RA_TRY_OK;
}

ra_try_result ra_try_explicit_equation(ra_scene *g, const char *prompt,
                                       const ra_words *ws)
{
    mm_buf tex = MM_BUF_INIT, text = MM_BUF_INIT;

    if (ra_read_equation(prompt, &tex, &text) != 0 || !tex.data ||
        !text.data) {
        mm_buf_free(&tex);
        mm_buf_free(&text);
        return RA_TRY_NO;
    }
    ra_code_header(g);
    code_equation(g, NULL, tex.data, ra_equation_colour(ws));
    ra_say(g,
           "The equation %s is written out symbol by symbol and then "
           "outlined to draw attention to it.",
           text.data);
    mm_buf_free(&tex);
    mm_buf_free(&text);
    return RA_TRY_OK;
}
