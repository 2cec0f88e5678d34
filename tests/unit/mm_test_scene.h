/*
 * mm_test_scene: what every scene of the offline generator must be
 * (check_scene), and generating a prompt that must be answered (ok) or
 * refused with a given message (refused), for the generator's unit tests.
 */
#ifndef MM_TEST_SCENE_H
#define MM_TEST_SCENE_H

#include "mm_test.h"
#include "mm_test_code.h"
#include "ra_builtin.h"

/*
 * What every generated scene must be: the two imports and nothing else
 * imported, one class (Scene or ThreeDScene), the background, printable
 * ASCII, a final wait, an animation count that matches the code, and an
 * explanation.
 */
static inline void check_scene(const ra_generated *g)
{
    const ra_scene_colours *st = &ra_scene_colours_manim;
    char *bare = outside_strings(g->code);
    const char *p;
    int calls;

    MM_CHECK(strncmp(g->code, "from manim import *\nimport numpy as np\n",
                     39) == 0);
    MM_CHECK(bare && count(bare, "import") == 2);
    MM_CHECK(bare && count(bare, "class ") == 1);
    MM_CHECK(strstr(g->code, "class MathMotionScene(Scene):") ||
             strstr(g->code, "class MathMotionScene(ThreeDScene):"));
    MM_CHECK(strstr(g->code, st->background) != NULL);
    MM_CHECK_CONTAINS(g->code, "        self.wait(1)\n");
    for (p = g->code; *p; p++)
        MM_CHECK((*p >= 0x20 && *p < 0x7f) || *p == '\n');
    calls = count(g->code, "self.play(") + count(g->code, "self.wait(") +
            count(g->code, "self.move_camera(");
    MM_CHECK(g->animation_count == calls);
    MM_CHECK(calls >= 3 && calls <= 30);
    MM_CHECK(g->explanation && strlen(g->explanation) > 60);
    MM_CHECK(bare && !strstr(bare, "__") && !strstr(bare, "exec") &&
             !strstr(bare, "eval") && !strstr(bare, "open(") &&
             !strstr(bare, "import os") && !strstr(bare, "system"));
    free(bare);
}

/* Generates with a style; checks the scene, or that a message came. */
static inline ra_gen_status gen(const char *prompt, const char *st,
                                ra_generated *g, char **msg)
{
    ra_gen_status rc = ra_builtin_generate(prompt, g, msg);

    (void)st; /* the style is the render-time theme's, not the code's */
    if (rc == RA_GEN_OK) {
        MM_CHECK(*msg == NULL);
        check_scene(g);
    } else {
        MM_CHECK(*msg != NULL && g->code == NULL);
    }
    return rc;
}

static inline ra_generated ok(const char *prompt)
{
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(gen(prompt, "3Blue1Brown", &g, &msg) == RA_GEN_OK);
    free(msg);
    return g;
}

/* Expects a refusal whose message contains `why`. */
static inline void refused(const char *prompt, const char *why)
{
    ra_generated g;
    char *msg = NULL;

    MM_CHECK(gen(prompt, "Classic", &g, &msg) == RA_GEN_UNSUPPORTED);
    MM_CHECK_CONTAINS(msg, why);
    free(msg);
}

#endif /* MM_TEST_SCENE_H */
