/*
 * ra_log: one line per event on stderr, with a level, a time and, where a
 * job is concerned, job=<id>. Secrets are never passed here.
 */
#ifndef RA_LOG_H
#define RA_LOG_H

typedef enum { RA_LOG_DEBUG, RA_LOG_INFO, RA_LOG_WARN, RA_LOG_ERROR } ra_level;

/* Sets the lowest level printed (default RA_LOG_INFO). */
void ra_log_set_level(ra_level level);

/* Logs a line; `job` may be NULL. Thread-safe. */
void ra_log(ra_level level, const char *job, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif /* RA_LOG_H */
