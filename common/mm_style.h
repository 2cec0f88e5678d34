/*
 * mm_style: the four visual style presets of the seed (3Blue1Brown,
 * Classic, Minimalist, Dark) as data. The module checks a request's
 * stylePreset against it and lists the presets (GET /api/styles); the
 * render agent hands the chosen preset to the render-time theme
 * (render-agent/theme/mm_theme.py), which applies it to every scene the
 * same way: scenes are written with Manim's named colours and the theme
 * maps them to the preset's palette, background, stroke and font.
 */
#ifndef MM_STYLE_H
#define MM_STYLE_H

/* The hues of Manim's named colours that a preset may repaint. */
typedef enum mm_hue {
    MM_HUE_BLUE,
    MM_HUE_TEAL,
    MM_HUE_GREEN,
    MM_HUE_YELLOW,
    MM_HUE_GOLD,
    MM_HUE_RED,
    MM_HUE_MAROON,
    MM_HUE_PURPLE,
    MM_HUE_PINK,
    MM_HUE_ORANGE,
    MM_HUE_COUNT
} mm_hue;

typedef struct mm_style {
    const char *name;        /* the API's stylePreset value */
    const char *description; /* one line for people */
    const char *background;  /* scene background, "#rrggbb" */
    const char *ink;         /* what WHITE becomes; greys are mixed from
                                the background to the ink */
    const char *font;        /* Text's font family; "" for Pango's own */
    double stroke_scale;     /* factor on every stroke width */
    /* The colour of each hue's base shade; all NULL keeps Manim's. */
    const char *palette[MM_HUE_COUNT];
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

/* Manim's name of a hue ("BLUE"). */
const char *mm_hue_name(mm_hue hue);

/* The colour a preset paints a hue's base shade: its palette's, or
 * Manim's own ("#58C4DD" for BLUE). */
const char *mm_style_colour(const mm_style *style, mm_hue hue);

#endif /* MM_STYLE_H */
