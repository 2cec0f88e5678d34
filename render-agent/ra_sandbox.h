/*
 * ra_sandbox: where untrusted scene code runs. One interface, so that the
 * bubblewrap backend (here) and a container backend fit behind it, and so
 * that a sandbox can be created before its job's code is known (a warm
 * pool creates, a job later runs commands in it).
 *
 * The sandbox sees the Python/Manim runtime read-only, its own work folder
 * (mounted at /work, read-write) and nothing else of the host: no
 * network, no environment of the agent, no descriptors of the agent, a
 * private /tmp of bounded size, every other path read-only, limits on
 * memory, processes, CPU, file size, the work folder's size and
 * wall-clock time.
 */
#ifndef RA_SANDBOX_H
#define RA_SANDBOX_H

#include <stddef.h>

/* Limits of one sandbox. */
typedef struct ra_limits {
    int wall_seconds; /* whole command, then SIGKILL */
    int memory_mb;    /* cgroup memory (swap included where possible) */
    int cpus;         /* cgroup CPU quota, in cores */
    int pids;         /* cgroup process count */
    int tmp_mb;       /* size of the private /tmp */
    int file_mb;      /* largest file written (RLIMIT_FSIZE) */
    int work_mb;      /* MB the work folder may hold; 0: no limit */
} ra_limits;

/* What the sandbox mounts besides the system's read-only /usr. */
typedef struct ra_sandbox_env {
    const char *venv;       /* Python venv, mounted read-only at its path */
    const char *extra_file; /* a host file copied in read-only (the
                               validator), or NULL; the agent opens it, so
                               the sandbox user needs no path to it */
    const char *extra_dest; /* where extra_file appears inside */
} ra_sandbox_env;

/* How a command in the sandbox ended. */
typedef struct ra_sandbox_result {
    int exit_code;        /* exit status; -1 if killed by a signal */
    int signal;           /* the signal that ended it, 0 if none */
    int timed_out;        /* killed at the wall-clock limit */
    int cancelled;        /* killed by ra_sandbox_kill */
    int oom;              /* the memory limit was hit */
    int work_exceeded;    /* the work folder went past work_mb (or held
                             too many entries) and the command was killed */
    int output_truncated; /* stdout or stderr went past its cap */
    char *out;            /* tail of stdout (malloc'd, NUL-terminated) */
    char *err;            /* tail of stderr (malloc'd, NUL-terminated) */
} ra_sandbox_result;

/* Streams, for ra_output_fn. */
#define RA_STDOUT 1
#define RA_STDERR 2

/* Called with each chunk a command writes, as it arrives. */
typedef void (*ra_output_fn)(void *ctx, int stream, const char *chunk,
                             size_t len);

typedef struct ra_sandbox ra_sandbox;

/*
 * Creates a sandbox for `workdir` (mounted at /work; NULL for none) with
 * `limits`. `name` names its cgroup (unique among live sandboxes).
 * Returns a new sandbox (free with ra_sandbox_destroy) or NULL with a
 * message in *error (static storage).
 */
ra_sandbox *ra_sandbox_create(const ra_sandbox_env *env,
                              const ra_limits *limits, const char *workdir,
                              const char *name, const char **error);

/*
 * Runs argv[0] (a path inside the sandbox) with argv and an empty
 * environment plus `envp` (NULL-terminated "K=V" strings), feeding
 * `input` (may be NULL) on stdin and passing output to `fn` (may be NULL)
 * as it comes. Fills *res (free with ra_sandbox_result_free). Returns 0
 * when the command ran (whatever its exit status), -1 when it could not
 * be started (res->err says why).
 */
int ra_sandbox_run(ra_sandbox *sb, const char *const *argv,
                   const char *const *envp, const char *input, ra_output_fn fn,
                   void *ctx, ra_sandbox_result *res);

/* Kills the running command and everything it started. Thread-safe;
 * harmless when nothing runs. */
void ra_sandbox_kill(ra_sandbox *sb);

/* Kills what is left, removes the cgroup, frees the sandbox. */
void ra_sandbox_destroy(ra_sandbox *sb);

/* Frees the captured output of a result. */
void ra_sandbox_result_free(ra_sandbox_result *res);

#endif /* RA_SANDBOX_H */
