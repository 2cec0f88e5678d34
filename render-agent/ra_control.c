/*
 * ra_control: the control socket. See ra_control.h.
 */
#include "ra_control.h"

#include "mm_job.h"
#include "ra_log.h"

#include <errno.h>
#include <jansson.h>
#include <poll.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static int ra_listen_fd = -1;
static pthread_t ra_control_thread;

/* Answers one command line into `reply`. */
static void ra_control_answer(ra_agent *ag, const char *line, char *reply,
                              size_t len)
{
    if (strcmp(line, "wake") == 0) {
        ra_agent_wake(ag);
        snprintf(reply, len, "ok\n");
    } else if (strncmp(line, "cancel ", 7) == 0 && mm_job_id_valid(line + 7)) {
        snprintf(reply, len, "%s\n",
                 ra_agent_cancel(ag, line + 7) ? "ok" : "unknown");
    } else if (strcmp(line, "status") == 0) {
        json_t *o =
            json_pack("{s:s, s:i, s:i}", "agent", ag->cfg.agent_id, "workers",
                      ag->cfg.workers, "busy", ra_agent_busy(ag));
        char *s = json_dumps(o, JSON_COMPACT);
        snprintf(reply, len, "%s\n", s ? s : "{}");
        free(s);
        json_decref(o);
    } else {
        snprintf(reply, len, "error unknown command\n");
    }
}

/* Reads one line (bounded, with a short timeout) and answers it. */
static void ra_control_serve(ra_agent *ag, int fd)
{
    char line[128], reply[256];
    size_t n = 0;
    struct pollfd p = {fd, POLLIN, 0};

    while (n < sizeof(line) - 1 && poll(&p, 1, 1000) > 0) {
        ssize_t r = read(fd, line + n, sizeof(line) - 1 - n);
        if (r <= 0)
            break;
        n += (size_t)r;
        if (memchr(line, '\n', n))
            break;
    }
    line[n] = '\0';
    line[strcspn(line, "\r\n")] = '\0';
    ra_control_answer(ag, line, reply, sizeof(reply));
    if (write(fd, reply, strlen(reply)) < 0)
        ra_log(RA_LOG_DEBUG, NULL, "control reply: %s", strerror(errno));
}

static void *ra_control_main(void *arg)
{
    ra_agent *ag = arg;

    while (!ag->stopping) {
        struct pollfd p = {ra_listen_fd, POLLIN, 0};
        int fd;
        if (poll(&p, 1, 500) <= 0)
            continue;
        fd = accept4(ra_listen_fd, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        ra_control_serve(ag, fd);
        close(fd);
    }
    return NULL;
}

int ra_control_start(ra_agent *ag)
{
    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    const char *path = ag->cfg.socket_path;
    struct passwd *pw;
    mode_t old;

    if (strlen(path) >= sizeof(addr.sun_path)) {
        ra_log(RA_LOG_ERROR, NULL, "socket path too long: %s", path);
        return -1;
    }
    memcpy(addr.sun_path, path, strlen(path) + 1);
    ra_listen_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    unlink(path);
    old = umask(0077); /* as mod_cgid: nobody else may connect */
    if (ra_listen_fd < 0 ||
        bind(ra_listen_fd, (struct sockaddr *)&addr, sizeof(addr)) != 0 ||
        listen(ra_listen_fd, 64) != 0) {
        umask(old);
        ra_log(RA_LOG_ERROR, NULL, "control socket %s: %s", path,
               strerror(errno));
        return -1;
    }
    umask(old);
    if (ag->cfg.socket_user) {
        pw = getpwnam(ag->cfg.socket_user);
        if (!pw || chown(path, pw->pw_uid, pw->pw_gid) != 0) {
            ra_log(RA_LOG_ERROR, NULL, "giving %s to user %s failed", path,
                   ag->cfg.socket_user);
            return -1;
        }
    }
    return pthread_create(&ra_control_thread, NULL, ra_control_main, ag) == 0
               ? 0
               : -1;
}

void ra_control_stop(ra_agent *ag)
{
    (void)ag;
    pthread_join(ra_control_thread, NULL);
    close(ra_listen_fd);
    unlink(ag->cfg.socket_path);
}
