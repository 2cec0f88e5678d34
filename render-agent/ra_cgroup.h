/*
 * ra_cgroup: a per-sandbox control group that caps memory, processes and
 * CPU, on cgroup v2 or on the per-controller v1 hierarchies (Debian 12
 * hosts have either). Without write access to the cgroup tree (not root,
 * or a read-only /sys/fs/cgroup) creation fails and the caller falls back
 * to rlimits.
 */
#ifndef RA_CGROUP_H
#define RA_CGROUP_H

#include <sys/types.h>

typedef struct ra_cgroup ra_cgroup;

/*
 * Creates the group mathmotion/<name> with the given limits. Returns a
 * new group (free with ra_cgroup_destroy), or NULL when cgroups cannot be
 * used here.
 */
ra_cgroup *ra_cgroup_create(const char *name, long memory_mb, int pids,
                            int cpus);

/* Moves process `pid` into the group. Returns 0 or -1. Async-signal-safe
 * enough to call between fork and exec (open/write/close only). */
int ra_cgroup_enter(const ra_cgroup *cg, pid_t pid);

/* 1 if the memory limit killed a process of the group, else 0. */
int ra_cgroup_oom_killed(const ra_cgroup *cg);

/* Kills every process left in the group. */
void ra_cgroup_kill_all(const ra_cgroup *cg);

/* Kills what is left, removes the group and frees it. NULL is a no-op. */
void ra_cgroup_destroy(ra_cgroup *cg);

#endif /* RA_CGROUP_H */
