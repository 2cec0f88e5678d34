/*
 * ra_sandbox_bwrap: the sandbox of ra_sandbox.h on bubblewrap.
 *
 * The agent (root) forks; the child enters the sandbox's cgroup, sets
 * rlimits, drops to the unprivileged "nobody" user and execs bwrap, which
 * then makes user, pid, network, ipc, uts, cgroup and mount namespaces
 * itself. Running bwrap unprivileged means that even a namespace escape
 * lands as nobody, never as root, and with no capabilities at all.
 * bwrap's --die-with-parent and the pid namespace make sure that killing
 * bwrap kills every process inside.
 *
 * bwrap also installs a system-call filter (ra_seccomp.h) for the command.
 * Every tmpfs bwrap makes (/, /dev) is remounted read-only once the
 * mounts are in place: a tmpfs is host memory, and only /tmp and
 * /dev/shm have a size. The work folder is a host folder; its size is
 * watched from outside while the command runs.
 */
#include "ra_sandbox.h"

#include "mm_buf.h"
#include "ra_cgroup.h"
#include "ra_config.h"
#include "ra_seccomp.h"
#include "ra_usage.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define RA_BWRAP "/usr/bin/bwrap"
#define RA_CAPTURE_MAX (64 * 1024) /* tail kept of each stream */
#define RA_ARGV_MAX 160
#define RA_SHM_BYTES "16777216" /* size of the private /dev/shm */
#define RA_WATCH_MS 250         /* how often the work folder is measured */

/* 1 if this bwrap has --disable-userns (0.8.0 and later), found once. */
static int ra_bwrap_disable_userns;
static pthread_once_t ra_bwrap_probe_once = PTHREAD_ONCE_INIT;

/* Reads `bwrap --help` to learn whether --disable-userns exists, so that
 * an older bwrap still runs (without that layer) instead of refusing
 * every sandbox. */
static void ra_bwrap_probe(void)
{
    static char *const argv[] = {RA_BWRAP, "--help", NULL};
    static char *const envp[] = {NULL};
    char buf[16384];
    size_t len = 0;
    ssize_t n;
    int p[2], status;
    pid_t pid;

    if (pipe2(p, O_CLOEXEC) != 0)
        return;
    pid = fork();
    if (pid == 0) {
        dup2(p[1], 1);
        execve(RA_BWRAP, argv, envp);
        _exit(127);
    }
    close(p[1]);
    while (pid > 0 && len < sizeof(buf) - 1 &&
           (n = read(p[0], buf + len, sizeof(buf) - 1 - len)) > 0)
        len += (size_t)n;
    close(p[0]);
    buf[len] = '\0';
    if (pid > 0)
        waitpid(pid, &status, 0);
    ra_bwrap_disable_userns = strstr(buf, "--disable-userns") != NULL;
}

struct ra_sandbox {
    ra_sandbox_env env;   /* mounts */
    ra_limits limits;     /* limits */
    char *workdir;        /* host folder at /work, or NULL */
    ra_cgroup *cgroup;    /* NULL when cgroups are unavailable */
    pthread_mutex_t lock; /* guards pid and cancelled */
    pid_t pid;            /* running bwrap, 0 when idle */
    int cancelled;        /* ra_sandbox_kill was called */
};

ra_sandbox *ra_sandbox_create(const ra_sandbox_env *env,
                              const ra_limits *limits, const char *workdir,
                              const char *name, const char **error)
{
    ra_sandbox *sb = calloc(1, sizeof(*sb));

    if (!sb) {
        *error = "out of memory";
        return NULL;
    }
    if (access(RA_BWRAP, X_OK) != 0) {
        free(sb);
        *error = "bubblewrap (" RA_BWRAP ") is not installed";
        return NULL;
    }
    pthread_once(&ra_bwrap_probe_once, ra_bwrap_probe);
    sb->env = *env;
    sb->limits = *limits;
    sb->workdir = workdir ? strdup(workdir) : NULL;
    pthread_mutex_init(&sb->lock, NULL);
    if (geteuid() == 0)
        sb->cgroup = ra_cgroup_create(name, limits->memory_mb, limits->pids,
                                      limits->cpus);
    return sb;
}

/* Appends the bwrap options; returns the number of argv slots used. */
static int ra_bwrap_args(const ra_sandbox *sb, const char **a, char *tmpsz,
                         size_t tmpsz_len)
{
    int n = 0;

    a[n++] = RA_BWRAP;
    a[n++] = "--unshare-all";
    a[n++] = "--unshare-user";
    if (ra_bwrap_disable_userns)
        /* No nested user namespaces: the code cannot gain a namespace's
         * capabilities to reach kernel surfaces nobody else can. */
        a[n++] = "--disable-userns";
    a[n++] = "--die-with-parent";
    a[n++] = "--new-session"; /* no TIOCSTI into the agent's terminal */
    a[n++] = "--clearenv";
    a[n++] = "--hostname";
    a[n++] = "sandbox";
    a[n++] = "--ro-bind";
    a[n++] = "/usr";
    a[n++] = "/usr";
    a[n++] = "--symlink";
    a[n++] = "usr/bin";
    a[n++] = "/bin";
    a[n++] = "--symlink";
    a[n++] = "usr/lib";
    a[n++] = "/lib";
    a[n++] = "--symlink";
    a[n++] = "usr/lib64";
    a[n++] = "/lib64";
    a[n++] = "--symlink";
    a[n++] = "usr/sbin";
    a[n++] = "/sbin";
    /* Fonts, TeX's configuration and its prebuilt formats. */
    a[n++] = "--ro-bind-try";
    a[n++] = "/etc/fonts";
    a[n++] = "/etc/fonts";
    a[n++] = "--ro-bind-try";
    a[n++] = "/etc/texmf";
    a[n++] = "/etc/texmf";
    a[n++] = "--ro-bind-try";
    a[n++] = "/var/lib/texmf";
    a[n++] = "/var/lib/texmf";
    a[n++] = "--ro-bind-try";
    a[n++] = "/etc/ld.so.cache";
    a[n++] = "/etc/ld.so.cache";
    a[n++] = "--ro-bind-try";
    a[n++] = "/etc/alternatives";
    a[n++] = "/etc/alternatives";
    a[n++] = "--ro-bind";
    a[n++] = sb->env.venv;
    a[n++] = sb->env.venv;
    /* Descriptors by number, from 3 on: see ra_child_exec. */
    if (sb->env.extra_file) {
        a[n++] = "--ro-bind-data";
        a[n++] = "3";
        a[n++] = sb->env.extra_dest;
    }
    if (ra_seccomp_supported()) {
        a[n++] = "--seccomp";
        a[n++] = sb->env.extra_file ? "4" : "3";
    }
    a[n++] = "--proc";
    a[n++] = "/proc";
    a[n++] = "--dev";
    a[n++] = "/dev";
    a[n++] = "--size";
    a[n++] = RA_SHM_BYTES;
    a[n++] = "--tmpfs";
    a[n++] = "/dev/shm";
    snprintf(tmpsz, tmpsz_len, "%ld", (long)sb->limits.tmp_mb << 20);
    a[n++] = "--size";
    a[n++] = tmpsz;
    a[n++] = "--tmpfs";
    a[n++] = "/tmp";
    if (sb->workdir) {
        a[n++] = "--bind";
        a[n++] = sb->workdir;
        a[n++] = "/work";
        a[n++] = "--chdir";
        a[n++] = "/work";
    } else {
        a[n++] = "--chdir";
        a[n++] = "/tmp";
    }
    /* Last: bwrap's own tmpfs mounts have no size limit. Not recursive,
     * so /tmp, /dev/shm and /work stay writable. */
    a[n++] = "--remount-ro";
    a[n++] = "/dev";
    a[n++] = "--remount-ro";
    a[n++] = "/";
    return n;
}

/* Builds the full argv: bwrap options, --setenv pairs, --, the command.
 * Returns 0, or -1 if it does not fit. */
static int ra_build_argv(const ra_sandbox *sb, const char *const *argv,
                         const char *const *envp, const char **a, char *tmpsz,
                         size_t tmpsz_len, char **envcopy)
{
    int n = ra_bwrap_args(sb, a, tmpsz, tmpsz_len), i;

    for (i = 0; envp && envp[i]; i++) {
        char *eq;
        if (n + 3 >= RA_ARGV_MAX || !(envcopy[i] = strdup(envp[i])))
            return -1;
        eq = strchr(envcopy[i], '=');
        if (!eq)
            return -1;
        *eq = '\0';
        a[n++] = "--setenv";
        a[n++] = envcopy[i];
        a[n++] = eq + 1;
    }
    if (n + 1 >= RA_ARGV_MAX)
        return -1;
    a[n++] = "--";
    for (i = 0; argv[i]; i++) {
        if (n + 1 >= RA_ARGV_MAX)
            return -1;
        a[n++] = argv[i];
    }
    a[n] = NULL;
    return 0;
}

/* Closes every descriptor from `first` on. */
static void ra_close_from(int first)
{
    int fd;

    if (close_range((unsigned)first, ~0U, 0) == 0)
        return;
    for (fd = first; fd < 1024; fd++) /* RLIMIT_NOFILE is 1024 here */
        close(fd);
}

/* Puts the open descriptor `fd` at number `want`. Returns 0 or -1. The
 * lowest free number is at least `want`, so a copy left above it is
 * closed by ra_close_from. */
static int ra_place_fd(int fd, int want)
{
    if (fd < 0)
        return -1;
    return fd == want || dup2(fd, want) == want ? 0 : -1;
}

/* In the child, between fork and exec: limits, identity, then bwrap. */
static void ra_child_exec(const ra_sandbox *sb, const char **argv, int in,
                          int out, int err)
{
    static char *const empty_env[] = {NULL};
    struct rlimit rl;
    gid_t gid = RA_SANDBOX_UID;
    int next = 3;

    setsid();
    if (sb->cgroup && ra_cgroup_enter(sb->cgroup, getpid()) != 0)
        _exit(126);
    rl.rlim_cur = rl.rlim_max = (rlim_t)sb->limits.file_mb << 20;
    setrlimit(RLIMIT_FSIZE, &rl);
    rl.rlim_cur = rl.rlim_max = 0;
    setrlimit(RLIMIT_CORE, &rl);
    rl.rlim_cur = rl.rlim_max = 1024;
    setrlimit(RLIMIT_NOFILE, &rl);
    /* CPU seconds: all cores busy for the whole wall limit, a backstop. */
    rl.rlim_cur = rl.rlim_max =
        (rlim_t)sb->limits.wall_seconds * sb->limits.cpus + 5;
    setrlimit(RLIMIT_CPU, &rl);
    if (!sb->cgroup) {
        /* No cgroup: bound the address space instead (loosely, since
         * Python maps far more than it touches), and the process count
         * through the user's count. That count is per user, so
         * sandboxes running at the same time as the same user share it:
         * a looser bound than a cgroup's, but a bound. */
        rl.rlim_cur = rl.rlim_max = (rlim_t)sb->limits.memory_mb << 22;
        setrlimit(RLIMIT_AS, &rl);
        rl.rlim_cur = rl.rlim_max = (rlim_t)sb->limits.pids;
        setrlimit(RLIMIT_NPROC, &rl);
    }
    if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0)
        _exit(126);
    /* bwrap reads by number, from 3 on: the extra file (opened as root,
     * for --ro-bind-data), then the system-call filter (--seccomp). */
    if (sb->env.extra_file &&
        ra_place_fd(open(sb->env.extra_file, O_RDONLY), next++) != 0)
        _exit(126);
    if (ra_seccomp_supported() && ra_place_fd(ra_seccomp_fd(), next++) != 0)
        _exit(126);
    /* Nothing else of the agent goes in: another thread may hold a
     * descriptor (a store file, a socket) without O_CLOEXEC. */
    ra_close_from(next);
    if (geteuid() == 0 &&
        (setgroups(1, &gid) != 0 || setgid(RA_SANDBOX_UID) != 0 ||
         setuid(RA_SANDBOX_UID) != 0))
        _exit(126);
    execve(RA_BWRAP, (char *const *)argv, empty_env);
    _exit(127);
}

/* Keeps at most RA_CAPTURE_MAX bytes: the tail, where errors are. */
static void ra_capture(mm_buf *b, const char *s, size_t n, int *truncated)
{
    mm_buf_append(b, s, n);
    if (b->len > 2 * RA_CAPTURE_MAX) {
        memmove(b->data, b->data + b->len - RA_CAPTURE_MAX, RA_CAPTURE_MAX);
        b->len = RA_CAPTURE_MAX;
        b->data[b->len] = '\0';
        *truncated = 1;
    }
}

static long ra_ms_now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

/* Kills the running command (bwrap; --die-with-parent and the pid
 * namespace take the rest) and what is left in the cgroup. */
static void ra_stop(ra_sandbox *sb)
{
    pthread_mutex_lock(&sb->lock);
    if (sb->pid > 0)
        kill(sb->pid, SIGKILL);
    pthread_mutex_unlock(&sb->lock);
    if (sb->cgroup)
        ra_cgroup_kill_all(sb->cgroup);
}

/* Measures the work folder at most every RA_WATCH_MS; stops the command
 * when it holds too much. A writer gets at most one interval's worth of
 * writes past the limit (and no file past RLIMIT_FSIZE). */
static void ra_watch_workdir(ra_sandbox *sb, ra_sandbox_result *res,
                             long *next_ms)
{
    if (!sb->workdir || sb->limits.work_mb <= 0 || res->work_exceeded ||
        ra_ms_now() < *next_ms)
        return;
    *next_ms = ra_ms_now() + RA_WATCH_MS;
    if (ra_usage_over(sb->workdir, (long long)sb->limits.work_mb << 20,
                      RA_USAGE_MAX_ENTRIES) == 1) {
        res->work_exceeded = 1;
        ra_stop(sb);
    }
}

/* Pumps stdin/stdout/stderr until both outputs close or time runs out. */
static void ra_pump(ra_sandbox *sb, int in, int out, int err,
                    const char *input, ra_output_fn fn, void *ctx,
                    ra_sandbox_result *res, mm_buf *ob, mm_buf *eb)
{
    long deadline = ra_ms_now() + sb->limits.wall_seconds * 1000L;
    long watch_ms = 0;
    size_t in_len = input ? strlen(input) : 0, in_off = 0;
    char chunk[8192];

    if (in_len == 0) {
        close(in);
        in = -1;
    }
    while (out >= 0 || err >= 0) {
        struct pollfd p[3] = {
            {out, POLLIN, 0}, {err, POLLIN, 0}, {in, POLLOUT, 0}};
        long left = deadline - ra_ms_now();
        int i;

        if (left <= 0 && !res->timed_out) {
            res->timed_out = 1;
            ra_stop(sb);
            deadline = ra_ms_now() + 2000; /* let the pipes drain */
            left = 2000;
        } else if (left <= 0) {
            break; /* killed, yet a descendant holds the pipes open */
        }
        ra_watch_workdir(sb, res, &watch_ms);
        if (poll(p, 3, (int)(left < RA_WATCH_MS ? left : RA_WATCH_MS)) < 0 &&
            errno != EINTR)
            break;
        if (in >= 0 && (p[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t w = write(in, input + in_off, in_len - in_off);
            if (w > 0)
                in_off += (size_t)w;
            if (w < 0 || in_off == in_len) {
                close(in);
                in = -1;
            }
        }
        for (i = 0; i < 2; i++) {
            int *fd = i == 0 ? &out : &err;
            ssize_t r;
            if (*fd < 0 || !(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            r = read(*fd, chunk, sizeof(chunk));
            if (r <= 0) {
                close(*fd);
                *fd = -1;
                continue;
            }
            ra_capture(i == 0 ? ob : eb, chunk, (size_t)r,
                       &res->output_truncated);
            if (fn)
                fn(ctx, i == 0 ? RA_STDOUT : RA_STDERR, chunk, (size_t)r);
        }
    }
    if (in >= 0)
        close(in);
    if (out >= 0)
        close(out);
    if (err >= 0)
        close(err);
}

static void ra_close_pair(int p[2])
{
    if (p[0] >= 0)
        close(p[0]);
    if (p[1] >= 0)
        close(p[1]);
}

int ra_sandbox_run(ra_sandbox *sb, const char *const *argv,
                   const char *const *envp, const char *input, ra_output_fn fn,
                   void *ctx, ra_sandbox_result *res)
{
    const char *a[RA_ARGV_MAX];
    char *envcopy[64] = {0}, tmpsz[32];
    int pin[2] = {-1, -1}, pout[2] = {-1, -1}, perr[2] = {-1, -1};
    int status = 0, i, rc = -1;
    mm_buf ob = MM_BUF_INIT, eb = MM_BUF_INIT;
    pid_t pid;

    memset(res, 0, sizeof(*res));
    res->exit_code = -1;
    for (i = 0; envp && envp[i]; i++)
        if (i >= 63)
            goto fail;
    if (ra_build_argv(sb, argv, envp, a, tmpsz, sizeof(tmpsz), envcopy) != 0)
        goto fail;
    if (pipe2(pin, O_CLOEXEC) || pipe2(pout, O_CLOEXEC) ||
        pipe2(perr, O_CLOEXEC))
        goto fail;
    pthread_mutex_lock(&sb->lock);
    if (sb->cancelled) {
        pthread_mutex_unlock(&sb->lock);
        res->cancelled = 1;
        rc = 0;
        goto out;
    }
    pid = fork();
    if (pid == 0)
        ra_child_exec(sb, a, pin[0], pout[1], perr[1]);
    sb->pid = pid > 0 ? pid : 0;
    pthread_mutex_unlock(&sb->lock);
    if (pid < 0)
        goto fail;
    close(pin[0]);
    close(pout[1]);
    close(perr[1]);
    pin[0] = pout[1] = perr[1] = -1;
    ra_pump(sb, pin[1], pout[0], perr[0], input, fn, ctx, res, &ob, &eb);
    pin[1] = pout[0] = perr[0] = -1;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    pthread_mutex_lock(&sb->lock);
    sb->pid = 0;
    res->cancelled = sb->cancelled && !res->timed_out;
    pthread_mutex_unlock(&sb->lock);
    if (sb->cgroup) {
        res->oom = ra_cgroup_oom_killed(sb->cgroup);
        ra_cgroup_kill_all(sb->cgroup);
    }
    if (WIFEXITED(status))
        res->exit_code = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        res->signal = WTERMSIG(status);
    rc = 0;
    goto out;
fail:
    mm_buf_printf(&eb, "could not start the sandbox: %s", strerror(errno));
out:
    ra_close_pair(pin);
    ra_close_pair(pout);
    ra_close_pair(perr);
    for (i = 0; i < 64; i++)
        free(envcopy[i]);
    res->out = mm_buf_steal(&ob);
    res->err = mm_buf_steal(&eb);
    return rc;
}

void ra_sandbox_kill(ra_sandbox *sb)
{
    pthread_mutex_lock(&sb->lock);
    sb->cancelled = 1;
    pthread_mutex_unlock(&sb->lock);
    ra_stop(sb);
}

void ra_sandbox_destroy(ra_sandbox *sb)
{
    if (!sb)
        return;
    ra_cgroup_destroy(sb->cgroup);
    pthread_mutex_destroy(&sb->lock);
    free(sb->workdir);
    free(sb);
}

void ra_sandbox_result_free(ra_sandbox_result *res)
{
    free(res->out);
    free(res->err);
    res->out = res->err = NULL;
}
