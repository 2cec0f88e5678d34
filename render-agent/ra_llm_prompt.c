/*
 * ra_llm_prompt: prompts for LLM code providers. See ra_llm_prompt.h.
 */
#include "ra_llm_prompt.h"

#include "mm_buf.h"

#include <string.h>

#define RA_LLM_MAX_LOGS 4000 /* bytes of error logs sent for a repair */

static const char ra_llm_rules[] =
    "You write Python code for Manim Community v" RA_LLM_MANIM_VERSION
    " that animates one mathematical idea for a learner.\n"
    "Rules (the code is checked automatically and refused otherwise):\n"
    "- Exactly one class deriving from Scene (or MovingCameraScene / "
    "ThreeDScene), with a construct(self) method.\n"
    "- Allowed imports only: manim, math, numpy, itertools, random, "
    "functools, typing. Write `from manim import *` first.\n"
    "- Forbidden: file or network access (open, os, sys, subprocess, "
    "pathlib, io, socket), eval/exec/compile/__import__, dunder "
    "attributes, TexTemplate, writing to config or any global setting, "
    "SVGMobject/ImageMobject from files.\n"
    "- Use only APIs that exist in Manim Community " RA_LLM_MANIM_VERSION
    " (e.g. Create, not ShowCreation; Axes.plot, not get_graph).\n"
    "- Keep it short: at most about 20 self.play/self.wait calls and 30 "
    "seconds of animation.\n"
    "Answer with one JSON object and nothing else:\n"
    "{\"code\": \"<the whole Python file>\", \"explanation\": \"<two or "
    "three sentences for the learner about what the animation shows>\"}\n";

/* The render-time theme repaints Manim's named colours in the job's
 * style (render-agent/theme/mm_theme.py), so the model must use them. */
static const char ra_llm_colours[] =
    "Colours: use only Manim's named colours (BLUE, TEAL, GREEN, YELLOW, "
    "GOLD, RED, MAROON, PURPLE, PINK, ORANGE, each also _A to _E, WHITE "
    "for text and formulas, GREY for axes and grids), never hex strings "
    "or RGB values, and do not set the background, the font or stroke "
    "widths: the renderer applies the chosen style's palette, "
    "background, font and line weight to those.\n";

static const char ra_llm_examples[] =
    "Example request: Show the unit circle and a point moving on it.\n"
    "Example answer: {\"code\": \"from manim import *\\n\\nclass "
    "UnitCircle(Scene):\\n    def construct(self):\\n        circle = "
    "Circle(radius=2, color=BLUE)\\n        dot = Dot(circle.point_"
    "from_proportion(0), color=YELLOW)\\n        self.play(Create(circle)"
    ")\\n        self.play(MoveAlongPath(dot, circle), run_time=3)\\n    "
    "    self.wait(1)\\n\", \"explanation\": \"A point travels once around "
    "the unit circle; its coordinates are the cosine and sine of the "
    "angle.\"}\n"
    "Example request: Plot y = x^2 on axes.\n"
    "Example answer: {\"code\": \"from manim import *\\n\\nclass "
    "Parabola(Scene):\\n    def construct(self):\\n        axes = Axes("
    "x_range=[-3, 3, 1], y_range=[0, 9, 3])\\n        graph = axes.plot("
    "lambda x: x**2, color=BLUE)\\n        label = MathTex(\\\"y = "
    "x^2\\\", color=WHITE).to_corner(UR)\\n        self.play(Create(axes))"
    "\\n        self.play(Create(graph), Write(label))\\n        self.wait"
    "(1)\\n\", \"explanation\": \"The parabola y = x^2 is drawn on axes: "
    "it is symmetric about the y-axis and has its minimum at the "
    "origin.\"}\n"
    "";

char *ra_llm_system_prompt(const mm_style *style)
{
    mm_buf b = MM_BUF_INIT;

    mm_buf_puts(&b, ra_llm_rules);
    mm_buf_puts(&b, ra_llm_colours);
    if (style)
        mm_buf_printf(&b, "This video uses the \"%s\" style: %s\n",
                      style->name, style->description);
    mm_buf_puts(&b, ra_llm_examples);
    return mm_buf_steal(&b);
}

char *ra_llm_generate_message(const char *prompt)
{
    mm_buf b = MM_BUF_INIT;

    mm_buf_printf(&b, "Request: %s\nAnswer with the JSON object only.",
                  prompt ? prompt : "");
    return mm_buf_steal(&b);
}

char *ra_llm_repair_message(const char *prompt, const char *code,
                            const char *logs)
{
    mm_buf b = MM_BUF_INIT;
    size_t n = logs ? strlen(logs) : 0;

    if (n > RA_LLM_MAX_LOGS) {
        logs += n - RA_LLM_MAX_LOGS;
        n = RA_LLM_MAX_LOGS;
    }
    mm_buf_printf(&b,
                  "Request: %s\nThis code was written for the request but "
                  "failed:\n```python\n%s\n```\nWhat went wrong (trimmed):\n"
                  "%.*s\nFix the code so that it passes the rules and "
                  "renders. Answer with the JSON object only, with the "
                  "whole corrected file as \"code\".",
                  prompt && *prompt ? prompt : "(none)", code ? code : "",
                  (int)n, logs ? logs : "");
    return mm_buf_steal(&b);
}
