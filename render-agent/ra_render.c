/*
 * ra_render: Manim in a sandbox. See ra_render.h.
 */
#define _XOPEN_SOURCE 700
#include "ra_render.h"

#include "mm_buf.h"
#include "mm_gallery.h"
#include "mm_style.h"
#include "ra_log.h"
#include "ra_progress.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <ftw.h>
#include <jansson.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Manim's quality flags and the folder names they render into. */
typedef struct ra_quality {
    const char *name;   /* the API's quality value */
    const char *flag;   /* manim -q flag */
    const char *folder; /* <height>p<fps> */
} ra_quality;

static const ra_quality ra_qualities[] = {
    {"low", "-ql", "480p15"},
    {"medium", "-qm", "720p30"},
    {"high", "-qh", "1080p60"},
    {MM_GALLERY_POSTER_QUALITY, "-ql", "480p15"}, /* a 480p last frame */
};

static const ra_quality *ra_quality_find(const char *name)
{
    size_t i;

    for (i = 0; i < sizeof(ra_qualities) / sizeof(ra_qualities[0]); i++)
        if (name && strcmp(ra_qualities[i].name, name) == 0)
            return &ra_qualities[i];
    return &ra_qualities[1];
}

/* Whether the render is of the last frame only (a PNG): the one-shot
 * mode's --last-frame, or a gallery poster. */
static int ra_last_frame(const ra_config *cfg, const mm_job *job)
{
    return cfg->last_frame ||
           (job->quality &&
            strcmp(job->quality, MM_GALLERY_POSTER_QUALITY) == 0);
}

typedef struct ra_render_ctx {
    ra_progress parser;       /* Manim's bars */
    ra_render_progress_fn fn; /* caller's progress sink */
    void *fn_ctx;
    long last_ms; /* when progress was last reported */
} ra_render_ctx;

static long ra_mono_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

static void ra_on_output(void *ctx, int stream, const char *chunk, size_t len)
{
    ra_render_ctx *rc = ctx;
    char msg[128];
    int pct;

    if (stream != RA_STDERR)
        return;
    ra_progress_feed(&rc->parser, chunk, len);
    if (!rc->parser.changed || ra_mono_ms() - rc->last_ms < 500)
        return;
    rc->parser.changed = 0;
    rc->last_ms = ra_mono_ms();
    pct = ra_progress_overall(&rc->parser, 20, 95, msg, sizeof(msg));
    rc->fn(rc->fn_ctx, pct, msg);
}

static int ra_write_text(const char *dir, const char *name, const char *s)
{
    char path[PATH_MAX];
    FILE *f;
    int rc;

    snprintf(path, sizeof(path), "%s/%s", dir, name);
    f = fopen(path, "we");
    if (!f)
        return -1;
    rc = fputs(s, f) < 0 ? -1 : 0;
    if (fclose(f) != 0)
        rc = -1;
    return rc;
}

static int ra_rm_entry(const char *path, const struct stat *sb, int flag,
                       struct FTW *ftw)
{
    (void)sb;
    (void)ftw;
    if (flag == FTW_DP)
        rmdir(path);
    else
        unlink(path);
    return 0;
}

/* Removes a work folder without following links planted inside it. */
static void ra_remove_tree(const char *dir)
{
    nftw(dir, ra_rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Creates the work folder with the scene and its style config. */
static int ra_prepare_workdir(const ra_config *cfg, const mm_job *job,
                              const char *code, char *dir, size_t dirlen)
{
    const mm_style *style = mm_style_find(job->style_preset);
    mm_buf b = MM_BUF_INIT;
    char *cfgtext;
    int rc;

    snprintf(dir, dirlen, "%s/%s", cfg->jobs_dir, job->id);
    ra_remove_tree(dir); /* a leftover of an earlier, interrupted run */
    if (mkdir(dir, 0700) != 0)
        return -1;
    /* The sandbox runs as nobody; the folder is the only place it may
     * write. */
    if (geteuid() == 0 && chown(dir, RA_SANDBOX_UID, RA_SANDBOX_UID) != 0)
        return -1;
    mm_buf_printf(&b, "[CLI]\nbackground_color = %s\n",
                  style ? style->background : "#000000");
    cfgtext = mm_buf_steal(&b);
    rc = cfgtext ? ra_write_text(dir, "style.cfg", cfgtext) : -1;
    free(cfgtext);
    if (rc == 0)
        rc = ra_write_text(dir, "scene.py", code);
    return rc;
}

char *ra_render_error_line(const char *text)
{
    const char *line = text, *found = NULL, *end;
    size_t found_len = 0;

    while (line && *line) {
        const char *s = line, *p;
        end = strchr(line, '\n');
        if (!end)
            end = line + strlen(line);
        /* Skip rich's frame and indentation. */
        while (s < end &&
               (*s == ' ' || *s == '\t' || (*s & 0x80) || *s == '|'))
            s++;
        for (p = s;
             p < end && (isalnum((unsigned char)*p) || *p == '_' || *p == '.');
             p++)
            ;
        if (s < end && *s >= 'A' && *s <= 'Z' && p > s &&
            (p < end ? *p == ':' : 1) &&
            ((p - s >= 5 && memcmp(p - 5, "Error", 5) == 0) ||
             (p - s >= 9 && memcmp(p - 9, "Exception", 9) == 0))) {
            found = s;
            found_len = (size_t)(end - s);
        }
        line = *end ? end + 1 : NULL;
    }
    while (found_len > 0 &&
           (found[found_len - 1] == ' ' || found[found_len - 1] == '\r'))
        found_len--;
    return found ? strndup(found, found_len > 400 ? 400 : found_len) : NULL;
}

static void ra_set_error(ra_render_outcome *out, const char *type,
                         const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void ra_set_error(ra_render_outcome *out, const char *type,
                         const char *fmt, ...)
{
    mm_buf b = MM_BUF_INIT;
    va_list ap;

    va_start(ap, fmt);
    mm_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    out->error_type = type;
    free(out->message);
    out->message = mm_buf_steal(&b);
}

/* The signal that ended the sandboxed command: bwrap reports its child's
 * death by signal N as exit status 128 + N. */
static int ra_end_signal(const ra_sandbox_result *res)
{
    if (res->signal)
        return res->signal;
    return res->exit_code > 128 && res->exit_code < 128 + 65
               ? res->exit_code - 128
               : 0;
}

/* Reads how the sandboxed render ended into *out. */
static void ra_interpret(const ra_limits *lim, const ra_sandbox_result *res,
                         ra_render_outcome *out)
{
    int sig = ra_end_signal(res);
    char *line;

    if (res->cancelled) {
        out->lost = 1;
    } else if (res->timed_out) {
        ra_set_error(out, MM_ERR_TIMEOUT,
                     "Rendering took longer than %d seconds, so it was "
                     "stopped. Try a shorter or simpler animation, or a "
                     "lower quality.",
                     lim->wall_seconds);
    } else if (res->oom) {
        ra_set_error(out, MM_ERR_RESOURCE,
                     "The animation needed more than the %d MB of memory a "
                     "render may use, so it was stopped. Try a lower "
                     "quality or fewer objects.",
                     lim->memory_mb);
    } else if (res->work_exceeded) {
        ra_set_error(out, MM_ERR_RESOURCE,
                     "The render wrote more than the %d MB (or more files "
                     "than) a job's folder may hold, so it was stopped.",
                     lim->work_mb);
    } else if (sig == SIGKILL || sig == SIGXCPU || sig == SIGXFSZ) {
        ra_set_error(out, MM_ERR_RESOURCE,
                     "The render went past its %s limit and was stopped.",
                     sig == SIGXCPU   ? "CPU time"
                     : sig == SIGXFSZ ? "file size"
                                      : "process or memory");
    } else if (sig || res->exit_code != 0) {
        line = ra_render_error_line(res->err);
        /* Python ignores SIGXFSZ: a full /tmp or a file past the size
         * limit shows as an OSError, which is a limit all the same. */
        ra_set_error(
            out,
            line && (strstr(line, "[Errno 27]") || strstr(line, "[Errno 28]"))
                ? MM_ERR_RESOURCE
                : MM_ERR_RUNTIME,
            "The scene failed while rendering: %s",
            line ? line : "Manim stopped with an error (see the logs).");
        free(line);
    }
}

static void ra_collect(const ra_config *cfg, const char *dir,
                       const mm_job *job, ra_render_outcome *out)
{
    int last = ra_last_frame(cfg, job);
    ra_media_kind kind = last ? RA_MEDIA_PNG : RA_MEDIA_MP4;
    char rel[256], err[512];
    int rc;

    if (last)
        snprintf(rel, sizeof(rel), "media/images/scene/out.png");
    else
        snprintf(rel, sizeof(rel), "media/videos/scene/%s/out.mp4",
                 ra_quality_find(job->quality)->folder);
    rc = ra_media_store(dir, rel, kind, (long)cfg->video_mb << 20,
                        cfg->media_dir, out->video_hash, err, sizeof(err));
    if (rc != 0)
        ra_set_error(out,
                     rc == RA_MEDIA_TOO_BIG ? MM_ERR_RESOURCE : MM_ERR_RUNTIME,
                     "%s", err);
}

/* The sandbox limits of a job: 1080p60 frames need more memory. */
static ra_limits ra_render_limits(const ra_config *cfg, const mm_job *job)
{
    ra_limits lim = {cfg->wall_seconds, cfg->memory_mb, cfg->cpus,   cfg->pids,
                     cfg->tmp_mb,       cfg->file_mb,   cfg->work_mb};

    if (job->quality && strcmp(job->quality, "high") == 0)
        lim.memory_mb = cfg->memory_high_mb;
    return lim;
}

/* The preset as the render-time theme reads it (see mm_theme.py). */
static char *ra_theme_json(const mm_job *job)
{
    const mm_style *st = mm_style_find(job->style_preset);
    json_t *o, *palette = json_object();
    char *text;
    int i;

    if (!st)
        st = mm_style_find(MM_STYLE_DEFAULT);
    for (i = 0; i < MM_HUE_COUNT; i++)
        if (st->palette[i])
            json_object_set_new(palette, mm_hue_name((mm_hue)i),
                                json_string(st->palette[i]));
    o = json_pack("{s:s, s:s, s:s, s:s, s:f, s:o}", "name", st->name,
                  "background", st->background, "ink", st->ink, "font",
                  st->font, "stroke_scale", st->stroke_scale, "palette",
                  palette);
    text = o ? json_dumps(o, JSON_COMPACT) : NULL;
    json_decref(o);
    return text;
}

/* Runs manim, through the theme, in a sandbox registered on the slot. */
static int ra_run_manim(ra_agent *ag, ra_slot *slot, const mm_job *job,
                        const char *dir, const char *scene_class,
                        ra_render_ctx *rc, ra_sandbox_result *res,
                        const char **why)
{
    const ra_config *cfg = &ag->cfg;
    ra_limits lim = ra_render_limits(cfg, job);
    ra_sandbox_env env = {cfg->venv, cfg->theme, "/opt/mm_theme.py"};
    char python[PATH_MAX], path_env[PATH_MAX + 32], name[64];
    char *theme = ra_theme_json(job);
    const char *argv[24] = {python, "-I", "/opt/mm_theme.py", theme, "render",
                            ra_quality_find(job->quality)->flag, "--silent",
                            "--disable_caching", "--progress_bar", "display",
                            /* Relative paths: TeX in paranoid mode
                             * (openin_any=p) refuses absolute ones. */
                            "--media_dir", "media", "--config_file",
                            "style.cfg", "-o", "out", NULL};
    const char *envp[] = {path_env, "HOME=/tmp", "LANG=C.UTF-8", "COLUMNS=200",
                          "TERM=dumb", "NO_COLOR=1",
                          /* TeX: no shell escape, reads and writes only
                           * inside its own folder. */
                          "shell_escape=f", "openin_any=p", "openout_any=p",
                          "TEXMFVAR=/tmp/texmf-var",
                          "PYTHONDONTWRITEBYTECODE=1", NULL};
    ra_sandbox *sb;
    int ok, n = 0;

    if (!theme) {
        *why = "out of memory";
        return -1;
    }
    while (argv[n])
        n++;
    if (ra_last_frame(cfg, job))
        argv[n++] = "--save_last_frame"; /* a PNG */
    argv[n++] = "scene.py";
    argv[n] = scene_class; /* NULL: the file's one scene (one-shot mode) */
    snprintf(python, sizeof(python), "%s/bin/python3", cfg->venv);
    snprintf(path_env, sizeof(path_env), "PATH=%s/bin:/usr/bin:/bin",
             cfg->venv);
    snprintf(name, sizeof(name), "%d-%d-render", (int)getpid(), slot->index);
    sb = ra_sandbox_create(&env, &lim, dir, name, why);
    if (!sb) {
        free(theme);
        return -1;
    }
    pthread_mutex_lock(&ag->lock);
    slot->sandbox = sb;
    if (slot->lost)
        ra_sandbox_kill(sb);
    pthread_mutex_unlock(&ag->lock);
    ok = ra_sandbox_run(sb, argv, envp, NULL, ra_on_output, rc, res);
    pthread_mutex_lock(&ag->lock);
    slot->sandbox = NULL;
    pthread_mutex_unlock(&ag->lock);
    ra_sandbox_destroy(sb);
    free(theme);
    if (ok != 0)
        *why = "the sandbox could not start";
    return ok;
}

void ra_render(ra_agent *ag, ra_slot *slot, const mm_job *job,
               const char *code, const char *scene_class, int animation_count,
               ra_render_progress_fn fn, void *ctx, ra_render_outcome *out)
{
    ra_render_ctx rc = {.fn = fn, .fn_ctx = ctx};
    ra_sandbox_result res;
    const char *why = NULL;
    char dir[PATH_MAX];

    memset(out, 0, sizeof(*out));
    memset(&res, 0, sizeof(res));
    ra_progress_init(&rc.parser, animation_count);
    if (ra_prepare_workdir(&ag->cfg, job, code, dir, sizeof(dir)) != 0) {
        ra_log(RA_LOG_ERROR, job->id, "work folder %s: %s", dir,
               strerror(errno));
        ra_set_error(out, MM_ERR_INTERNAL,
                     "The server could not prepare the render. Please "
                     "retry.");
        return;
    }
    if (ra_run_manim(ag, slot, job, dir, scene_class, &rc, &res, &why) != 0) {
        ra_log(RA_LOG_ERROR, job->id, "sandbox: %s", why);
        ra_set_error(out, MM_ERR_INTERNAL,
                     "The render sandbox could not start (%s).", why);
    } else {
        ra_limits lim = ra_render_limits(&ag->cfg, job);
        ra_interpret(&lim, &res, out);
        if (!out->lost && !out->error_type)
            ra_collect(&ag->cfg, dir, job, out);
        if (out->error_type)
            out->logs = strdup(res.err ? res.err : "");
        ra_log(RA_LOG_INFO, job->id,
               "render ended exit=%d signal=%d timeout=%d oom=%d work=%d",
               res.exit_code, res.signal, res.timed_out, res.oom,
               res.work_exceeded);
        out->stdout_tail = res.out; /* both tails, for the one-shot mode */
        out->stderr_tail = res.err;
        res.out = res.err = NULL;
    }
    ra_sandbox_result_free(&res);
    if (!ag->cfg.keep_job_dirs)
        ra_remove_tree(dir);
}

void ra_render_outcome_free(ra_render_outcome *out)
{
    free(out->message);
    free(out->logs);
    free(out->stdout_tail);
    free(out->stderr_tail);
    out->message = out->logs = out->stdout_tail = out->stderr_tail = NULL;
}
