/*
 * ra_builtin: the offline code provider. It reads an English request and
 * writes a Manim Community scene for it without any network or language
 * model, for the everyday requests of a maths class:
 *
 *   shapes     "Draw a red square and rotate it 45 degrees"
 *   plots      "Plot y = x^2 from -3 to 3", "graph sin(x) and cos(x)"
 *   calculus   "the tangent to y = x^2 at x = 1", "a secant of x^3
 *              between x = 0 and x = 2", "the area under y = x^2 from 0
 *              to 2", "a midpoint Riemann sum of sin(x) with 6
 *              rectangles"
 *   equations  "Show the quadratic formula", "write E = mc^2"
 *   algebra    "solve 2x + 3 = 7 step by step"
 *   numbers    "show 3 + 4 on a number line", "count by 2s to 20"
 *   vectors    "add the vectors [1, 2] and [3, -1]", "apply the matrix
 *              [[1, 1], [0, 1]] to the plane", "rotate the plane 45
 *              degrees"
 *   trig       "trace the sine wave from the unit circle"
 *   complex    "plot 3 + 2i", "multiply 2 + i by 1 + i", "the cube roots
 *              of unity"
 *   charts     "a bar chart of apples 5, bananas 3, cherries 7"
 *   curves     "x = cos(3t), y = sin(2t)", "r = 1 + cos(theta)"
 *   3D         "plot the surface z = x^2 - y^2", "a rotating red cube"
 *
 * Anything else is refused with a message that says what is understood.
 *
 * Safety: no text of the request is ever copied into the code as code.
 * Colours, shapes and solids come from fixed tables, numbers are printed
 * from parsed doubles, and formulas go through ra_expr's parser and
 * printers; the only words taken over (the names and title of a bar
 * chart) and every other string are written as Python string literals
 * with mm_buf_python_string().
 */
#ifndef RA_BUILTIN_H
#define RA_BUILTIN_H

#include "mm_style.h"

/* Longest request the generator reads, in bytes. */
#define RA_BUILTIN_MAX_PROMPT 2000

typedef struct ra_generated {
    char *code;          /* Python source of one Scene subclass named
                            MathMotionScene; malloc'd */
    char *explanation;   /* one short paragraph for a person; malloc'd */
    int animation_count; /* number of self.play/self.wait calls the scene
                            makes, for progress */
} ra_generated;

typedef enum {
    RA_GEN_OK = 0,          /* *out is filled */
    RA_GEN_UNSUPPORTED = 1, /* the request is not one the generator knows */
    RA_GEN_ERROR = 2        /* bad arguments or out of memory */
} ra_gen_status;

/*
 * The colours generated scenes are written in: Manim's own (as hex) on
 * the 3Blue1Brown background, whatever the job's style. The render-time
 * theme (render-agent/theme/mm_theme.py) repaints them in the job's
 * style, as it does code from an LLM, the gallery or a person.
 */
typedef struct ra_scene_colours {
    const char *background; /* the background the scene sets */
    const char *primary;    /* main stroke / fill (BLUE) */
    const char *secondary;  /* second object, e.g. a tangent (YELLOW) */
    const char *accent;     /* highlights, dots, areas (GREEN) */
    const char *text;       /* labels and equations (WHITE) */
    const char *axis;       /* axes and grids (GREY) */
    double stroke_width;    /* Manim's default stroke width */
} ra_scene_colours;

extern const ra_scene_colours ra_scene_colours_manim;

/*
 * Writes a scene for `prompt` in ra_scene_colours_manim. On RA_GEN_OK fills
 * *out, which the caller releases with ra_generated_free(), and leaves
 * *message NULL. Otherwise *out is zeroed and *message is a malloc'd
 * sentence for a person that the caller frees (for RA_GEN_UNSUPPORTED it
 * says what the offline generator understands, with examples; it may be
 * NULL if even that allocation failed).
 */
ra_gen_status ra_builtin_generate(const char *prompt, ra_generated *out,
                                  char **message);

/* Frees the strings of *g and zeroes it; NULL is allowed. */
void ra_generated_free(ra_generated *g);

#endif /* RA_BUILTIN_H */
