/*
 * Tests of the bubblewrap sandbox with real processes: what the code
 * inside can see (no agent environment, no host files, no network) and
 * how it is stopped (wall clock, memory, a kill from another thread,
 * output caps).
 */
#include "mm_test.h"
#include "ra_sandbox.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static ra_sandbox_env env = {"/usr", NULL, NULL};
static ra_limits limits = {10, 256, 1, 64, 16, 16};

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
    return mm_test_summary();
}
