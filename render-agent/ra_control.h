/*
 * ra_control: the agent's Unix socket, through which httpd's children
 * talk to it. One line in, one line out:
 *   "wake"        -> "ok"      (a job was queued; look now)
 *   "cancel <id>" -> "ok" | "unknown"  (kill that job's sandbox)
 *   "status"      -> one JSON object (agent id, workers, busy)
 * Anything else -> "error unknown command".
 */
#ifndef RA_CONTROL_H
#define RA_CONTROL_H

#include "ra_agent.h"

/*
 * Binds the socket at cfg.socket_path (replacing a stale one) under a
 * tight umask, gives it to cfg.socket_user if set, and starts the thread
 * that serves it. Returns 0, or -1 after logging why.
 */
int ra_control_start(ra_agent *ag);

/* Stops serving and removes the socket file. */
void ra_control_stop(ra_agent *ag);

#endif /* RA_CONTROL_H */
