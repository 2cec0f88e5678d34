/*
 * ra_validate: the validator run in a sandbox. See ra_validate.h.
 *
 * The validator parses untrusted code; a parser bug or a pathological
 * input must not reach the agent, so it runs with the same isolation as a
 * render, but with tighter limits and no work folder.
 */
#include "ra_validate.h"

#include "mm_buf.h"
#include "ra_sandbox.h"

#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RA_VALIDATE_WALL 20
#define RA_VALIDATE_MEMORY_MB 256

/* Turns the findings array into text lines; sets the first as summary. */
static void ra_verdict_findings(ra_verdict *v, json_t *findings)
{
    mm_buf b = MM_BUF_INIT;
    size_t i;
    json_t *f;

    json_array_foreach(findings, i, f)
    {
        const char *msg = json_string_value(json_object_get(f, "message"));
        const char *rule = json_string_value(json_object_get(f, "rule"));
        long line = (long)json_integer_value(json_object_get(f, "line"));
        long col = (long)json_integer_value(json_object_get(f, "col"));
        mm_buf_printf(&b, "line %ld:%ld [%s] %s\n", line, col,
                      rule ? rule : "rule", msg ? msg : "");
        if (!v->summary && msg) {
            mm_buf s = MM_BUF_INIT;
            mm_buf_printf(&s, "Line %ld: %s", line, msg);
            v->summary = mm_buf_steal(&s);
        }
    }
    v->findings = mm_buf_steal(&b);
}

static int ra_verdict_parse(const char *out, ra_verdict *v, char *err,
                            size_t errlen)
{
    json_error_t jerr;
    json_t *root = json_loads(out, 0, &jerr), *cls;

    if (!root || !json_is_object(root)) {
        snprintf(err, errlen, "the validator's answer is not JSON: %s",
                 jerr.text);
        json_decref(root);
        return -1;
    }
    v->ok = json_is_true(json_object_get(root, "ok"));
    cls = json_object_get(root, "sceneClass");
    v->scene_class =
        json_is_string(cls) ? strdup(json_string_value(cls)) : NULL;
    v->animation_count =
        (int)json_integer_value(json_object_get(root, "animationCount"));
    ra_verdict_findings(v, json_object_get(root, "findings"));
    v->findings_json =
        json_dumps(json_object_get(root, "findings"), JSON_COMPACT);
    json_decref(root);
    if (v->ok && !v->scene_class) {
        snprintf(err, errlen,
                 "the validator accepted code without naming "
                 "its scene class");
        return -1;
    }
    return 0;
}

int ra_validate(const ra_config *cfg, const char *name, const char *code,
                ra_verdict *v, char *err, size_t errlen)
{
    char python[PATH_MAX];
    const char *serr = NULL;
    ra_limits lim = {RA_VALIDATE_WALL, RA_VALIDATE_MEMORY_MB, 1, 32, 16, 1, 0};
    ra_sandbox_env env;
    ra_sandbox *sb;
    ra_sandbox_result res;
    const char *argv[] = {python, "-I", "/opt/mm_validate.py", NULL};
    const char *envp[] = {"LANG=C.UTF-8", NULL};
    int rc = -1;

    memset(v, 0, sizeof(*v));
    env.venv = cfg->venv;
    env.extra_file = cfg->validator;
    env.extra_dest = "/opt/mm_validate.py";
    snprintf(python, sizeof(python), "%s/bin/python3", cfg->venv);
    sb = ra_sandbox_create(&env, &lim, NULL, name, &serr);
    if (!sb) {
        snprintf(err, errlen, "%s", serr);
        return -1;
    }
    if (ra_sandbox_run(sb, argv, envp, code, NULL, NULL, &res) != 0)
        snprintf(err, errlen, "%s", res.err);
    else if (res.timed_out || res.oom || res.exit_code != 0)
        snprintf(err, errlen,
                 "the validator failed (exit %d, signal %d%s): "
                 "%.300s",
                 res.exit_code, res.signal, res.timed_out ? ", timed out" : "",
                 res.err);
    else
        rc = ra_verdict_parse(res.out, v, err, errlen);
    ra_sandbox_result_free(&res);
    ra_sandbox_destroy(sb);
    return rc;
}

void ra_verdict_free(ra_verdict *v)
{
    free(v->scene_class);
    free(v->findings);
    free(v->summary);
    free(v->findings_json);
    memset(v, 0, sizeof(*v));
}
