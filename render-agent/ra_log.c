/*
 * ra_log: agent logging. See ra_log.h.
 */
#include "ra_log.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static ra_level ra_min_level = RA_LOG_INFO;
static pthread_mutex_t ra_log_lock = PTHREAD_MUTEX_INITIALIZER;

void ra_log_set_level(ra_level level)
{
    ra_min_level = level;
}

void ra_log(ra_level level, const char *job, const char *fmt, ...)
{
    static const char *const names[] = {"debug", "info", "warn", "error"};
    char stamp[32];
    struct tm tm;
    time_t now;
    va_list ap;

    if (level < ra_min_level)
        return;
    now = time(NULL);
    gmtime_r(&now, &tm);
    strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
    pthread_mutex_lock(&ra_log_lock);
    fprintf(stderr, "%s render-agent %s: ", stamp, names[level]);
    if (job)
        fprintf(stderr, "job=%s ", job);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    pthread_mutex_unlock(&ra_log_lock);
}
