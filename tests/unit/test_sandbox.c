/*
 * Tests of the bubblewrap sandbox with real processes: what the code
 * inside can see and do (no agent environment, descriptors, host files,
 * network, capabilities or nested user namespaces; nothing writable but
 * /tmp, /dev/shm and the work folder) and how it is stopped (wall clock,
 * memory, the work folder's size, processes without cgroups, a kill from
 * another thread, output caps).
 */
#include "mm_test.h"
#include "ra_sandbox.h"
#include "ra_seccomp.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static ra_sandbox_env env = {"/usr", NULL, NULL};
static ra_limits limits = {10, 256, 1, 64, 16, 16, 0};

static int run_sh(const char *script, const ra_limits *lim,
                  ra_sandbox_result *res)
{
    const char *err = NULL;
    const char *argv[] = {"/bin/sh", "-c", script, NULL};
    const char *envp[] = {"GIVEN=1", NULL};
    ra_sandbox *sb = ra_sandbox_create(&env, lim, NULL, "unit-test", &err);
    int rc;

    if (!sb) {
        fprintf(stderr, "  sandbox: %s\n", err);
        return -1;
    }
    rc = ra_sandbox_run(sb, argv, envp, NULL, NULL, NULL, res);
    ra_sandbox_destroy(sb);
    return rc;
}

static void test_environment_is_only_what_is_given(void)
{
    ra_sandbox_result res;

    setenv("MM_AGENT_SECRET", "canary-7f3a", 1);
    MM_CHECK(run_sh("env; id -u", &limits, &res) == 0);
    MM_CHECK(res.exit_code == 0);
    MM_CHECK_CONTAINS(res.out, "GIVEN=1");
    MM_CHECK(strstr(res.out, "canary-7f3a") == NULL);
    MM_CHECK_CONTAINS(res.out, "65534");
    ra_sandbox_result_free(&res);
}

static void test_host_files_are_not_there(void)
{
    ra_sandbox_result res;

    MM_CHECK(run_sh("cat /etc/shadow || cat /etc/passwd || ls /root || "
                    "echo contained",
                    &limits, &res) == 0);
    MM_CHECK_CONTAINS(res.out, "contained");
    MM_CHECK(strstr(res.out, "root:") == NULL);
    ra_sandbox_result_free(&res);
    MM_CHECK(run_sh("touch /usr/x 2>/dev/null || echo read-only", &limits,
                    &res) == 0);
    MM_CHECK_CONTAINS(res.out, "read-only");
    ra_sandbox_result_free(&res);
}

static void test_no_network_even_to_loopback(void)
{
    struct sockaddr_in a = {.sin_family = AF_INET};
    socklen_t len = sizeof(a);
    int s = socket(AF_INET, SOCK_STREAM, 0);
    char script[256];
    ra_sandbox_result res;

    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(s, (struct sockaddr *)&a, sizeof(a));
    listen(s, 1);
    getsockname(s, (struct sockaddr *)&a, &len);
    snprintf(script, sizeof(script),
             "python3 -c \"import socket; socket.create_connection("
             "('127.0.0.1', %d), 2)\" 2>/dev/null && echo reached || "
             "echo unreachable",
             ntohs(a.sin_port));
    MM_CHECK(run_sh(script, &limits, &res) == 0);
    MM_CHECK_CONTAINS(res.out, "unreachable");
    ra_sandbox_result_free(&res);
    close(s);
}

static void test_wall_clock_kills(void)
{
    ra_limits lim = limits;
    ra_sandbox_result res;
    time_t start = time(NULL);

    lim.wall_seconds = 1;
    MM_CHECK(run_sh("sleep 30", &lim, &res) == 0);
    MM_CHECK(res.timed_out);
    MM_CHECK(time(NULL) - start <= 5);
    ra_sandbox_result_free(&res);
}

static void test_memory_limit_kills(void)
{
    ra_limits lim = limits;
    ra_sandbox_result res;

    lim.memory_mb = 64;
    MM_CHECK(run_sh("python3 -c \"x = bytearray(400 << 20); "
                    "print('allocated')\"",
                    &lim, &res) == 0);
    MM_CHECK(strstr(res.out, "allocated") == NULL);
    MM_CHECK(res.exit_code != 0);
    /* As root the limit is a cgroup's, and its kill is reported. */
    if (geteuid() == 0)
        MM_CHECK(res.oom);
    ra_sandbox_result_free(&res);
}

static void test_output_is_capped(void)
{
    ra_sandbox_result res;

    MM_CHECK(run_sh("head -c 1000000 /dev/zero | tr '\\0' x", &limits, &res) ==
             0);
    MM_CHECK(res.output_truncated);
    MM_CHECK(strlen(res.out) <= 128 * 1024);
    ra_sandbox_result_free(&res);
}

static void test_no_capabilities_and_no_new_privileges(void)
{
    ra_sandbox_result res;

    MM_CHECK(run_sh("grep -E '^(CapEff|CapPrm|CapBnd|NoNewPrivs)' "
                    "/proc/self/status",
                    &limits, &res) == 0);
    MM_CHECK_CONTAINS(res.out, "CapEff:\t0000000000000000");
    MM_CHECK_CONTAINS(res.out, "CapPrm:\t0000000000000000");
    MM_CHECK_CONTAINS(res.out, "CapBnd:\t0000000000000000");
    MM_CHECK_CONTAINS(res.out, "NoNewPrivs:\t1");
    ra_sandbox_result_free(&res);
}

static void test_no_nested_user_namespaces(void)
{
    ra_sandbox_result res;

    /* A nested user namespace would give the code every capability
     * inside it, and with them kernel surfaces nobody else reaches. */
    MM_CHECK(run_sh("unshare --user --map-root-user true 2>/dev/null && "
                    "echo nested || echo refused",
                    &limits, &res) == 0);
    MM_CHECK_CONTAINS(res.out, "refused");
    ra_sandbox_result_free(&res);
}

static void test_only_tmp_and_shm_are_writable(void)
{
    ra_sandbox_result res;

    MM_CHECK(run_sh("for d in / /dev /usr /tmp /dev/shm; do "
                    "touch $d/x 2>/dev/null && echo \"w:$d\"; done; "
                    "echo done",
                    &limits, &res) == 0);
    MM_CHECK_CONTAINS(res.out, "w:/tmp\nw:/dev/shm\ndone");
    MM_CHECK(strstr(res.out, "w:/\n") == NULL);
    MM_CHECK(strstr(res.out, "w:/dev\n") == NULL);
    ra_sandbox_result_free(&res);
    /* /dev/shm is memory, so it is small. */
    MM_CHECK(run_sh("head -c 40000000 /dev/zero > /dev/shm/big 2>/dev/null "
                    "|| echo full",
                    &limits, &res) == 0);
    MM_CHECK_CONTAINS(res.out, "full");
    ra_sandbox_result_free(&res);
}

static void test_agent_descriptors_stay_out(void)
{
    char path[] = "/tmp/mm-fd-canary-XXXXXX";
    int fd = mkstemp(path), plain;
    ra_sandbox_result res;

    /* As if another thread had opened a file without O_CLOEXEC. */
    plain = fcntl(fd, F_GETFD);
    fcntl(fd, F_SETFD, plain & ~FD_CLOEXEC);
    MM_CHECK(run_sh("ls -l /proc/$$/fd; echo listed", &limits, &res) == 0);
    MM_CHECK_CONTAINS(res.out, "listed");
    MM_CHECK(strstr(res.out, "mm-fd-canary") == NULL);
    ra_sandbox_result_free(&res);
    close(fd);
    unlink(path);
}

static void test_filtered_system_calls_fail(void)
{
    char script[600];
    ra_sandbox_result res;

    if (!ra_seccomp_supported())
        return;
    /* Each works unfiltered for an unprivileged user (the keyrings even
     * reach the agent's session keyring); each must now fail with EPERM,
     * while ordinary calls go on working. */
    snprintf(script, sizeof(script),
             "python3 -c \"import ctypes\n"
             "libc = ctypes.CDLL(None, use_errno=True)\n"
             "buf = ctypes.create_string_buffer(120)\n"
             "for name, args in (('keyctl', (%d, 0, -3, 0)),\n"
             "                   ('io_uring', (%d, 1, buf)),\n"
             "                   ('ptrace', (%d, 0, 0, 0, 0)),\n"
             "                   ('unshare', (%d, 0))):\n"
             "    r = libc.syscall(*args)\n"
             "    print(name, r, ctypes.get_errno())\n"
             "print('getpid', libc.syscall(%d) > 0)\"",
             __NR_keyctl, __NR_io_uring_setup, __NR_ptrace, __NR_unshare,
             __NR_getpid);
    MM_CHECK(run_sh(script, &limits, &res) == 0);
    MM_CHECK_CONTAINS(res.out, "keyctl -1 1\n");
    MM_CHECK_CONTAINS(res.out, "io_uring -1 1\n");
    MM_CHECK_CONTAINS(res.out, "ptrace -1 1\n");
    MM_CHECK_CONTAINS(res.out, "unshare -1 1\n");
    MM_CHECK_CONTAINS(res.out, "getpid True");
    ra_sandbox_result_free(&res);
}

/* In a child that is not root, so that no cgroup can be made: the
 * process count is bounded all the same. Returns failed checks. */
static int pids_without_cgroups(void)
{
    ra_limits lim = limits;
    ra_sandbox_result res;
    int failed = 0;

    lim.pids = 12;
    if (run_sh("python3 -c \"import os, time\n"
               "n = 0\n"
               "try:\n"
               "    while n < 200:\n"
               "        if os.fork() == 0:\n"
               "            time.sleep(20); os._exit(0)\n"
               "        n += 1\n"
               "except OSError:\n"
               "    print('limited at', n)\n\"",
               &lim, &res) != 0)
        return 1;
    failed += strstr(res.out, "limited at") == NULL;
    failed += res.timed_out;
    if (failed)
        fprintf(stderr, "  out: %s\n  err: %s\n", res.out, res.err);
    ra_sandbox_result_free(&res);
    return failed;
}

static void test_pids_are_limited_without_cgroups(void)
{
    gid_t gid = 54321;
    int status = -1;
    pid_t pid = fork();

    if (pid == 0) {
        /* A user of its own: the fallback counts processes per user. */
        if (setgroups(1, &gid) != 0 || setgid(gid) != 0 || setuid(54321))
            _exit(100);
        _exit(pids_without_cgroups());
    }
    waitpid(pid, &status, 0);
    MM_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

static void test_work_folder_is_bounded(void)
{
    char top[] = "/tmp/mm-test-work-XXXXXX", dir[64], cmd[128];
    const char *err = NULL;
    const char *fill[] = {"/bin/sh", "-c",
                          "i=0; while head -c 1048576 /dev/zero > /work/f$i;"
                          " do i=$((i+1)); done; sleep 30",
                          NULL};
    const char *files[] = {"/usr/bin/python3", "-c",
                           "import time\n"
                           "for i in range(40000): open(f'/work/{i}', 'w')\n"
                           "time.sleep(30)",
                           NULL};
    ra_limits lim = limits;
    ra_sandbox_result res;
    ra_sandbox *sb;
    time_t start = time(NULL);

    /* The sandbox user's folder inside one of root's, as in the agent's
     * jobs folder: nothing of that user's at the top of /tmp. */
    MM_CHECK(mkdtemp(top) != NULL && chmod(top, 0711) == 0);
    snprintf(dir, sizeof(dir), "%s/work", top);
    MM_CHECK(mkdir(dir, 0700) == 0 && chown(dir, 65534, 65534) == 0);
    lim.work_mb = 8;
    lim.file_mb = 64;
    sb = ra_sandbox_create(&env, &lim, dir, "unit-work", &err);
    MM_CHECK(sb &&
             ra_sandbox_run(sb, fill, NULL, NULL, NULL, NULL, &res) == 0);
    MM_CHECK(res.work_exceeded && !res.timed_out && !res.cancelled);
    ra_sandbox_result_free(&res);
    ra_sandbox_destroy(sb);
    /* Many empty files are bounded too. */
    sb = ra_sandbox_create(&env, &lim, dir, "unit-work", &err);
    MM_CHECK(sb &&
             ra_sandbox_run(sb, files, NULL, NULL, NULL, NULL, &res) == 0);
    MM_CHECK(res.work_exceeded && !res.timed_out);
    ra_sandbox_result_free(&res);
    ra_sandbox_destroy(sb);
    MM_CHECK(time(NULL) - start < 10);
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", top);
    MM_CHECK(system(cmd) == 0);
}

static void *kill_later(void *sb)
{
    usleep(300000);
    ra_sandbox_kill(sb);
    return NULL;
}

static void test_kill_from_another_thread(void)
{
    const char *err = NULL;
    const char *argv[] = {"/bin/sh", "-c", "sleep 30", NULL};
    ra_sandbox *sb = ra_sandbox_create(&env, &limits, NULL, "unit-kill", &err);
    ra_sandbox_result res;
    pthread_t t;
    time_t start = time(NULL);

    MM_CHECK(sb != NULL);
    if (!sb)
        return;
    pthread_create(&t, NULL, kill_later, sb);
    MM_CHECK(ra_sandbox_run(sb, argv, NULL, NULL, NULL, NULL, &res) == 0);
    pthread_join(t, NULL);
    MM_CHECK(res.cancelled && !res.timed_out);
    MM_CHECK(time(NULL) - start <= 3);
    ra_sandbox_result_free(&res);
    ra_sandbox_destroy(sb);
}

int main(void)
{
    MM_RUN(test_environment_is_only_what_is_given);
    MM_RUN(test_host_files_are_not_there);
    MM_RUN(test_no_network_even_to_loopback);
    MM_RUN(test_wall_clock_kills);
    MM_RUN(test_memory_limit_kills);
    MM_RUN(test_output_is_capped);
    MM_RUN(test_kill_from_another_thread);
    MM_RUN(test_no_capabilities_and_no_new_privileges);
    MM_RUN(test_no_nested_user_namespaces);
    MM_RUN(test_only_tmp_and_shm_are_writable);
    MM_RUN(test_agent_descriptors_stay_out);
    MM_RUN(test_filtered_system_calls_fail);
    MM_RUN(test_pids_are_limited_without_cgroups);
    MM_RUN(test_work_folder_is_bounded);
    return mm_test_summary();
}
