/*
 * ra_config: the render agent's settings, their defaults, and the command
 * line that sets them.
 */
#ifndef RA_CONFIG_H
#define RA_CONFIG_H

#include "mm_timeout.h"

/* Defaults; each is documented in the README and `render-agent --help`. */
/* Sandbox wall clock: the limit the module's rendering timeout allows. */
#define RA_DEFAULT_WALL_SECONDS (MM_SANDBOX_WALL_MS / 1000)
#define RA_DEFAULT_MEMORY_MB 1024 /* sandbox memory */
/* At 1080p60 Manim's frame pipeline and x264's look-ahead need ~1.2 GB. */
#define RA_DEFAULT_MEMORY_HIGH_MB 2048
#define RA_DEFAULT_CPUS 2           /* sandbox CPU share, in cores */
#define RA_DEFAULT_PIDS 256         /* sandbox process count */
#define RA_DEFAULT_TMP_MB 256       /* sandbox /tmp size */
#define RA_DEFAULT_FILE_MB 512      /* largest file the sandbox writes */
#define RA_DEFAULT_WORK_MB 1024     /* what a job's work folder may hold */
#define RA_DEFAULT_VIDEO_MB 200     /* largest MP4 accepted */
#define RA_DEFAULT_LEASE_SECONDS 30 /* job lease, renewed while working */
#define RA_DEFAULT_POLL_MS 1000     /* store poll when no wake arrives */
#define RA_DEFAULT_MAX_RECOVERIES 1 /* requeues of a dead worker's job */
#define RA_SANDBOX_UID 65534        /* "nobody" runs the sandbox */
/* LLM code provider (ra_provider_openai.c). */
#define RA_DEFAULT_LLM_BASE_URL "https://openrouter.ai/api/v1"
#define RA_DEFAULT_LLM_MODEL "anthropic/claude-3.5-sonnet"
#define RA_DEFAULT_LLM_TIMEOUT 120 /* seconds per LLM call, retries too */
#define RA_DEFAULT_LLM_CONNECT_TIMEOUT 10 /* seconds to connect */
#define RA_DEFAULT_AUTO_REPAIRS 1         /* repairs after a render failure */
#define RA_LLM_KEY_ENV "LLM_API_KEY"      /* read, then removed, at start */

typedef struct ra_config {
    const char *data_dir;    /* jobs/ and media/ live here */
    const char *db_path;     /* SQLite file of the job store */
    const char *socket_path; /* control socket (wake, cancel, status) */
    const char *socket_user; /* user that may connect (httpd's), or NULL */
    const char *venv;        /* Python venv with Manim */
    const char *validator;   /* path of mm_validate.py */
    const char *gallery_dir; /* the gallery, whose posters are rendered
                                when idle; NULL: none */
    const char *theme;       /* path of mm_theme.py, the render-time
                                style (default: ../theme/mm_theme.py
                                beside the validator's folder) */
    const char *media_dir;   /* videos by content hash */
    const char *jobs_dir;    /* per-job work folders */
    const char *agent_id;    /* unique per process, for leases */
    int workers;             /* concurrent jobs */
    int wall_seconds;        /* sandbox wall-clock limit */
    int memory_mb;           /* sandbox memory limit */
    int memory_high_mb;      /* the same at quality "high" */
    int cpus;                /* sandbox CPU limit */
    int pids;                /* sandbox process limit */
    int tmp_mb;              /* sandbox /tmp size */
    int file_mb;             /* RLIMIT_FSIZE in the sandbox */
    int work_mb;             /* size limit of a job's work folder */
    int video_mb;            /* accepted MP4 size */
    int lease_seconds;       /* lease length */
    int poll_ms;             /* idle store poll interval */
    int max_recoveries;      /* see RA_DEFAULT_MAX_RECOVERIES */
    int keep_job_dirs;       /* keep work folders (debugging) */
    /* One-shot mode (ra_oneshot.h): render one file, print, exit. */
    const char *render_file; /* the scene file, or NULL: run the daemon */
    const char *quality;     /* its quality (MM_QUALITY_DEFAULT) */
    const char *style;       /* its style preset (MM_STYLE_DEFAULT) */
    int no_validate;         /* skip the validator (sandbox tests) */
    int last_frame;          /* render only the last frame, as a PNG */
    /* Code provider: "builtin", "openai", or NULL (openai if a key is
     * configured, else builtin). */
    const char *provider;
    const char *llm_base_url; /* OpenAI-compatible API root */
    const char *llm_model;    /* model name the endpoint knows */
    char *llm_api_key;        /* from LLM_API_KEY or --llm-api-key-file;
                                 never logged (malloc'd) or NULL */
    int llm_timeout;          /* seconds per provider call */
    int llm_connect_timeout;  /* seconds to connect */
    int auto_repairs;         /* repairs of code that failed to render */
    char *owned[5];           /* paths built from data_dir */
} ra_config;

/*
 * Fills *cfg from defaults and argv. Returns 0, 1 when --help was printed,
 * or -1 after printing a usage error to stderr. Strings point into argv
 * or static storage, or into cfg->owned (freed by ra_config_free).
 */
int ra_config_parse(ra_config *cfg, int argc, char **argv);

/* Frees what ra_config_parse allocated. */
void ra_config_free(ra_config *cfg);

#endif /* RA_CONFIG_H */
