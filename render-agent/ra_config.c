/*
 * ra_config: command-line settings of the agent. See ra_config.h.
 */
#include "ra_config.h"

#include "ra_log.h"

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char ra_usage[] =
    "usage: render-agent --data-dir DIR --venv DIR --validator FILE "
    "[options]\n"
    "  --data-dir DIR      jobs/ and media/ live here (required)\n"
    "  --db FILE           SQLite job store (DIR/jobs.db)\n"
    "  --socket FILE       control socket (DIR/agent.sock)\n"
    "  --socket-user USER  user allowed to connect (httpd's)\n"
    "  --venv DIR          Python venv with Manim (required)\n"
    "  --validator FILE    mm_validate.py (required)\n"
    "  --gallery DIR       render the gallery's posters when idle\n"
    "  --theme FILE        mm_theme.py (../theme/ beside the validator)\n"
    "  --workers N         concurrent jobs (number of cores)\n"
    "  --wall-seconds N    sandbox wall clock (120)\n"
    "  --memory-mb N       sandbox memory (1024)\n"
    "  --memory-high-mb N  sandbox memory at quality high (2048)\n"
    "  --cpus N            sandbox CPU cores (2)\n"
    "  --pids N            sandbox processes (256)\n"
    "  --tmp-mb N          sandbox /tmp size (256)\n"
    "  --file-mb N         largest file a render writes (512)\n"
    "  --work-mb N         what a job's work folder may hold (1024)\n"
    "  --video-mb N        largest video accepted (200)\n"
    "  --lease-seconds N   job lease (30)\n"
    "  --poll-ms N         idle queue poll (1000)\n"
    "  --keep-job-dirs     keep work folders after a job\n"
    "  --debug             log debug lines\n"
    "code provider (README \"Configuring a real provider\"):\n"
    "  --provider NAME     builtin or openai (openai if a key is set)\n"
    "  --llm-base-url URL  OpenAI-compatible API (" RA_DEFAULT_LLM_BASE_URL
    ")\n"
    "  --llm-model NAME    model (" RA_DEFAULT_LLM_MODEL ")\n"
    "  --llm-api-key-file FILE  API key (else $" RA_LLM_KEY_ENV ")\n"
    "  --llm-timeout N     seconds per LLM call, retries included (120)\n"
    "  --auto-repairs N    repairs of code that failed to render (1)\n"
    "one-shot mode (tests, operators): render FILE as a job would be, print\n"
    "one JSON object, exit 0 if it rendered, 1 if not (no store, no socket)\n"
    "  --render FILE       the scene to render\n"
    "  --quality Q         low, medium or high (medium)\n"
    "  --style NAME        style preset (3Blue1Brown)\n"
    "  --no-validate       skip the validator (tests of the sandbox)\n"
    "  --last-frame        render only the last frame, as a PNG\n";

/* Returns "dir/name", kept in cfg->owned[slot] until ra_config_free. */
static const char *ra_join(ra_config *cfg, int slot, const char *dir,
                           const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *s = malloc(n);

    if (s)
        snprintf(s, n, "%s/%s", dir, name);
    cfg->owned[slot] = s;
    return s;
}

/* The theme in the checkout's layout: render-agent/validator/mm_validate.py
 * -> render-agent/theme/mm_theme.py. */
static const char *ra_theme_beside(ra_config *cfg, int slot,
                                   const char *validator)
{
    const char *slash = strrchr(validator, '/');
    size_t dir = slash ? (size_t)(slash - validator) : 0;
    size_t n = dir + sizeof("/../theme/mm_theme.py");
    char *s = malloc(n);

    if (s)
        snprintf(s, n, "%.*s%s", (int)dir, validator,
                 slash ? "/../theme/mm_theme.py" : "../theme/mm_theme.py");
    cfg->owned[slot] = s;
    return s;
}

void ra_config_free(ra_config *cfg)
{
    size_t i;

    if (cfg->llm_api_key) {
        memset(cfg->llm_api_key, 0, strlen(cfg->llm_api_key));
        free(cfg->llm_api_key);
        cfg->llm_api_key = NULL;
    }
    for (i = 0; i < sizeof(cfg->owned) / sizeof(cfg->owned[0]); i++) {
        free(cfg->owned[i]);
        cfg->owned[i] = NULL;
    }
}

static int ra_positive(const char *opt, const char *v, int *out)
{
    char *end;
    long n = strtol(v, &end, 10);

    if (*v == '\0' || *end != '\0' || n <= 0 || n > INT_MAX / 1024) {
        fprintf(stderr,
                "render-agent: %s needs a positive number, not "
                "'%s'\n",
                opt, v);
        return -1;
    }
    *out = (int)n;
    return 0;
}

static void ra_config_defaults(ra_config *cfg)
{
    static char id[96];
    char host[64] = "host";
    long cores = sysconf(_SC_NPROCESSORS_ONLN);

    memset(cfg, 0, sizeof(*cfg));
    gethostname(host, sizeof(host) - 1);
    snprintf(id, sizeof(id), "%s-%d", host, (int)getpid());
    cfg->agent_id = id;
    cfg->workers = cores > 0 ? (int)cores : 1;
    cfg->wall_seconds = RA_DEFAULT_WALL_SECONDS;
    cfg->memory_mb = RA_DEFAULT_MEMORY_MB;
    cfg->memory_high_mb = RA_DEFAULT_MEMORY_HIGH_MB;
    cfg->cpus = RA_DEFAULT_CPUS;
    cfg->pids = RA_DEFAULT_PIDS;
    cfg->tmp_mb = RA_DEFAULT_TMP_MB;
    cfg->file_mb = RA_DEFAULT_FILE_MB;
    cfg->work_mb = RA_DEFAULT_WORK_MB;
    cfg->video_mb = RA_DEFAULT_VIDEO_MB;
    cfg->lease_seconds = RA_DEFAULT_LEASE_SECONDS;
    cfg->poll_ms = RA_DEFAULT_POLL_MS;
    cfg->max_recoveries = RA_DEFAULT_MAX_RECOVERIES;
    cfg->llm_base_url = RA_DEFAULT_LLM_BASE_URL;
    cfg->llm_model = RA_DEFAULT_LLM_MODEL;
    cfg->llm_timeout = RA_DEFAULT_LLM_TIMEOUT;
    cfg->llm_connect_timeout = RA_DEFAULT_LLM_CONNECT_TIMEOUT;
    cfg->auto_repairs = RA_DEFAULT_AUTO_REPAIRS;
}

/* A malloc'd copy of the key without surrounding white space. */
static char *ra_key_dup(const char *s)
{
    size_t n;
    char *k;

    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
        s++;
    n = strlen(s);
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' ||
                     s[n - 1] == '\n'))
        n--;
    k = strndup(s, n);
    return k;
}

/*
 * Loads the API key: from `file` if given, else from $LLM_API_KEY. The
 * variable is then wiped in place (so /proc/PID/environ no longer shows
 * it) and unset, so no child process ever inherits it.
 */
static int ra_load_key(ra_config *cfg, const char *file)
{
    char *env = getenv(RA_LLM_KEY_ENV);
    char buf[1024];
    FILE *f;
    size_t n;

    if (env) {
        if (!file && *env)
            cfg->llm_api_key = ra_key_dup(env);
        memset(env, 0, strlen(env));
        unsetenv(RA_LLM_KEY_ENV);
    }
    if (!file)
        return 0;
    f = fopen(file, "r");
    if (!f) {
        fprintf(stderr, "render-agent: cannot read the API key file %s\n",
                file);
        return -1;
    }
    n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    cfg->llm_api_key = ra_key_dup(buf);
    memset(buf, 0, sizeof(buf));
    return 0;
}

/* Options that take a positive number, by getopt value. */
static int *ra_number_slot(ra_config *cfg, int c)
{
    switch (c) {
    case 'w':
        return &cfg->workers;
    case 'W':
        return &cfg->wall_seconds;
    case 'M':
        return &cfg->memory_mb;
    case 'H':
        return &cfg->memory_high_mb;
    case 'C':
        return &cfg->cpus;
    case 'P':
        return &cfg->pids;
    case 'T':
        return &cfg->tmp_mb;
    case 'F':
        return &cfg->file_mb;
    case 'K':
        return &cfg->work_mb;
    case 'V':
        return &cfg->video_mb;
    case 'L':
        return &cfg->lease_seconds;
    case 'p':
        return &cfg->poll_ms;
    default:
        return NULL;
    }
}

int ra_config_parse(ra_config *cfg, int argc, char **argv)
{
    static const struct option opts[] = {{"data-dir", 1, 0, 'd'},
                                         {"db", 1, 0, 'b'},
                                         {"socket", 1, 0, 's'},
                                         {"socket-user", 1, 0, 'u'},
                                         {"venv", 1, 0, 'v'},
                                         {"validator", 1, 0, 'a'},
                                         {"theme", 1, 0, 'T'},
                                         {"workers", 1, 0, 'w'},
                                         {"gallery", 1, 0, 'G'},
                                         {"wall-seconds", 1, 0, 'W'},
                                         {"memory-mb", 1, 0, 'M'},
                                         {"memory-high-mb", 1, 0, 'H'},
                                         {"cpus", 1, 0, 'C'},
                                         {"pids", 1, 0, 'P'},
                                         {"tmp-mb", 1, 0, 'T'},
                                         {"file-mb", 1, 0, 'F'},
                                         {"work-mb", 1, 0, 'K'},
                                         {"video-mb", 1, 0, 'V'},
                                         {"lease-seconds", 1, 0, 'L'},
                                         {"poll-ms", 1, 0, 'p'},
                                         {"keep-job-dirs", 0, 0, 'k'},
                                         {"debug", 0, 0, 'g'},
                                         {"render", 1, 0, 'r'},
                                         {"quality", 1, 0, 'q'},
                                         {"style", 1, 0, 'y'},
                                         {"no-validate", 0, 0, 'n'},
                                         {"last-frame", 0, 0, 'f'},
                                         {"provider", 1, 0, 1000},
                                         {"llm-base-url", 1, 0, 1001},
                                         {"llm-model", 1, 0, 1002},
                                         {"llm-api-key-file", 1, 0, 1003},
                                         {"llm-timeout", 1, 0, 1004},
                                         {"auto-repairs", 1, 0, 1005},
                                         {"help", 0, 0, 'h'},
                                         {0, 0, 0, 0}};
    const char *key_file = NULL;
    int c, *slot;

    ra_config_defaults(cfg);
    while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
        if ((slot = ra_number_slot(cfg, c))) {
            if (ra_positive(argv[optind - 1], optarg, slot) != 0)
                return -1;
            continue;
        }
        switch (c) {
        case 'd':
            cfg->data_dir = optarg;
            break;
        case 'b':
            cfg->db_path = optarg;
            break;
        case 's':
            cfg->socket_path = optarg;
            break;
        case 'u':
            cfg->socket_user = optarg;
            break;
        case 'v':
            cfg->venv = optarg;
            break;
        case 'a':
            cfg->validator = optarg;
            break;
        case 'T':
            cfg->theme = optarg;
            break;
        case 'G':
            cfg->gallery_dir = optarg;
            break;
        case 'k':
            cfg->keep_job_dirs = 1;
            break;
        case 'g':
            ra_log_set_level(RA_LOG_DEBUG);
            break;
        case 'r':
            cfg->render_file = optarg;
            break;
        case 'q':
            cfg->quality = optarg;
            break;
        case 'y':
            cfg->style = optarg;
            break;
        case 'n':
            cfg->no_validate = 1;
            break;
        case 'f':
            cfg->last_frame = 1;
            break;
        case 1000:
            if (strcmp(optarg, "builtin") != 0 &&
                strcmp(optarg, "openai") != 0) {
                fprintf(stderr, "render-agent: --provider is builtin or "
                                "openai\n");
                return -1;
            }
            cfg->provider = optarg;
            break;
        case 1001:
            cfg->llm_base_url = optarg;
            break;
        case 1002:
            cfg->llm_model = optarg;
            break;
        case 1003:
            key_file = optarg;
            break;
        case 1004:
            if (ra_positive(argv[optind - 1], optarg, &cfg->llm_timeout) != 0)
                return -1;
            break;
        case 1005:
            if (strcmp(optarg, "0") == 0)
                cfg->auto_repairs = 0;
            else if (ra_positive(argv[optind - 1], optarg,
                                 &cfg->auto_repairs) != 0)
                return -1;
            break;
        case 'h':
            fputs(ra_usage, stdout);
            return 1;
        default:
            fputs(ra_usage, stderr);
            return -1;
        }
    }
    if (!cfg->data_dir || !cfg->venv || !cfg->validator) {
        fputs(ra_usage, stderr);
        return -1;
    }
    if (!cfg->render_file &&
        (cfg->quality || cfg->style || cfg->no_validate || cfg->last_frame)) {
        fputs("render-agent: --quality, --style, --no-validate and "
              "--last-frame need --render\n",
              stderr);
        return -1;
    }
    if (!cfg->db_path)
        cfg->db_path = ra_join(cfg, 0, cfg->data_dir, "jobs.db");
    if (!cfg->socket_path)
        cfg->socket_path = ra_join(cfg, 1, cfg->data_dir, "agent.sock");
    cfg->media_dir = ra_join(cfg, 2, cfg->data_dir, "media");
    cfg->jobs_dir = ra_join(cfg, 3, cfg->data_dir, "jobs");
    if (!cfg->theme)
        cfg->theme = ra_theme_beside(cfg, 4, cfg->validator);
    return ra_load_key(cfg, key_file);
}
