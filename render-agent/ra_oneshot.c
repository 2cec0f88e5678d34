/*
 * ra_oneshot: one scene, rendered as a job would be. See ra_oneshot.h.
 */
#include "ra_oneshot.h"

#include "mm_job.h"
#include "mm_style.h"
#include "ra_log.h"
#include "ra_render.h"
#include "ra_validate.h"

#include <apr_pools.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What the watcher thread needs to cancel the render on a signal. */
typedef struct ra_watch {
    ra_agent *ag;         /* the agent */
    const sigset_t *stop; /* signals that cancel */
    const char *job_id;   /* the job to cancel */
    int finished;         /* set (atomically) before the last wake-up */
} ra_watch;

/* Waits for a stop signal; cancels the job unless it has finished. */
static void *ra_oneshot_watch(void *arg)
{
    ra_watch *w = arg;
    int sig = 0;

    while (sigwait(w->stop, &sig) == 0 &&
           !__atomic_load_n(&w->finished, __ATOMIC_ACQUIRE)) {
        ra_log(RA_LOG_INFO, w->job_id, "signal %d: cancelling", sig);
        ra_agent_cancel(w->ag, w->job_id);
    }
    return NULL;
}

/* Render progress, as the daemon would store it: logged at debug. */
static void ra_oneshot_progress(void *ctx, int pct, const char *msg)
{
    const mm_job *job = ctx;

    ra_log(RA_LOG_DEBUG, job->id, "progress %d%% %s", pct, msg);
}

/* Reads the scene (at most RA_ONESHOT_MAX_BYTES). NULL with errno. */
static char *ra_read_scene(const char *path)
{
    char *buf = malloc(RA_ONESHOT_MAX_BYTES + 1);
    size_t len = 0;
    ssize_t n = 1;
    int fd = open(path, O_RDONLY | O_CLOEXEC);

    if (fd < 0 || !buf) {
        free(buf);
        if (fd >= 0)
            close(fd);
        return NULL;
    }
    while (len <= RA_ONESHOT_MAX_BYTES &&
           (n = read(fd, buf + len, RA_ONESHOT_MAX_BYTES + 1 - len)) > 0)
        len += (size_t)n;
    close(fd);
    if (n < 0 || len > RA_ONESHOT_MAX_BYTES) {
        int e = n < 0 ? errno : EFBIG;
        free(buf);
        errno = e;
        return NULL;
    }
    buf[len] = '\0';
    return buf;
}

/* Sets a string member, or null. */
static void ra_set_str(json_t *o, const char *key, const char *v)
{
    json_object_set_new(o, key, v ? json_string(v) : json_null());
}

/* A JSON string of bytes that may not be UTF-8 (the sandbox's output). */
static json_t *ra_text(const char *s)
{
    json_t *j;
    char *copy;
    size_t i;

    if (!s)
        return json_string("");
    if ((j = json_string(s)))
        return j;
    copy = strdup(s);
    for (i = 0; copy && copy[i]; i++)
        if ((unsigned char)copy[i] >= 0x80)
            copy[i] = '?';
    j = json_string(copy ? copy : "");
    free(copy);
    return j;
}

/* Prints the verdict and the outcome as one line of JSON. */
static void ra_oneshot_print(const ra_config *cfg, const ra_verdict *v,
                             const ra_render_outcome *out, const char *type,
                             const char *message, double seconds)
{
    json_t *o = json_object(), *findings = NULL;
    char path[4200];
    int ok = type == NULL;

    if (v->findings_json)
        findings = json_loads(v->findings_json, 0, NULL);
    json_object_set_new(o, "ok", json_boolean(ok));
    ra_set_str(o, "errorType", type);
    ra_set_str(o, "message", message);
    json_object_set_new(o, "findings",
                        json_is_array(findings) ? findings : json_array());
    if (!json_is_array(findings))
        json_decref(findings);
    ra_set_str(o, "sceneClass", v->scene_class);
    ra_set_str(o, "videoHash", ok ? out->video_hash : NULL);
    snprintf(path, sizeof(path), "%s/%s.%s", cfg->media_dir, out->video_hash,
             cfg->last_frame ? "png" : "mp4");
    ra_set_str(o, "output", ok ? path : NULL);
    json_object_set_new(o, "stdoutTail", ra_text(out->stdout_tail));
    json_object_set_new(o, "stderrTail", ra_text(out->stderr_tail));
    json_object_set_new(o, "seconds", json_real(seconds));
    json_dumpf(o, stdout, JSON_COMPACT | JSON_REAL_PRECISION(6));
    fputc('\n', stdout);
    fflush(stdout);
    json_decref(o);
}

/* Checks the one-shot options. Returns 0, or -1 after a line on stderr. */
static int ra_oneshot_options(ra_config *cfg)
{
    if (!cfg->quality)
        cfg->quality = MM_QUALITY_DEFAULT;
    if (!cfg->style)
        cfg->style = MM_STYLE_DEFAULT;
    if (!mm_quality_valid(cfg->quality)) {
        fprintf(stderr, "render-agent: --quality must be low, medium or "
                        "high\n");
        return -1;
    }
    if (!mm_style_find(cfg->style)) {
        fprintf(stderr, "render-agent: unknown --style; use one of: %s\n",
                mm_style_names());
        return -1;
    }
    return 0;
}

/* Validates (unless --no-validate) and renders; fills the outcome. */
static void ra_oneshot_job(ra_agent *ag, ra_slot *slot, const mm_job *job,
                           ra_verdict *v, ra_render_outcome *out,
                           const char **type, char **message)
{
    char err[512], name[64];
    int lost;

    if (!ag->cfg.no_validate) {
        snprintf(name, sizeof(name), "%d-%d-validate", (int)getpid(),
                 slot->index);
        if (ra_validate(&ag->cfg, name, job->code, v, err, sizeof(err)) != 0) {
            ra_log(RA_LOG_ERROR, job->id, "validator: %s", err);
            *type = MM_ERR_INTERNAL;
            if (asprintf(message, "The validator failed: %s", err) < 0)
                *message = NULL;
            return;
        }
        if (!v->ok) {
            *type = MM_ERR_VALIDATION;
            if (asprintf(message,
                         "The code was refused by the safety check. %s",
                         v->summary ? v->summary : "") < 0)
                *message = NULL;
            return;
        }
    }
    pthread_mutex_lock(&ag->lock);
    lost = slot->lost; /* a signal during validation */
    pthread_mutex_unlock(&ag->lock);
    if (lost) {
        *type = MM_ERR_INTERNAL;
        *message = strdup("Cancelled.");
        return;
    }
    ra_log(RA_LOG_INFO, job->id, "rendering %s", ag->cfg.render_file);
    ra_render(ag, slot, job, job->code, v->scene_class, v->animation_count,
              ra_oneshot_progress, (void *)job, out);
    if (out->lost) {
        *type = MM_ERR_INTERNAL;
        *message = strdup("Cancelled.");
    } else if (out->error_type) {
        *type = out->error_type;
        *message = out->message ? strdup(out->message) : NULL;
    }
}

int ra_oneshot_run(ra_agent *ag, const sigset_t *stop)
{
    ra_slot *slot = &ag->slots[0];
    ra_verdict v = {0};
    ra_render_outcome out = {0};
    ra_watch w = {ag, stop, NULL, 0};
    const char *type = NULL;
    char *message = NULL, *code;
    apr_int64_t start = mm_now_ms();
    apr_pool_t *pool;
    pthread_t watcher;
    mm_job *job;

    if (ra_oneshot_options(&ag->cfg) != 0)
        return 2;
    if (!(code = ra_read_scene(ag->cfg.render_file))) {
        fprintf(stderr, "render-agent: %s: %s\n", ag->cfg.render_file,
                strerror(errno));
        return 2;
    }
    apr_pool_create(&pool, NULL);
    if (!(job = mm_job_create(pool, start))) {
        fprintf(stderr, "render-agent: no random bytes for a job id\n");
        apr_pool_destroy(pool);
        free(code);
        return 2;
    }
    job->quality = ag->cfg.quality;
    job->style_preset = ag->cfg.style;
    job->code_source = "user";
    job->code = code;
    slot->agent = ag;
    snprintf(slot->owner, sizeof(slot->owner), "%s/oneshot", ag->cfg.agent_id);
    pthread_mutex_lock(&ag->lock);
    snprintf(slot->job_id, sizeof(slot->job_id), "%s", job->id);
    pthread_mutex_unlock(&ag->lock);
    w.job_id = job->id;
    pthread_create(&watcher, NULL, ra_oneshot_watch, &w);
    ra_oneshot_job(ag, slot, job, &v, &out, &type, &message);
    __atomic_store_n(&w.finished, 1, __ATOMIC_RELEASE);
    pthread_kill(watcher, SIGTERM); /* blocked, so sigwait takes it */
    pthread_join(watcher, NULL);
    ra_oneshot_print(&ag->cfg, &v, &out, type, message,
                     (double)(mm_now_ms() - start) / 1000.0);
    if (type)
        ra_log(RA_LOG_INFO, job->id, "one-shot failed type=%s", type);
    else
        ra_log(RA_LOG_INFO, job->id, "one-shot done output=%s",
               out.video_hash);
    free(message);
    ra_render_outcome_free(&out);
    ra_verdict_free(&v);
    apr_pool_destroy(pool);
    free(code);
    return type ? 1 : 0;
}
