/*
 * mm_job: the job document of the seed ("Database" and "Job Lifecycle" in
 * seed/MathMotion-architecture.md) as a C struct, its status and error
 * vocabularies, id generation, and its public JSON form.
 *
 * Shared by mod_mathmotion (which creates and reports jobs) and the render
 * agent (which moves them through their lifecycle). All strings of a job
 * live in the APR pool the job was made or read in.
 */
#ifndef MM_JOB_H
#define MM_JOB_H

#include <apr_pools.h>
#include <apr_time.h>
#include <jansson.h>

/* A job id: 128 random bits as 32 lowercase hex digits. */
#define MM_JOB_ID_LEN 32

typedef enum mm_job_status {
    MM_JOB_QUEUED = 0,
    MM_JOB_GENERATING_CODE,
    MM_JOB_RENDERING,
    MM_JOB_DONE,
    MM_JOB_FAILED
} mm_job_status;

/* Seed defaults for the retry and auto-fix chains. */
#define MM_JOB_MAX_ATTEMPTS 3
#define MM_JOB_MAX_AUTOFIX 2

typedef struct mm_job {
    const char *id;              /* MM_JOB_ID_LEN hex digits */
    mm_job_status status;        /* where the job is in its lifecycle */
    const char *prompt;          /* the user's English request ("" if none) */
    const char *style_preset;    /* one of mm_style's names */
    const char *quality;         /* "low", "medium" or "high" */
    apr_int64_t created_at;      /* ms since the epoch, as all times here */
    apr_int64_t updated_at;      /* last change of any field */
    apr_int64_t queued_at;       /* entered (or re-entered) the queue */
    apr_int64_t code_started_at; /* 0 until code generation began */
    apr_int64_t render_started_at; /* 0 until rendering began */
    apr_int64_t finished_at;       /* 0 until done or failed */
    int attempt_number;            /* 1 for a first attempt, +1 per retry */
    const char *parent_job_id;     /* previous attempt of a retry, or NULL */
    int max_attempts;              /* attempts allowed in this chain */
    int auto_fix_count;            /* auto-fixes used in this chain */
    int is_auto_fix;               /* made by the auto-fix button */
    const char *original_failed_job_id; /* what an auto-fix repairs */
    const char *code_source;   /* "generated" or "user" (edit+re-render) */
    const char *code;          /* Manim code, NULL until known */
    const char *explanation;   /* for a person, NULL until known */
    int animation_count;       /* play/wait calls, for progress */
    const char *video_hash;    /* SHA-256 of the MP4, NULL until done */
    const char *error_message; /* for a person; NULL unless failed */
    const char *error_logs;    /* stderr and trace, bounded */
    const char *error_stage;   /* "code_generation" or "rendering" */
    const char *error_type;    /* one of the MM_ERR_* strings */
    apr_int64_t error_at;      /* when it failed */
    int is_cache_hit;          /* answered from the cache */
    const char *cached_from_job_id; /* the job whose result was reused */
    int progress;                   /* 0..100 */
    const char *progress_message;   /* e.g. "Rendering animation 3/7" */
    const char *lease_owner;        /* worker holding the job, or NULL */
    apr_int64_t lease_expires;      /* the owner must renew before this */
    int recover_count;              /* times taken back from a dead worker */
    const char *chain_id;   /* first attempt's id: retries and auto-fixes
                               of one prompt share it; NULL in old rows */
    const char *gallery_id; /* the gallery example it renders, or NULL */
} mm_job;

/* Error types of DESIGN.md ("Job model and lifecycle"). */
#define MM_ERR_VALIDATION "validation"
#define MM_ERR_RUNTIME "runtime_error"
#define MM_ERR_TIMEOUT "timeout"
#define MM_ERR_RESOURCE "resource_limit"
#define MM_ERR_NETWORK "network_error"
#define MM_ERR_API "api_error"
#define MM_ERR_RATE_LIMITED "rate_limited"
#define MM_ERR_UNSUPPORTED "unsupported_prompt"
#define MM_ERR_INTERNAL "internal"

/* Error stages. */
#define MM_STAGE_CODE "code_generation"
#define MM_STAGE_RENDER "rendering"

/* Bound on error_logs as stored, in bytes. */
#define MM_JOB_LOGS_MAX 16384

/* Returns the API spelling of a status ("generating_code", ...). */
const char *mm_job_status_name(mm_job_status s);

/* Parses an API status name. Returns 0 and sets *out, or -1 if unknown. */
int mm_job_status_parse(const char *name, mm_job_status *out);

/* 1 if the status is done or failed, else 0. */
int mm_job_status_is_final(mm_job_status s);

/* 1 if `q` is a known quality name ("low", "medium", "high"). */
int mm_quality_valid(const char *q);

/* The default quality of a new job. */
#define MM_QUALITY_DEFAULT "medium"

/*
 * Fills `out` with a new random job id (MM_JOB_ID_LEN hex digits + NUL).
 * Returns APR_SUCCESS, or the error of the random source.
 */
apr_status_t mm_job_new_id(char out[MM_JOB_ID_LEN + 1]);

/* 1 if `id` has the shape of a job id (32 lowercase hex digits). */
int mm_job_id_valid(const char *id);

/* Length of a video's content hash (SHA-256) in hex digits. */
#define MM_VIDEO_HASH_LEN 64

/* 1 if `hash` is a video hash (64 lowercase hex digits, never a path). */
int mm_job_hash_valid(const char *hash);

/* Current time in ms since the epoch. */
apr_int64_t mm_now_ms(void);

/*
 * Returns a new job in `pool` with the defaults of a first attempt:
 * status queued, attempt 1 of its own chain, timestamps `now`, id
 * freshly generated. The caller sets prompt, style and quality. Returns NULL
 * if no id could be made.
 */
mm_job *mm_job_create(apr_pool_t *pool, apr_int64_t now);

/*
 * Returns the public JSON document of a job (a new reference the caller
 * owns): the seed's fields, with output.videoUrl under `api_prefix` (for
 * example "/api"), and no lease or internal fields.
 */
json_t *mm_job_to_json(const mm_job *job, const char *api_prefix);

/*
 * Truncates `logs` to at most MM_JOB_LOGS_MAX bytes, keeping the end (where
 * a trace's cause is) on a UTF-8 boundary. Returns a string in `pool`.
 */
const char *mm_job_bound_logs(apr_pool_t *pool, const char *logs);

#endif /* MM_JOB_H */
