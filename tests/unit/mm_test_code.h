/*
 * mm_test_code: checks on generated Manim code shared by the generator's
 * unit tests: counting occurrences, and the code with its string
 * literals emptied, so that a check sees only what Python runs.
 */
#ifndef MM_TEST_CODE_H
#define MM_TEST_CODE_H

#include <stdlib.h>
#include <string.h>

static inline int count(const char *haystack, const char *needle)
{
    int n = 0;

    while (haystack && (haystack = strstr(haystack, needle)) != NULL) {
        n++;
        haystack++;
    }
    return n;
}

/*
 * The code with the inside of every string literal removed (escapes
 * honoured), so that checks see only what Python runs. The caller frees.
 */
static inline char *outside_strings(const char *code)
{
    char *out = malloc(strlen(code) + 1), *o = out;
    int in = 0;

    if (!out)
        return NULL;
    for (; *code; code++) {
        if (in && *code == '\\' && code[1]) {
            code++;
            continue;
        }
        if (*code == '"')
            in = !in;
        if (!in || *code == '"')
            *o++ = *code;
    }
    *o = '\0';
    return out;
}

#endif /* MM_TEST_CODE_H */
