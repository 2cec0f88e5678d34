/*
 * ra_agent: the running agent as the other parts see it: its settings,
 * its worker slots (which job each works on, which sandbox to kill), and
 * the wake-up signal that ends a worker's idle wait.
 */
#ifndef RA_AGENT_H
#define RA_AGENT_H

#include <pthread.h>

#include "ra_config.h"
#include "ra_sandbox.h"

struct ra_agent;

typedef struct ra_slot {
    struct ra_agent *agent; /* back-pointer to the agent */
    int index;              /* 0..workers-1 */
    pthread_t thread;       /* the worker */
    char owner[96];         /* lease owner name: <agent_id>/<index> */
    char job_id[40];        /* job being worked on, "" when idle */
    ra_sandbox *sandbox;    /* running sandbox, or NULL */
    int lost;               /* the job was taken away; stop working on it */
} ra_slot;

typedef struct ra_agent {
    ra_config cfg;              /* settings */
    ra_slot *slots;             /* cfg.workers slots */
    pthread_mutex_t lock;       /* guards slots' job_id/sandbox/lost, wake */
    pthread_cond_t wake;        /* signalled on "wake" and at shutdown */
    unsigned long wakes;        /* counts wake-ups, so none is missed */
    volatile int stopping;      /* set once at shutdown */
    struct ra_gallery *gallery; /* posters to render when idle, or NULL */
} ra_agent;

/* Wakes idle workers to look at the queue. Thread-safe. */
void ra_agent_wake(ra_agent *ag);

/*
 * Kills the sandbox working on job `id` and marks that slot lost.
 * Returns 1 if a worker had the job, else 0. Thread-safe.
 */
int ra_agent_cancel(ra_agent *ag, const char *id);

/* Number of busy slots. Thread-safe. */
int ra_agent_busy(ra_agent *ag);

#endif /* RA_AGENT_H */
