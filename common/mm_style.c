/*
 * mm_style: the style preset table. See mm_style.h.
 */
#include "mm_style.h"

#include <string.h>

static const mm_style mm_styles[] = {
    /* Dark navy with blue, yellow and teal, as in 3Blue1Brown videos. */
    {"3Blue1Brown", "#0f1117", "#58c4dd", "#ffff00", "#83c167", "#ffffff",
     "#888888", 4.0},
    /* A chalkboard look: white board, black strokes, primary colours. */
    {"Classic", "#fdfdf8", "#1f4e9c", "#c0392b", "#27824a", "#111111",
     "#444444", 3.0},
    /* Light grey, one ink colour, thin strokes. */
    {"Minimalist", "#f4f4f4", "#222222", "#888888", "#e07a5f", "#222222",
     "#b0b0b0", 2.0},
    /* Pure black with saturated neon colours. */
    {"Dark", "#000000", "#bb86fc", "#03dac6", "#cf6679", "#e0e0e0", "#5a5a5a",
     4.0},
};

#define MM_STYLE_COUNT ((int)(sizeof(mm_styles) / sizeof(mm_styles[0])))

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
