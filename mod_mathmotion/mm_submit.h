/*
 * mm_submit: the parts of POST {prefix}/jobs/submit that several files
 * share: the validated request, and the answer that hands a new job to
 * the client. mm_submit.c reads the request and makes first attempts
 * (with the prompt cache, mm_prompt_cache.c); retries, edits of earlier
 * results and auto-fixes are made by mm_attempts.c.
 */
#ifndef MM_SUBMIT_H
#define MM_SUBMIT_H

#include "httpd.h"

#include "mm_store.h"
#include "mod_mathmotion.h"

/* A submit request after validation. Absent members are NULL. */
typedef struct mm_submit_req {
    const char *prompt;        /* trimmed, non-empty, within the limit */
    const char *style_preset;  /* a known preset's name */
    const char *quality;       /* "low", "medium" or "high" */
    const char *parent_job_id; /* retry or edit of this job (an id) */
    const char *auto_fix_job;  /* auto-fix of this job (an id) */
    const char *code;          /* the user's scene code, within the limit */
    const char *gallery_id;    /* a gallery example to render */
} mm_submit_req;

/*
 * Answers a job just inserted: `status` (202 for a queued job, 200 for
 * one answered from the cache) with Location and {"job": ...} including
 * its actions (left out, and logged, if the store cannot tell them);
 * wakes the agent for a queued job. Returns the handler's return value.
 */
int mm_submit_answer(request_rec *r, const mm_server_conf *conf, mm_store *st,
                     const mm_job *job, int status);

#endif /* MM_SUBMIT_H */
