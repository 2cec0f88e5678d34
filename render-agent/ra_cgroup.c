/*
 * ra_cgroup: per-sandbox control groups. See ra_cgroup.h.
 */
#include "ra_cgroup.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define RA_CG_ROOT "/sys/fs/cgroup"

/* v1 mounts one hierarchy per controller; v2 a single unified tree. */
enum { RA_CG_MEMORY, RA_CG_PIDS, RA_CG_CPU, RA_CG_COUNT };
static const char *const ra_cg_v1_names[RA_CG_COUNT] = {"memory", "pids",
                                                        "cpu"};

struct ra_cgroup {
    int v2;                      /* unified hierarchy */
    char dirs[RA_CG_COUNT][512]; /* group folder per controller (v2:
                                        all three the same) */
};

static int ra_write_file(const char *dir, const char *file, const char *v)
{
    char path[PATH_MAX];
    int fd;
    ssize_t n;

    snprintf(path, sizeof(path), "%s/%s", dir, file);
    fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    n = write(fd, v, strlen(v));
    close(fd);
    return n == (ssize_t)strlen(v) ? 0 : -1;
}

static int ra_mkdir_p2(const char *parent, const char *name, char *out)
{
    char mid[256];

    snprintf(mid, sizeof(mid), "%s/mathmotion", parent);
    if (mkdir(mid, 0755) != 0 && errno != EEXIST)
        return -1;
    snprintf(out, 512, "%s/%s", mid, name);
    if (mkdir(out, 0755) != 0 && errno != EEXIST)
        return -1;
    return 0;
}

static int ra_cgroup_limits(ra_cgroup *cg, long memory_mb, int pids, int cpus)
{
    char v[64];
    long bytes = memory_mb * 1024L * 1024L;

    snprintf(v, sizeof(v), "%ld", bytes);
    if (ra_write_file(cg->dirs[RA_CG_MEMORY],
                      cg->v2 ? "memory.max" : "memory.limit_in_bytes", v) != 0)
        return -1;
    /* No swap either, so the limit is a real one (best effort: the swap
     * accounting files exist only when the kernel enables them). */
    ra_write_file(cg->dirs[RA_CG_MEMORY],
                  cg->v2 ? "memory.swap.max" : "memory.memsw.limit_in_bytes",
                  cg->v2 ? "0" : v);
    snprintf(v, sizeof(v), "%d", pids);
    if (ra_write_file(cg->dirs[RA_CG_PIDS], "pids.max", v) != 0)
        return -1;
    if (cg->v2) {
        snprintf(v, sizeof(v), "%d 100000", cpus * 100000);
        ra_write_file(cg->dirs[RA_CG_CPU], "cpu.max", v);
    } else {
        ra_write_file(cg->dirs[RA_CG_CPU], "cpu.cfs_period_us", "100000");
        snprintf(v, sizeof(v), "%d", cpus * 100000);
        ra_write_file(cg->dirs[RA_CG_CPU], "cpu.cfs_quota_us", v);
    }
    return 0;
}

ra_cgroup *ra_cgroup_create(const char *name, long memory_mb, int pids,
                            int cpus)
{
    ra_cgroup *cg = calloc(1, sizeof(*cg));
    char parent[128];
    int i;

    if (!cg)
        return NULL;
    cg->v2 = access(RA_CG_ROOT "/cgroup.controllers", F_OK) == 0;
    for (i = 0; i < RA_CG_COUNT; i++) {
        if (cg->v2 && i > 0) {
            memcpy(cg->dirs[i], cg->dirs[0], sizeof(cg->dirs[0]));
            continue;
        }
        if (cg->v2)
            snprintf(parent, sizeof(parent), "%s", RA_CG_ROOT);
        else
            snprintf(parent, sizeof(parent), "%s/%s", RA_CG_ROOT,
                     ra_cg_v1_names[i]);
        if (ra_mkdir_p2(parent, name, cg->dirs[i]) != 0)
            goto err;
    }
    if (cg->v2)
        /* Delegate the controllers to the children of mathmotion/. */
        ra_write_file(RA_CG_ROOT "/mathmotion", "cgroup.subtree_control",
                      "+memory +pids +cpu");
    if (ra_cgroup_limits(cg, memory_mb, pids, cpus) != 0)
        goto err;
    return cg;
err:
    ra_cgroup_destroy(cg);
    return NULL;
}

int ra_cgroup_enter(const ra_cgroup *cg, pid_t pid)
{
    char v[32];
    int i, rc = 0;

    snprintf(v, sizeof(v), "%d", (int)pid);
    for (i = 0; i < RA_CG_COUNT; i++) {
        if (cg->v2 && i > 0)
            break;
        if (ra_write_file(cg->dirs[i], "cgroup.procs", v) != 0)
            rc = -1;
    }
    return rc;
}

int ra_cgroup_oom_killed(const ra_cgroup *cg)
{
    char path[PATH_MAX], line[128];
    FILE *f;
    long n = 0;
    int found = 0;

    /* Both versions count kills as "oom_kill N" (v1 since Linux 4.13);
     * v1's failcnt counts reclaims too, so it would not do. */
    snprintf(path, sizeof(path), "%s/%s", cg->dirs[RA_CG_MEMORY],
             cg->v2 ? "memory.events" : "memory.oom_control");
    f = fopen(path, "re");
    if (!f)
        return 0;
    while (fgets(line, sizeof(line), f))
        if (sscanf(line, "oom_kill %ld", &n) == 1 && n > 0)
            found = 1;
    fclose(f);
    return found;
}

void ra_cgroup_kill_all(const ra_cgroup *cg)
{
    char path[PATH_MAX];
    FILE *f;
    int pid;

    snprintf(path, sizeof(path), "%s/cgroup.procs", cg->dirs[RA_CG_PIDS]);
    f = fopen(path, "re");
    if (!f)
        return;
    while (fscanf(f, "%d", &pid) == 1)
        if (pid > 1)
            kill(pid, SIGKILL);
    fclose(f);
}

void ra_cgroup_destroy(ra_cgroup *cg)
{
    int i, tries;

    if (!cg)
        return;
    for (i = 0; i < RA_CG_COUNT; i++) {
        if (!cg->dirs[i][0] || (cg->v2 && i > 0))
            continue;
        /* rmdir fails while processes remain; they die from SIGKILL
         * within moments, so retry briefly. */
        for (tries = 0;
             tries < 50 && rmdir(cg->dirs[i]) != 0 && errno == EBUSY;
             tries++) {
            ra_cgroup_kill_all(cg);
            usleep(20000);
        }
    }
    free(cg);
}
