/*
 * Unit tests of ra_llm_extract (code and explanation out of a model's
 * answer), ra_llm_prompt (what the model is told) and provider
 * selection.
 */
#include "mm_test.h"
#include "ra_llm_extract.h"
#include "ra_llm_prompt.h"
#include "ra_provider.h"

#include <stdlib.h>

static char *code, *expl;

static void reset(void)
{
    free(code);
    free(expl);
    code = expl = NULL;
}

static void test_bare_json(void)
{
    MM_CHECK(ra_llm_extract("{\"code\": \"from manim import *\\nclass "
                            "A(Scene):\\n    pass\\n\", \"explanation\": "
                            "\"A circle.\"}",
                            &code, &expl) == 0);
    MM_CHECK_STR(code, "from manim import *\nclass A(Scene):\n    pass");
    MM_CHECK_STR(expl, "A circle.");
    reset();
}

static void test_json_in_fence_with_prose(void)
{
    MM_CHECK(ra_llm_extract("Sure! Here it is:\n```json\n{\"code\": \"class "
                            "B(Scene): pass\", \"explanation\": \"B.\"}\n"
                            "```\nHope it helps {really}.",
                            &code, &expl) == 0);
    MM_CHECK_STR(code, "class B(Scene): pass");
    MM_CHECK_STR(expl, "B.");
    reset();
}

static void test_json_with_stray_text(void)
{
    MM_CHECK(ra_llm_extract("Answer: {\"code\": \"class C(Scene): pass\"} "
                            "-- done",
                            &code, &expl) == 0);
    MM_CHECK_STR(code, "class C(Scene): pass");
    MM_CHECK_STR(expl, RA_LLM_DEFAULT_EXPLANATION);
    reset();
}

static void test_python_fence_and_prose(void)
{
    MM_CHECK(ra_llm_extract("This scene draws a square.\n\n```python\nfrom "
                            "manim import *\nd = {1: 2}\nclass D(Scene):\n "
                            "   pass\n```\nIt rotates it too.",
                            &code, &expl) == 0);
    MM_CHECK_STR(code, "from manim import *\nd = {1: 2}\nclass D(Scene):\n"
                       "    pass");
    MM_CHECK_CONTAINS(expl, "This scene draws a square.");
    MM_CHECK_CONTAINS(expl, "It rotates it too.");
    MM_CHECK(strstr(expl, "```") == NULL);
    reset();
}

static void test_other_fences_are_skipped(void)
{
    MM_CHECK(ra_llm_extract("Run:\n```bash\nmanim x.py\n```\nCode:\n```py\n"
                            "class E(Scene): pass\n```",
                            &code, &expl) == 0);
    MM_CHECK_STR(code, "class E(Scene): pass");
    reset();
}

static void test_unterminated_fence(void)
{
    MM_CHECK(ra_llm_extract("```python\nclass F(Scene): pass\n", &code,
                            &expl) == 0);
    MM_CHECK_STR(code, "class F(Scene): pass");
    MM_CHECK_STR(expl, RA_LLM_DEFAULT_EXPLANATION);
    reset();
}

static void test_bare_code(void)
{
    MM_CHECK(ra_llm_extract("  from manim import *\nclass G(Scene): pass\n",
                            &code, &expl) == 0);
    MM_CHECK_STR(code, "from manim import *\nclass G(Scene): pass");
    reset();
}

static void test_no_code(void)
{
    MM_CHECK(ra_llm_extract("I cannot help with that.", &code, &expl) == -1);
    MM_CHECK(code == NULL && expl == NULL);
    MM_CHECK(ra_llm_extract("{\"explanation\": \"no code\"}", &code, &expl) ==
             -1);
    MM_CHECK(ra_llm_extract("{\"code\": \"\"}", &code, &expl) == -1);
    MM_CHECK(ra_llm_extract(NULL, &code, &expl) == -1);
    reset();
}

static void test_prompts(void)
{
    const mm_style *st = mm_style_at(0);
    char *sys = ra_llm_system_prompt(st);
    char *rep = ra_llm_repair_message("a circle", "class H(Scene): pass",
                                      "NameError: ShowCreation");

    MM_CHECK_CONTAINS(sys, "Manim Community v" RA_LLM_MANIM_VERSION);
    MM_CHECK_CONTAINS(sys, "numpy, itertools, random, functools, typing");
    MM_CHECK_CONTAINS(sys, "TexTemplate");
    MM_CHECK_CONTAINS(sys, "\"explanation\"");
    MM_CHECK_CONTAINS(sys, st->description);
    MM_CHECK_CONTAINS(sys, "named colours");
    MM_CHECK(!strstr(sys, "background_color"));
    MM_CHECK_CONTAINS(rep, "class H(Scene): pass");
    MM_CHECK_CONTAINS(rep, "NameError: ShowCreation");
    free(sys);
    free(rep);
}

static void test_select(void)
{
    ra_config cfg;

    memset(&cfg, 0, sizeof(cfg));
    MM_CHECK_STR(ra_provider_select(&cfg)->name, "builtin");
    cfg.llm_api_key = "k";
    MM_CHECK_STR(ra_provider_select(&cfg)->name, "openai");
    cfg.provider = "builtin";
    MM_CHECK_STR(ra_provider_select(&cfg)->name, "builtin");
    cfg.llm_api_key = NULL;
    cfg.provider = "openai"; /* e.g. a local Ollama needs no key */
    MM_CHECK_STR(ra_provider_select(&cfg)->name, "openai");
}

int main(void)
{
    MM_RUN(test_bare_json);
    MM_RUN(test_json_in_fence_with_prose);
    MM_RUN(test_json_with_stray_text);
    MM_RUN(test_python_fence_and_prose);
    MM_RUN(test_other_fences_are_skipped);
    MM_RUN(test_unterminated_fence);
    MM_RUN(test_bare_code);
    MM_RUN(test_no_code);
    MM_RUN(test_prompts);
    MM_RUN(test_select);
    return mm_test_summary();
}
