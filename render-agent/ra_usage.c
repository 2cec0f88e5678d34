/*
 * ra_usage: folder size checks. See ra_usage.h.
 *
 * The agent runs as root and the folder belongs to the sandbox, whose code
 * may swap a directory for a link at any moment. So the walk goes by
 * descriptors: each directory is opened relative to its parent with
 * O_NOFOLLOW, never by a path that could be redirected.
 */
#include "ra_usage.h"

#include <dirent.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct ra_usage {
    long long bytes;     /* allocated so far */
    long entries;        /* entries seen so far */
    long long max_bytes; /* bound on bytes */
    long max_entries;    /* bound on entries */
} ra_usage;

static int ra_usage_full(const ra_usage *u)
{
    return u->bytes > u->max_bytes || u->entries > u->max_entries;
}

/* Walks the open directory `dfd` (closed here). Returns 1 when over. */
static int ra_usage_walk(int dfd, int depth, ra_usage *u)
{
    DIR *d = fdopendir(dfd);
    struct dirent *e;
    struct stat st;
    int over = 0;

    if (!d) {
        close(dfd);
        return 0;
    }
    while (!over && (e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        u->entries++;
        if (fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; /* removed meanwhile */
        u->bytes += (long long)st.st_blocks * 512;
        if (ra_usage_full(u)) {
            over = 1;
        } else if (S_ISDIR(st.st_mode)) {
            int sub = openat(dfd, e->d_name,
                             O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (depth >= RA_USAGE_MAX_DEPTH)
                over = 1;
            if (sub >= 0 && over)
                close(sub);
            else if (sub >= 0)
                over = ra_usage_walk(sub, depth + 1, u);
        }
    }
    closedir(d);
    return over;
}

int ra_usage_over(const char *dir, long long max_bytes, long max_entries)
{
    ra_usage u = {0, 0, max_bytes, max_entries};
    int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);

    if (dfd < 0)
        return -1;
    return ra_usage_walk(dfd, 1, &u);
}
