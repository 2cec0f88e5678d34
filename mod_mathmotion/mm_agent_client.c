/*
 * mm_agent_client: one-line messages to the render agent over its Unix
 * socket. See mm_agent_client.h for the protocol.
 *
 * Log numbers MM00120-MM00139.
 */
#include "mm_agent_client.h"

#include "http_log.h"
#include "apr_network_io.h"
#include "apr_strings.h"

#include <errno.h>

APLOG_USE_MODULE(mathmotion);

/* Total time an exchange may take: connect, write and read. */
#define MM_AGENT_BUDGET apr_time_from_msec(200)

/* Longest reply line kept (the rest is ignored); a status line fits. */
#define MM_AGENT_REPLY_MAX 512

/* Sets the socket timeout to what is left before `deadline`. */
static apr_status_t mm_agent_budget(apr_socket_t *sock, apr_time_t deadline)
{
    apr_interval_time_t left = deadline - apr_time_now();

    if (left <= 0)
        return APR_TIMEUP;
    return apr_socket_timeout_set(sock, left);
}

static apr_status_t mm_agent_send_all(apr_socket_t *sock, const char *line,
                                      apr_time_t deadline)
{
    apr_size_t done = 0, len = strlen(line);
    apr_status_t rv = APR_SUCCESS;

    while (done < len && rv == APR_SUCCESS) {
        apr_size_t n = len - done;

        if ((rv = mm_agent_budget(sock, deadline)) != APR_SUCCESS)
            break;
        rv = apr_socket_send(sock, line + done, &n);
        done += n;
    }
    return rv;
}

/* Reads up to the first newline into reply (NUL-terminated, no '\n'). */
static apr_status_t mm_agent_read_line(apr_socket_t *sock, char *reply,
                                       apr_size_t size, apr_time_t deadline)
{
    apr_size_t used = 0;
    apr_status_t rv = APR_SUCCESS;
    char *nl = NULL;

    reply[0] = '\0';
    while (!nl && used + 1 < size) {
        apr_size_t n = size - 1 - used;

        if ((rv = mm_agent_budget(sock, deadline)) != APR_SUCCESS)
            break;
        rv = apr_socket_recv(sock, reply + used, &n);
        used += n;
        reply[used] = '\0';
        nl = strchr(reply, '\n');
        if (rv != APR_SUCCESS)
            break;
    }
    if (nl)
        *nl = '\0';
    return nl || APR_STATUS_IS_EOF(rv) ? APR_SUCCESS : rv;
}

/*
 * Connects to `path`, sends `line` and reads the one-line reply, all
 * within MM_AGENT_BUDGET. The socket belongs to `pool`, whose cleanup
 * closes it. Returns APR_SUCCESS or the failing step's status.
 */
static apr_status_t mm_agent_exchange(apr_pool_t *pool, const char *path,
                                      const char *line, char *reply,
                                      apr_size_t size)
{
    apr_time_t deadline = apr_time_now() + MM_AGENT_BUDGET;
    apr_sockaddr_t *sa;
    apr_socket_t *sock;
    apr_status_t rv;

    reply[0] = '\0';
    rv = apr_sockaddr_info_get(&sa, path, APR_UNIX, 0, 0, pool);
    if (rv == APR_SUCCESS)
        rv = apr_socket_create(&sock, APR_UNIX, SOCK_STREAM, 0, pool);
    if (rv != APR_SUCCESS)
        return rv;
    /* A timeout makes the socket non-blocking, connect included. */
    if ((rv = mm_agent_budget(sock, deadline)) == APR_SUCCESS &&
        (rv = apr_socket_connect(sock, sa)) == APR_SUCCESS &&
        (rv = mm_agent_send_all(sock, line, deadline)) == APR_SUCCESS)
        rv = mm_agent_read_line(sock, reply, size, deadline);
    apr_socket_close(sock);
    return rv;
}

/* Replaces anything but printable ASCII, so a reply is safe to log. */
static void mm_agent_printable(char *s)
{
    for (; *s; s++)
        if (*s < 0x20 || *s > 0x7e)
            *s = '?';
}

apr_status_t mm_agent_query(request_rec *r, const mm_server_conf *conf,
                            const char *command, const char **reply)
{
    char line[MM_AGENT_REPLY_MAX];
    apr_pool_t *pool;
    apr_status_t rv;

    apr_pool_create(&pool, r->pool);
    apr_pool_tag(pool, "mm_agent_client");
    rv = mm_agent_exchange(pool, conf->agent_socket,
                           apr_pstrcat(pool, command, "\n", NULL), line,
                           sizeof(line));
    apr_pool_destroy(pool);
    *reply = apr_pstrdup(r->pool, line);
    return rv;
}

/* Sends `command` for job `job_id`; `what` names it in logs. */
static void mm_agent_tell(request_rec *r, const mm_server_conf *conf,
                          const char *job_id, const char *what,
                          const char *command)
{
    const char *reply;
    apr_status_t rv = mm_agent_query(r, conf, command, &reply);
    int level;

    if (rv == APR_SUCCESS) {
        char *shown = apr_pstrdup(r->pool, reply);

        mm_agent_printable(shown);
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r,
                      MMLOGNO(00120) "job=%s agent answered '%s' to %s",
                      job_id, shown, what);
        return;
    }
    /* No agent listening is an expected state (it polls the store). */
    level = APR_STATUS_IS_ENOENT(rv) || APR_STATUS_IS_ECONNREFUSED(rv)
                ? APLOG_DEBUG
                : APLOG_WARNING;
    ap_log_rerror(
        APLOG_MARK, level, rv, r,
        MMLOGNO(00121) "job=%s could not send %s to the render agent at %s",
        job_id, what, conf->agent_socket);
}

void mm_agent_wake(request_rec *r, const mm_server_conf *conf,
                   const char *job_id)
{
    mm_agent_tell(r, conf, job_id, "wake", "wake");
}

void mm_agent_cancel(request_rec *r, const mm_server_conf *conf,
                     const char *job_id)
{
    mm_agent_tell(r, conf, job_id, "cancel",
                  apr_pstrcat(r->pool, "cancel ", job_id, NULL));
}
