/*
 * mm_style: the style preset table. See mm_style.h.
 */
#include "mm_style.h"

#include <string.h>

static const mm_style mm_styles[] = {
    /* Manim's own colours on dark navy, as in 3Blue1Brown videos: the
     * colours scenes are written in, so nothing is repainted. */
    {"3Blue1Brown",
     "Manim's own colours on dark navy, as in 3Blue1Brown videos.",
     "#0f1117",
     "#ffffff",
     "",
     1.0,
     {NULL}},
    /* A printed textbook: white paper, black ink, serif type, deep
     * primary colours and slightly finer lines. */
    {"Classic",
     "A printed textbook: white paper, black ink, serif type, deep colours.",
     "#fdfdf8",
     "#111111",
     "Latin Modern Roman",
     0.8,
     {"#1f4e9c", "#117a8b", "#27824a", "#b7950b", "#a0761d", "#c0392b",
      "#7b241c", "#6c3483", "#ad1457", "#d35400"}},
    /* Quiet and light: grey paper, muted colours, hairline strokes and a
     * plain sans-serif. */
    {"Minimalist",
     "Grey paper, muted colours, hairline strokes and plain sans-serif type.",
     "#f4f4f4",
     "#2b2b2b",
     "Latin Modern Sans",
     0.5,
     {"#3d5a80", "#5c9ead", "#81b29a", "#e07a5f", "#c9a227", "#d1495b",
      "#6b2737", "#6d597a", "#b56576", "#e09f3e"}},
    /* Pure black with saturated neon colours, heavy strokes and a
     * monospaced font. */
    {"Dark",
     "Pure black with saturated neon colours, heavy strokes and mono type.",
     "#000000",
     "#e0e0e0",
     "DejaVu Sans Mono",
     1.4,
     {"#4cc9f0", "#03dac6", "#39ff14", "#f9f871", "#ffd166", "#ff3864",
      "#cf6679", "#bb86fc", "#ff6ec7", "#ff9f1c"}},
};

#define MM_STYLE_COUNT ((int)(sizeof(mm_styles) / sizeof(mm_styles[0])))

/* Manim's names of the hues and the colours of their base shades. */
static const char *const mm_hue_names[MM_HUE_COUNT] = {
    "BLUE", "TEAL",   "GREEN",  "YELLOW", "GOLD",
    "RED",  "MAROON", "PURPLE", "PINK",   "ORANGE"};
static const char *const mm_manim_colours[MM_HUE_COUNT] = {
    "#58c4dd", "#5cd0b3", "#83c167", "#f7d96f", "#f0ac5f",
    "#fc6255", "#c55f73", "#9a72ac", "#d147bd", "#ff862f"};

const mm_style *mm_style_find(const char *name)
{
    int i;

    for (i = 0; name && i < MM_STYLE_COUNT; i++)
        if (strcmp(mm_styles[i].name, name) == 0)
            return &mm_styles[i];
    return NULL;
}

int mm_style_count(void)
{
    return MM_STYLE_COUNT;
}

const mm_style *mm_style_at(int i)
{
    return &mm_styles[i];
}

const char *mm_style_names(void)
{
    return "3Blue1Brown, Classic, Minimalist, Dark";
}

const char *mm_hue_name(mm_hue hue)
{
    return mm_hue_names[hue];
}

const char *mm_style_colour(const mm_style *style, mm_hue hue)
{
    return style->palette[hue] ? style->palette[hue] : mm_manim_colours[hue];
}
