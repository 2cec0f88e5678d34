/*
 * ra_validate: runs the scene validator (validator/mm_validate.py, a
 * Python `ast` allow-list) inside its own sandbox and reads its verdict.
 */
#ifndef RA_VALIDATE_H
#define RA_VALIDATE_H

#include <stddef.h>

#include "ra_config.h"

typedef struct ra_verdict {
    int ok;              /* the code may be rendered */
    char *scene_class;   /* the one Scene subclass, or NULL (malloc'd) */
    int animation_count; /* static count of play/wait calls */
    char *findings;      /* "line L:C [rule] message" lines (malloc'd) */
    char *findings_json; /* the validator's findings array, as JSON */
    char *summary;       /* first finding, for the job's message */
} ra_verdict;

/*
 * Validates `code`. Returns 0 with *v filled (free with ra_verdict_free),
 * or -1 when the validator itself could not run (err says why).
 */
int ra_validate(const ra_config *cfg, const char *name, const char *code,
                ra_verdict *v, char *err, size_t errlen);

void ra_verdict_free(ra_verdict *v);

#endif /* RA_VALIDATE_H */
