/*
 * ra_pipeline: a job's way from prompt to video. See ra_pipeline.h.
 */
#include "ra_pipeline.h"

#include "mm_buf.h"
#include "mm_style.h"
#include "ra_cache.h"
#include "ra_log.h"
#include "ra_media.h"
#include "ra_progress.h"
#include "ra_provider.h"
#include "ra_render.h"
#include "ra_validate.h"

#include <apr_strings.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Progress milestones, in percent. */
#define RA_PCT_VALIDATING 15
#define RA_PCT_RENDER_START 20
#define RA_PCT_RENDER_END 95

typedef struct ra_run {
    ra_agent *ag;      /* the agent */
    ra_slot *slot;     /* our worker slot */
    mm_store *st;      /* our store connection */
    apr_pool_t *pool;  /* lives as long as the job's run */
    const mm_job *job; /* as claimed */
    /* Feedback loops (README "Configuring a real provider"): code from a
     * provider that can repair it gets one regeneration after validator
     * findings and cfg.auto_repairs repairs after a render error. */
    const ra_provider *prov; /* the provider that wrote the code, or NULL */
    int attempt;             /* 1 for the first code, +1 per repair */
    const char *attempts;    /* what each attempt ran into, or NULL; put
                                before the logs of a failure */
} ra_run;

static apr_int64_t ra_lease(const ra_run *r)
{
    return mm_now_ms() + r->ag->cfg.lease_seconds * 1000LL;
}

/* Records a failure, unless the job was taken away meanwhile. */
static void ra_fail(ra_run *r, const char *type, const char *stage,
                    const char *message, const char *logs)
{
    mm_job_failure f = {type, stage, message, logs};

    if (r->attempts) {
        f.logs = apr_psprintf(r->pool,
                              "%sAttempt %d (the last) failed "
                              "with:\n%s",
                              r->attempts, r->attempt, logs ? logs : "");
    }
    int rc = mm_store_fail(r->st, r->job->id, r->slot->owner, MM_JOB_FAILED,
                           &f, mm_now_ms());

    ra_log(RA_LOG_INFO, r->job->id, "failed type=%s stage=%s%s", type, stage,
           rc == MM_STORE_OK ? "" : " (job was no longer ours)");
    if (rc == MM_STORE_ERROR)
        ra_log(RA_LOG_ERROR, r->job->id, "recording the failure: %s",
               mm_store_error(r->st));
}

/* Moves the job on; returns 0, or -1 when the job is no longer ours. */
static int ra_step(ra_run *r, mm_job_status status, int pct, const char *msg)
{
    int rc = mm_store_progress(r->st, r->job->id, r->slot->owner, status, pct,
                               msg, mm_now_ms(), ra_lease(r));

    if (rc == MM_STORE_ERROR)
        ra_log(RA_LOG_WARN, r->job->id, "progress: %s", mm_store_error(r->st));
    return rc == MM_STORE_LOST ? -1 : 0;
}

/*
 * Asks `prov` to repair the code of the job this auto-fix job was made
 * for, handing it that job's code and what went wrong. Returns the
 * provider's answer, or -1 with *err filled when that job is gone.
 */
static int ra_repair(ra_run *r, const ra_provider *prov, const mm_style *style,
                     ra_generated *gen, ra_provider_error *err)
{
    const char *logs;
    mm_job *failed = NULL;

    if (!r->job->original_failed_job_id ||
        mm_store_get(r->st, r->pool, r->job->original_failed_job_id,
                     &failed) != MM_STORE_OK) {
        err->type = MM_ERR_INTERNAL;
        err->message = strdup("The failed job this auto-fix should repair "
                              "could not be read. Please retry.");
        return -1;
    }
    logs = apr_pstrcat(
        r->pool, failed->error_message ? failed->error_message : "", "\n",
        failed->error_logs ? failed->error_logs : "", NULL);
    ra_log(RA_LOG_INFO, r->job->id, "repairing the code of job=%s with %s",
           failed->id, prov->name);
    return prov->repair(prov, r->job->prompt, style, failed->code, logs, gen,
                        err);
}

/*
 * Produces the code: the user's, or the code provider's (written from
 * the prompt, or, for an auto-fix job, repaired). Records a failure and
 * returns -1 when there is none.
 */
static int ra_get_code(ra_run *r, const char **code, const char **expl)
{
    const mm_style *style = mm_style_find(r->job->style_preset);
    const ra_provider *prov = ra_provider_select(&r->ag->cfg);
    ra_provider_error err = {NULL, NULL};
    ra_generated gen = {0};
    int rc;

    /* The user's code, or a gallery example: rendered as it is. */
    if (r->job->code && strcmp(r->job->code_source, "generated") != 0) {
        *code = r->job->code;
        *expl = r->job->explanation ? r->job->explanation
                                    : "Code submitted by the user.";
        return 0;
    }
    if (!style)
        style = mm_style_at(0);
    rc = r->job->is_auto_fix
             ? ra_repair(r, prov, style, &gen, &err)
             : prov->generate(prov, r->job->prompt, style, &gen, &err);
    if (rc != 0) {
        ra_fail(r, err.type ? err.type : MM_ERR_INTERNAL, MM_STAGE_CODE,
                err.message ? err.message : "The code generator failed.",
                NULL);
        ra_provider_error_free(&err);
        return -1;
    }
    /* The offline generator cannot repair code (it would write the same
     * scene again): only other providers get the feedback loops. */
    if (prov != ra_provider_builtin())
        r->prov = prov;
    r->attempt = 1;
    *code = apr_pstrdup(r->pool, gen.code);
    *expl = apr_pstrdup(r->pool, gen.explanation);
    ra_generated_free(&gen);
    return 0;
}

/* Records the validator's refusal of the code. */
static void ra_fail_validation(ra_run *r, const ra_verdict *v)
{
    ra_fail(r, MM_ERR_VALIDATION, MM_STAGE_CODE,
            apr_psprintf(r->pool,
                         "The code was refused by the safety check. %s",
                         v->summary ? v->summary : ""),
            v->findings);
}

/*
 * Asks the provider to repair `code`, which failed with `logs` (`what`
 * says how, for the job's record). Returns 0 with the new code in *code
 * and *expl, stored on the job; -1 when there is no repair (the failure
 * is then the caller's to record), -2 when the job is no longer ours.
 */
static int ra_auto_repair(ra_run *r, const char *what, const char **code,
                          const char **expl, const char *logs)
{
    const mm_style *style = mm_style_find(r->job->style_preset);
    ra_provider_error err = {NULL, NULL};
    ra_generated gen = {0};
    const char *msg;

    r->attempts =
        apr_psprintf(r->pool, "%sAttempt %d: %s.\n",
                     r->attempts ? r->attempts : "", r->attempt, what);
    msg = apr_psprintf(r->pool, "Repairing the code (attempt %d: %s)",
                       r->attempt + 1, what);
    if (ra_step(r, MM_JOB_GENERATING_CODE, RA_PCT_VALIDATING, msg) != 0)
        return -2;
    ra_log(RA_LOG_INFO, r->job->id, "attempt %d: %s; repairing with %s",
           r->attempt, what, r->prov->name);
    if (r->prov->repair(r->prov, r->job->prompt,
                        style ? style : mm_style_at(0), *code, logs, &gen,
                        &err) != 0) {
        r->attempts = apr_psprintf(
            r->pool, "%sThe repair of attempt %d failed (%s): %s\n",
            r->attempts, r->attempt, err.type ? err.type : "error",
            err.message ? err.message : "no message");
        ra_provider_error_free(&err);
        return -1;
    }
    r->attempt++;
    *code = apr_pstrdup(r->pool, gen.code);
    *expl = apr_pstrdup(r->pool, gen.explanation);
    ra_generated_free(&gen);
    return mm_store_set_code(r->st, r->job->id, r->slot->owner, *code, *expl,
                             0, mm_now_ms()) == MM_STORE_OK
               ? 0
               : -2;
}

/* Validates. Returns 0 if renderable; 1 when refused (recorded unless
 * `repairable`); -1 when the validator failed (recorded). */
static int ra_check_code(ra_run *r, const char *code, ra_verdict *v,
                         int repairable)
{
    char err[512], name[64];

    snprintf(name, sizeof(name), "%d-%d-validate", (int)getpid(),
             r->slot->index);
    if (ra_validate(&r->ag->cfg, name, code, v, err, sizeof(err)) != 0) {
        ra_log(RA_LOG_ERROR, r->job->id, "validator: %s", err);
        ra_fail(r, MM_ERR_INTERNAL, MM_STAGE_CODE,
                "The code could not be checked because the validator "
                "failed. This is a server problem; please retry.",
                err);
        return -1;
    }
    if (!v->ok) {
        if (!repairable)
            ra_fail_validation(r, v);
        return 1;
    }
    return 0;
}

/* Progress from the renderer's output, written at most twice a second. */
static void ra_on_render_progress(void *ctx, int pct, const char *msg)
{
    ra_run *r = ctx;

    if (ra_step(r, MM_JOB_RENDERING, pct, msg) != 0) {
        ra_agent_cancel(r->ag, r->job->id);
    }
}

/*
 * Finishes the job with the video identical code rendered before, if
 * any (the render cache). Returns 1 when the job needs no render.
 */
static int ra_reuse_render(ra_run *r, const char *code)
{
    ra_cached_video hit;
    int rc;

    if (!ra_cache_find_render(&r->ag->cfg, r->st, r->pool, r->job, code, &hit))
        return 0;
    rc = mm_store_finish_cached(r->st, r->job->id, r->slot->owner, hit.hash,
                                hit.job_id, mm_now_ms());
    if (rc == MM_STORE_ERROR) {
        ra_log(RA_LOG_WARN, r->job->id, "render cache: %s",
               mm_store_error(r->st));
        return 0; /* render it after all */
    }
    if (rc == MM_STORE_OK) {
        ra_log(RA_LOG_INFO, r->job->id,
               "done video=%s (render cache: rendered by job=%s)", hit.hash,
               hit.job_id);
        ra_cache_remember_prompt(r->st, r->pool, r->job);
    }
    return 1;
}

/*
 * Renders validated code and records how it ended. Returns 1 instead of
 * recording a runtime error when `repairable`; the error's message and
 * logs are then in *message and *logs (pool strings).
 */
static int ra_render_code(ra_run *r, const char *code, const ra_verdict *v,
                          int repairable, const char **message,
                          const char **logs)
{
    ra_render_outcome out;
    int rc = 0;

    ra_render(r->ag, r->slot, r->job, code, v->scene_class, v->animation_count,
              ra_on_render_progress, r, &out);
    if (out.lost)
        ra_log(RA_LOG_INFO, r->job->id, "stopped: the job was cancelled");
    else if (out.error_type && repairable &&
             strcmp(out.error_type, MM_ERR_RUNTIME) == 0) {
        *message = apr_pstrdup(r->pool, out.message ? out.message : "");
        *logs = apr_pstrdup(r->pool, out.logs ? out.logs : "");
        rc = 1;
    } else if (out.error_type)
        ra_fail(r, out.error_type, MM_STAGE_RENDER, out.message, out.logs);
    else if (mm_store_finish_done(r->st, r->job->id, r->slot->owner,
                                  out.video_hash,
                                  mm_now_ms()) == MM_STORE_OK) {
        ra_log(RA_LOG_INFO, r->job->id, "done video=%s", out.video_hash);
        ra_cache_remember_render(r->st, r->pool, r->job, code, out.video_hash);
        ra_cache_remember_prompt(r->st, r->pool, r->job);
    }
    ra_render_outcome_free(&out);
    return rc;
}

void ra_pipeline_run(ra_agent *ag, ra_slot *slot, mm_store *st,
                     apr_pool_t *pool, const mm_job *job)
{
    ra_run r = {ag, slot, st, pool, job, NULL, 0, NULL};
    const char *code = NULL, *expl = NULL, *msg = NULL, *logs = NULL;
    int regenerated = 0, repairs = 0, rc;
    ra_verdict v = {0};

    ra_log(RA_LOG_INFO, job->id, "claimed by %s", slot->owner);
    if (ra_get_code(&r, &code, &expl) != 0)
        return;
    /* The code is stored before it is checked, so that a refused scene
     * can be shown, edited and auto-fixed. */
    if (mm_store_set_code(st, job->id, slot->owner, code, expl, 0,
                          mm_now_ms()) != MM_STORE_OK ||
        ra_step(&r, MM_JOB_GENERATING_CODE, RA_PCT_VALIDATING,
                "Checking the code") != 0)
        return;
again:
    rc = ra_check_code(&r, code, &v, r.prov && !regenerated);
    if (rc == 1 && r.prov && !regenerated) {
        /* One regeneration with the findings (the seed's loop). */
        regenerated = 1;
        rc = ra_auto_repair(&r, "the safety check refused the code", &code,
                            &expl,
                            apr_pstrcat(pool, v.summary ? v.summary : "", "\n",
                                        v.findings ? v.findings : "", NULL));
        if (rc == 0) {
            ra_verdict_free(&v);
            if (ra_step(&r, MM_JOB_GENERATING_CODE, RA_PCT_VALIDATING,
                        "Checking the repaired code") != 0)
                goto done;
            goto again;
        }
        if (rc == -1)
            ra_fail_validation(&r, &v);
        goto done;
    }
    if (rc != 0)
        goto done;
    if (mm_store_set_code(st, job->id, slot->owner, code, expl,
                          v.animation_count, mm_now_ms()) != MM_STORE_OK ||
        ra_reuse_render(&r, code) ||
        ra_step(&r, MM_JOB_RENDERING, RA_PCT_RENDER_START,
                "Starting the renderer") != 0)
        goto done;
    if (ra_render_code(&r, code, &v, r.prov && repairs < ag->cfg.auto_repairs,
                       &msg, &logs) == 1) {
        repairs++;
        rc = ra_auto_repair(&r, "the render failed", &code, &expl,
                            apr_pstrcat(pool, msg, "\n", logs, NULL));
        if (rc == 0) {
            ra_verdict_free(&v);
            if (ra_step(&r, MM_JOB_GENERATING_CODE, RA_PCT_VALIDATING,
                        "Checking the repaired code") != 0)
                goto done;
            goto again;
        }
        if (rc == -1)
            ra_fail(&r, MM_ERR_RUNTIME, MM_STAGE_RENDER, msg, logs);
    }
done:
    ra_verdict_free(&v);
}
