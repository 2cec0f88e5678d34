/*
 * mm_style: the four visual style presets of the seed (3Blue1Brown,
 * Classic, Minimalist, Dark) as data, shared by the module (which checks
 * the stylePreset of a request) and the render agent (which paints scenes
 * with the preset's colours).
 */
#ifndef MM_STYLE_H
#define MM_STYLE_H

typedef struct mm_style {
    const char *name;       /* the API's stylePreset value */
    const char *background; /* scene background, "#rrggbb" */
    const char *primary;    /* main stroke / fill colour */
    const char *secondary;  /* second object, e.g. a tangent line */
    const char *accent;     /* highlights, dots, areas */
    const char *text;       /* labels and equations */
    const char *axis;       /* axes and grids */
    double stroke_width;    /* default stroke width in Manim units */
} mm_style;

/* The preset used when a request names none. */
#define MM_STYLE_DEFAULT "3Blue1Brown"

/* Returns the preset named exactly `name`, or NULL if there is none. */
const mm_style *mm_style_find(const char *name);

/* Returns the number of presets; mm_style_at(i) for i < count is valid. */
int mm_style_count(void);

/* Returns preset i (0 <= i < mm_style_count()). */
const mm_style *mm_style_at(int i);

/* A comma-separated list of the preset names, for error messages. */
const char *mm_style_names(void);

#endif /* MM_STYLE_H */
