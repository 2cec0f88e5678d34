/*
 * gen_driver: runs the offline code generator (ra_builtin) outside the
 * agent, for the prompt suite (tests/prompts/coverage.py and
 * test_prompt_suite.py compile it under build/prompts/).
 *
 *   gen_driver PROMPT    one JSON object for PROMPT
 *   gen_driver --batch   reads one JSON string (a prompt) per line of
 *                        stdin, writes one JSON object per line of stdout
 *
 * Each object is {"status": "ok" | "unsupported" | "error", "code",
 * "explanation", "animations", "message"} with null for what is absent.
 * Exit status: 0, or 2 for bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "ra_builtin.h"

static const char *const status_names[] = {"ok", "unsupported", "error"};

/* Prints the generator's answer for one prompt as one JSON line. */
static void answer(const char *prompt)
{
    ra_generated g;
    char *msg = NULL, *line;
    ra_gen_status rc = ra_builtin_generate(prompt, &g, &msg);
    json_t *o = json_object();

    json_object_set_new(o, "status", json_string(status_names[rc]));
    json_object_set_new(o, "code", g.code ? json_string(g.code) : json_null());
    json_object_set_new(o, "explanation",
                        g.explanation ? json_string(g.explanation)
                                      : json_null());
    json_object_set_new(o, "animations", json_integer(g.animation_count));
    json_object_set_new(o, "message", msg ? json_string(msg) : json_null());
    line = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
    puts(line ? line : "{\"status\": \"error\"}");
    fflush(stdout);
    free(line);
    json_decref(o);
    free(msg);
    ra_generated_free(&g);
}

/* Answers every JSON-string line of stdin. */
static int batch(void)
{
    char *buf = NULL;
    size_t cap = 0;
    ssize_t n;
    json_error_t jerr;

    while ((n = getline(&buf, &cap, stdin)) > 0) {
        json_t *s = json_loads(buf, JSON_DECODE_ANY, &jerr);

        if (json_is_string(s))
            answer(json_string_value(s));
        else
            puts("{\"status\": \"error\", \"message\": \"not a JSON "
                 "string\"}");
        json_decref(s);
    }
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: gen_driver PROMPT|--batch\n");
        return 2;
    }
    if (strcmp(argv[1], "--batch") == 0)
        return batch();
    answer(argv[1]);
    return 0;
}
