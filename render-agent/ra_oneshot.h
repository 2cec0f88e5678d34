/*
 * ra_oneshot: the agent's one-shot mode (`render-agent --render FILE`).
 * The scene goes the way a job's code goes in the daemon -- the validator
 * in its sandbox (skipped with --no-validate), ra_render in the bubblewrap
 * sandbox with the daemon's limits, mounts and environment, the same
 * checks when the output is collected -- but without a store or a control
 * socket. For the security tests and for operators trying a scene.
 *
 * It prints one JSON object on stdout:
 *   {"ok": true|false,
 *    "errorType": null | "validation" | "runtime_error" | "timeout" |
 *                 "resource_limit" | "internal",
 *    "message": null | text for a person,
 *    "findings": [{"line", "col", "rule", "message"}, ...],
 *    "sceneClass": null | the validator's scene class,
 *    "videoHash": null | SHA-256 of the stored MP4 (or PNG),
 *    "output": null | the stored file, <data-dir>/media/<hash>.<ext>,
 *    "stdoutTail": text, "stderrTail": text (the sandbox's, 64 KB tails),
 *    "seconds": wall-clock time of the whole run}
 * Log lines go to stderr as in the daemon.
 */
#ifndef RA_ONESHOT_H
#define RA_ONESHOT_H

#include <signal.h>

#include "ra_agent.h"

/* Largest scene file read; the validator's own limit is far lower. */
#define RA_ONESHOT_MAX_BYTES (1 << 20)

/*
 * Renders ag->cfg.render_file with ag->slots[0] (the agent's folders
 * exist). A signal of `stop` (blocked in every thread) cancels it.
 * Returns the process exit status: 0 rendered, 1 refused or failed (the
 * JSON says why), 2 bad options (a line on stderr, no JSON).
 */
int ra_oneshot_run(ra_agent *ag, const sigset_t *stop);

#endif /* RA_ONESHOT_H */
