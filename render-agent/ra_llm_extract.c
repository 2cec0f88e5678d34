/*
 * ra_llm_extract: code and explanation from a model's answer. See
 * ra_llm_extract.h.
 */
#include "ra_llm_extract.h"

#include "mm_buf.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* A malloc'd copy of s[0..n) without surrounding white space. */
static char *ra_trimmed(const char *s, size_t n)
{
    char *out;

    while (n > 0 && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n > 0 && isspace((unsigned char)s[n - 1]))
        n--;
    out = malloc(n + 1);
    if (out) {
        memcpy(out, s, n);
        out[n] = '\0';
    }
    return out;
}

/* Parses s[0..n) as {"code": "...", "explanation": "..."}. */
static int ra_from_json(const char *s, size_t n, char **code, char **expl)
{
    json_t *root = json_loadb(s, n, 0, NULL);
    json_t *c = json_object_get(root, "code");
    json_t *e = json_object_get(root, "explanation");
    int ok = json_is_string(c) && json_string_length(c) > 0;

    if (ok) {
        *code = ra_trimmed(json_string_value(c), json_string_length(c));
        *expl = json_is_string(e) && json_string_length(e) > 0
                    ? ra_trimmed(json_string_value(e), json_string_length(e))
                    : strdup(RA_LLM_DEFAULT_EXPLANATION);
    }
    json_decref(root);
    return ok ? 0 : -1;
}

/* Finds the JSON object: the first '{' to the last '}' of `s`. */
static int ra_json_anywhere(const char *s, char **code, char **expl)
{
    const char *open = strchr(s, '{');
    const char *close = strrchr(s, '}');

    if (!open || !close || close < open)
        return -1;
    return ra_from_json(open, (size_t)(close - open + 1), code, expl);
}

/* 1 if the fence opened at `info` (just after ```) is for Python code. */
static int ra_python_fence(const char *info)
{
    size_t n = strcspn(info, "\r\n");

    while (n > 0 && isspace((unsigned char)info[n - 1]))
        n--;
    return n == 0 || (n == 6 && strncmp(info, "python", 6) == 0) ||
           (n == 2 && strncmp(info, "py", 2) == 0) ||
           (n == 7 && strncmp(info, "python3", 7) == 0);
}

/* A ```python block; the prose before and after it explains. */
static int ra_from_fence(const char *s, char **code, char **expl)
{
    const char *p = s, *body, *end;
    mm_buf prose = MM_BUF_INIT;

    while ((p = strstr(p, "```"))) {
        if (!ra_python_fence(p + 3)) {
            const char *close = strstr(p + 3, "```");

            if (!close)
                return -1;
            p = close + 3;
            continue;
        }
        body = p + 3 + strcspn(p + 3, "\n");
        if (*body == '\n')
            body++;
        end = strstr(body, "```");
        if (!end)
            end = body + strlen(body); /* unterminated: take the rest */
        *code = ra_trimmed(body, (size_t)(end - body));
        mm_buf_append(&prose, s, (size_t)(p - s));
        if (*end) {
            mm_buf_puts(&prose, "\n");
            mm_buf_puts(&prose, end + 3);
        }
        *expl = prose.data ? ra_trimmed(prose.data, prose.len) : NULL;
        mm_buf_free(&prose);
        if (!*expl || !**expl) {
            free(*expl);
            *expl = strdup(RA_LLM_DEFAULT_EXPLANATION);
        }
        return *code && **code ? 0 : -1;
    }
    return -1;
}

int ra_llm_extract(const char *answer, char **code, char **explanation)
{
    const char *fence;

    *code = *explanation = NULL;
    if (!answer)
        return -1;
    fence = strstr(answer, "```json");
    if (fence) {
        const char *body = fence + 7, *end = strstr(body, "```");

        if (ra_from_json(body, end ? (size_t)(end - body) : strlen(body), code,
                         explanation) == 0)
            return 0;
    }
    if (ra_json_anywhere(answer, code, explanation) == 0)
        return 0;
    if (ra_from_fence(answer, code, explanation) == 0)
        return 0;
    free(*code);
    free(*explanation);
    *code = *explanation = NULL;
    if (strstr(answer, "class ") && strstr(answer, "Scene")) {
        *code = ra_trimmed(answer, strlen(answer));
        *explanation = strdup(RA_LLM_DEFAULT_EXPLANATION);
        return 0;
    }
    return -1;
}
