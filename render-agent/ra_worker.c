/*
 * ra_worker: worker and maintenance threads. See ra_worker.h.
 */
#include "ra_worker.h"

#include "ra_db.h"
#include "ra_gallery.h"
#include "ra_log.h"
#include "ra_pipeline.h"
#include "ra_stuck.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define RA_MAINT_INTERVAL_MS 2000 /* heartbeat and lease renewal */
/* Maintenance rounds per lease recovery and stuck-job check. */
#define RA_RECOVER_EVERY 3

static pthread_t ra_maint_thread;

void ra_agent_wake(ra_agent *ag)
{
    pthread_mutex_lock(&ag->lock);
    ag->wakes++;
    pthread_cond_broadcast(&ag->wake);
    pthread_mutex_unlock(&ag->lock);
}

int ra_agent_cancel(ra_agent *ag, const char *id)
{
    int i, found = 0;

    pthread_mutex_lock(&ag->lock);
    for (i = 0; i < ag->cfg.workers; i++) {
        ra_slot *s = &ag->slots[i];
        if (s->job_id[0] && strcmp(s->job_id, id) == 0) {
            s->lost = 1;
            if (s->sandbox)
                ra_sandbox_kill(s->sandbox);
            found = 1;
        }
    }
    pthread_mutex_unlock(&ag->lock);
    return found;
}

int ra_agent_busy(ra_agent *ag)
{
    int i, busy = 0;

    pthread_mutex_lock(&ag->lock);
    for (i = 0; i < ag->cfg.workers; i++)
        busy += ag->slots[i].job_id[0] != '\0';
    pthread_mutex_unlock(&ag->lock);
    return busy;
}

/* Waits up to `ms` for a wake-up newer than `*seen`, or for shutdown. */
static void ra_wait(ra_agent *ag, unsigned long *seen, long ms)
{
    struct timespec until;

    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_sec += ms / 1000;
    until.tv_nsec += (ms % 1000) * 1000000L;
    if (until.tv_nsec >= 1000000000L) {
        until.tv_sec++;
        until.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&ag->lock);
    while (!ag->stopping && ag->wakes == *seen)
        if (pthread_cond_timedwait(&ag->wake, &ag->lock, &until) == ETIMEDOUT)
            break;
    *seen = ag->wakes;
    pthread_mutex_unlock(&ag->lock);
}

static void ra_slot_set_job(ra_agent *ag, ra_slot *slot, const char *id)
{
    pthread_mutex_lock(&ag->lock);
    snprintf(slot->job_id, sizeof(slot->job_id), "%s", id ? id : "");
    slot->lost = ag->stopping;
    pthread_mutex_unlock(&ag->lock);
}

/* Claims and works one job. Returns 1 if there was one, 0 if not, -1 on
 * a store error. */
static int ra_work_one(ra_agent *ag, ra_slot *slot, mm_store *st,
                       apr_pool_t *pool)
{
    apr_int64_t now = mm_now_ms();
    mm_job *job;
    int rc = mm_store_claim(st, pool, slot->owner, now,
                            now + ag->cfg.lease_seconds * 1000LL, &job);

    if (rc == MM_STORE_NOTFOUND)
        return 0;
    if (rc != MM_STORE_OK || !job) {
        ra_log(RA_LOG_ERROR, NULL, "claim: %s", mm_store_error(st));
        return -1;
    }
    ra_slot_set_job(ag, slot, job->id);
    ra_pipeline_run(ag, slot, st, pool, job);
    if (slot->lost &&
        mm_store_release(st, job->id, slot->owner, mm_now_ms()) == MM_STORE_OK)
        ra_log(RA_LOG_INFO, job->id, "put back in the queue");
    ra_slot_set_job(ag, slot, NULL);
    return 1;
}

static void *ra_worker_main(void *arg)
{
    ra_slot *slot = arg;
    ra_agent *ag = slot->agent;
    apr_pool_t *pool, *jobpool;
    const char *err = NULL;
    unsigned long seen = 0;
    mm_store *st;

    apr_pool_create(&pool, NULL);
    st = ra_db_open(pool, ag->cfg.db_path, &err);
    if (!st) {
        ra_log(RA_LOG_ERROR, NULL, "worker %d: %s", slot->index, err);
        apr_pool_destroy(pool);
        return NULL;
    }
    apr_pool_create(&jobpool, pool);
    while (!ag->stopping) {
        int rc = ra_work_one(ag, slot, st, jobpool);
        apr_pool_clear(jobpool);
        /* An empty queue: time for a gallery poster, if one is missing. */
        if (rc == 0 && ra_gallery_render_poster(ag, slot, st, jobpool))
            rc = 1;
        apr_pool_clear(jobpool);
        if (rc <= 0)
            ra_wait(ag, &seen, rc < 0 ? 2000 : ag->cfg.poll_ms);
    }
    apr_pool_destroy(pool);
    return NULL;
}

/* Renews the leases of running jobs; a refused renewal means the job was
 * failed elsewhere (a poll's timeout check), so its sandbox is killed. */
static void ra_renew_leases(ra_agent *ag, mm_store *st)
{
    apr_int64_t until = mm_now_ms() + ag->cfg.lease_seconds * 1000LL;
    char id[40], owner[96];
    int i;

    for (i = 0; i < ag->cfg.workers; i++) {
        pthread_mutex_lock(&ag->lock);
        snprintf(id, sizeof(id), "%s", ag->slots[i].job_id);
        snprintf(owner, sizeof(owner), "%s", ag->slots[i].owner);
        pthread_mutex_unlock(&ag->lock);
        if (id[0] && mm_store_renew(st, id, owner, until) == MM_STORE_LOST &&
            ra_agent_cancel(ag, id))
            ra_log(RA_LOG_INFO, id, "no longer ours; sandbox stopped");
    }
}

static void ra_maintain(ra_agent *ag, mm_store *st, apr_pool_t *pool,
                        int round)
{
    int n = 0;

    if (mm_store_heartbeat(st, ag->cfg.agent_id, ag->cfg.workers,
                           mm_now_ms()) != MM_STORE_OK)
        ra_log(RA_LOG_WARN, NULL, "heartbeat: %s", mm_store_error(st));
    ra_renew_leases(ag, st);
    if (round % RA_RECOVER_EVERY != 0)
        return;
    if (mm_store_recover_expired(st, pool, mm_now_ms(), ag->cfg.max_recoveries,
                                 &n) != MM_STORE_OK)
        ra_log(RA_LOG_WARN, NULL, "recovery: %s", mm_store_error(st));
    else if (n > 0) {
        ra_log(RA_LOG_INFO, NULL, "took back %d job(s) of a dead worker", n);
        ra_agent_wake(ag);
    }
    ra_stuck_fail_jobs(ag, st, pool);
}

static void *ra_maint_main(void *arg)
{
    ra_agent *ag = arg;
    apr_pool_t *pool, *scratch;
    const char *err = NULL;
    unsigned long seen = 0;
    mm_store *st;
    int round = 0;

    apr_pool_create(&pool, NULL);
    st = ra_db_open(pool, ag->cfg.db_path, &err);
    if (!st) {
        ra_log(RA_LOG_ERROR, NULL, "maintenance: %s", err);
        apr_pool_destroy(pool);
        return NULL;
    }
    apr_pool_create(&scratch, pool);
    while (!ag->stopping) {
        ra_maintain(ag, st, scratch, round++);
        apr_pool_clear(scratch);
        ra_wait(ag, &seen, RA_MAINT_INTERVAL_MS);
    }
    apr_pool_destroy(pool);
    return NULL;
}

int ra_workers_start(ra_agent *ag)
{
    int i;

    for (i = 0; i < ag->cfg.workers; i++) {
        ra_slot *s = &ag->slots[i];
        s->agent = ag;
        s->index = i;
        snprintf(s->owner, sizeof(s->owner), "%s/%d", ag->cfg.agent_id, i);
        if (pthread_create(&s->thread, NULL, ra_worker_main, s) != 0)
            return -1;
    }
    return pthread_create(&ra_maint_thread, NULL, ra_maint_main, ag) == 0 ? 0
                                                                          : -1;
}

void ra_workers_stop(ra_agent *ag)
{
    int i;

    pthread_mutex_lock(&ag->lock);
    ag->stopping = 1;
    for (i = 0; i < ag->cfg.workers; i++) {
        ag->slots[i].lost = ag->slots[i].job_id[0] != '\0';
        if (ag->slots[i].sandbox)
            ra_sandbox_kill(ag->slots[i].sandbox);
    }
    pthread_cond_broadcast(&ag->wake);
    pthread_mutex_unlock(&ag->lock);
    for (i = 0; i < ag->cfg.workers; i++)
        pthread_join(ag->slots[i].thread, NULL);
    pthread_join(ra_maint_thread, NULL);
}
