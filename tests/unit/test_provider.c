/*
 * Unit tests of the builtin code provider: it writes scenes for prompts
 * it understands, and its repair writes the scene anew from the prompt
 * or says clearly that only an LLM provider can repair code.
 */
#include "mm_job.h"
#include "mm_test.h"
#include "ra_provider.h"

static const ra_provider *prov;

static void test_generate_and_refuse(void)
{
    ra_provider_error err = {NULL, NULL};
    ra_generated gen;

    MM_CHECK(prov->generate(prov, "Draw a red square", mm_style_at(0), &gen,
                            &err) == 0);
    MM_CHECK_CONTAINS(gen.code, "Square");
    ra_generated_free(&gen);
    MM_CHECK(prov->generate(prov, "Write a poem about the sea", mm_style_at(0),
                            &gen, &err) == -1);
    MM_CHECK_STR(err.type, MM_ERR_UNSUPPORTED);
    MM_CHECK_CONTAINS(err.message, "understand");
    ra_provider_error_free(&err);
}

static void test_repair_rewrites_from_an_understood_prompt(void)
{
    ra_provider_error err = {NULL, NULL};
    ra_generated gen;

    MM_CHECK(prov->repair(prov, "Draw a blue circle", mm_style_at(0),
                          "import os\n", "line 1:1 [import] ...", &gen,
                          &err) == 0);
    MM_CHECK_CONTAINS(gen.code, "Circle");
    ra_generated_free(&gen);
}

static void test_repair_refuses_what_it_cannot_fix(void)
{
    ra_provider_error err = {NULL, NULL};
    ra_generated gen, same;

    MM_CHECK(prov->repair(prov, "", mm_style_at(0), "import os\n", "logs",
                          &gen, &err) == -1);
    MM_CHECK_STR(err.type, MM_ERR_UNSUPPORTED);
    MM_CHECK_CONTAINS(err.message, "cannot repair code");
    MM_CHECK_CONTAINS(err.message, "no prompt");
    MM_CHECK_CONTAINS(err.message, "LLM");
    ra_provider_error_free(&err);
    MM_CHECK(prov->repair(prov, "Write a poem", mm_style_at(0), "x = 1\n",
                          "logs", &gen, &err) == -1);
    MM_CHECK_CONTAINS(err.message, "does not understand");
    ra_provider_error_free(&err);
    /* Writing the failed code again would repair nothing. */
    MM_CHECK(prov->generate(prov, "Draw a circle", mm_style_at(0), &same,
                            &err) == 0);
    MM_CHECK(prov->repair(prov, "Draw a circle", mm_style_at(0), same.code,
                          "logs", &gen, &err) == -1);
    MM_CHECK_CONTAINS(err.message, "same failing code");
    ra_provider_error_free(&err);
    ra_generated_free(&same);
}

int main(void)
{
    prov = ra_provider_select(NULL);
    MM_CHECK_STR(prov->name, "builtin");
    MM_RUN(test_generate_and_refuse);
    MM_RUN(test_repair_rewrites_from_an_understood_prompt);
    MM_RUN(test_repair_refuses_what_it_cannot_fix);
    return mm_test_summary();
}
