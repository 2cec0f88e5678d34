/*
 * render-agent: the MathMotion render daemon. It claims queued jobs from
 * the job store, writes or takes their Manim code, validates it, renders
 * it in a sandbox and stores the video. httpd wakes it through its
 * control socket; it also polls, so a lost wake-up costs at most a
 * second. SIGTERM or SIGINT stop it: running renders are killed and
 * their jobs go back to the queue.
 */
#include "ra_agent.h"
#include "ra_config.h"
#include "ra_gallery.h"
#include "ra_control.h"
#include "ra_db.h"
#include "ra_log.h"
#include "ra_oneshot.h"
#include "ra_provider.h"
#include "ra_worker.h"

#include <apr_dbd.h>
#include <apr_general.h>
#include <curl/curl.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef RA_NO_MAIN /* unit tests link the agent's files but not main */

/* Where work folders go when the data folder is closed to others. */
#define RA_FALLBACK_JOBS_DIR "/var/tmp/mathmotion-jobs"

/* 1 if every folder above `path` lets others pass (o+x), as the sandbox
 * user must to reach its work folder. */
static int ra_path_passable(const char *path)
{
    char prefix[4096];
    const char *p = path;
    struct stat st;

    while ((p = strchr(p + 1, '/'))) {
        snprintf(prefix, sizeof(prefix), "%.*s", (int)(p - path), path);
        if (stat(prefix, &st) != 0 || !(st.st_mode & S_IXOTH))
            return 0;
    }
    return 1;
}

/* Creates the agent's folders; the jobs folder is the agent's alone. */
static int ra_make_dirs(ra_config *cfg)
{
    if (!ra_path_passable(cfg->jobs_dir)) {
        ra_log(RA_LOG_INFO, NULL,
               "%s is closed to the sandbox user; work folders go to %s",
               cfg->jobs_dir, RA_FALLBACK_JOBS_DIR);
        cfg->jobs_dir = RA_FALLBACK_JOBS_DIR;
    }
    if ((mkdir(cfg->media_dir, 0755) != 0 && errno != EEXIST) ||
        (mkdir(cfg->jobs_dir, 0711) != 0 && errno != EEXIST)) {
        ra_log(RA_LOG_ERROR, NULL, "creating %s: %s", cfg->data_dir,
               strerror(errno));
        return -1;
    }
    return 0;
}

/* Opens the store once up front, so a broken setup fails at start. */
static int ra_check_store(const ra_config *cfg)
{
    apr_pool_t *pool;
    const char *err = NULL;
    int ok;

    if (ra_db_prepare_file(cfg->db_path) != 0) {
        ra_log(RA_LOG_ERROR, NULL, "database %s: %s", cfg->db_path,
               strerror(errno));
        return -1;
    }
    apr_pool_create(&pool, NULL);
    ok = ra_db_open(pool, cfg->db_path, &err) != NULL;
    if (!ok)
        ra_log(RA_LOG_ERROR, NULL, "job store: %s", err);
    apr_pool_destroy(pool);
    return ok ? 0 : -1;
}

/* Blocks the stop signals in every thread; main waits for them. */
static void ra_block_signals(sigset_t *set)
{
    sigemptyset(set);
    sigaddset(set, SIGTERM);
    sigaddset(set, SIGINT);
    sigaddset(set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, set, NULL);
    signal(SIGPIPE, SIG_IGN);
}

static int ra_run(ra_agent *ag)
{
    const ra_provider *prov;
    sigset_t set;
    int sig = 0, llm;

    ra_block_signals(&set);
    if (ra_make_dirs(&ag->cfg) != 0)
        return 1;
    if (ag->cfg.render_file) /* one-shot mode: no store, no socket */
        return ra_oneshot_run(ag, &set);
    if (ra_check_store(&ag->cfg) != 0 || ra_control_start(ag) != 0)
        return 1;
    if (ra_workers_start(ag) != 0) {
        ra_log(RA_LOG_ERROR, NULL, "starting workers failed");
        return 1;
    }
    ra_log(RA_LOG_INFO, NULL, "ready: id=%s workers=%d socket=%s",
           ag->cfg.agent_id, ag->cfg.workers, ag->cfg.socket_path);
    prov = ra_provider_select(&ag->cfg);
    llm = strcmp(prov->name, "openai") == 0;
    ra_log(RA_LOG_INFO, NULL, "code provider: %s%s%s", prov->name,
           llm ? " model=" : "", llm ? ag->cfg.llm_model : "");
    sigwait(&set, &sig);
    ra_log(RA_LOG_INFO, NULL, "signal %d: stopping", sig);
    ra_workers_stop(ag);
    ra_control_stop(ag);
    ra_log(RA_LOG_INFO, NULL, "stopped");
    return 0;
}

int main(int argc, char **argv)
{
    apr_pool_t *global;
    ra_agent ag;
    int rc;

    memset(&ag, 0, sizeof(ag));
    rc = ra_config_parse(&ag.cfg, argc, argv);
    if (rc != 0)
        return rc > 0 ? 0 : 2;
    apr_initialize();
    curl_global_init(CURL_GLOBAL_DEFAULT); /* before any thread uses curl */
    apr_pool_create(&global, NULL);
    apr_dbd_init(global); /* loads drivers; before any thread uses them */
    pthread_mutex_init(&ag.lock, NULL);
    pthread_cond_init(&ag.wake, NULL);
    ag.slots = calloc((size_t)ag.cfg.workers, sizeof(ra_slot));
    if (!ag.slots)
        return 1;
    if (ag.cfg.gallery_dir && !ag.cfg.render_file &&
        !(ag.gallery = ra_gallery_open(global, ag.cfg.gallery_dir)))
        return 2;
    rc = ra_run(&ag);
    free(ag.slots);
    ra_config_free(&ag.cfg);
    curl_global_cleanup();
    apr_pool_destroy(global);
    apr_terminate();
    return rc;
}
#endif
