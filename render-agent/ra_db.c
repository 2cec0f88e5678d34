/*
 * ra_db: store connections of the agent. See ra_db.h.
 */
#include "ra_db.h"

#include <apr_strings.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const ra_db_pragmas[] = {"PRAGMA journal_mode=WAL",
                                            "PRAGMA busy_timeout=10000",
                                            "PRAGMA synchronous=NORMAL", NULL};

static apr_status_t ra_db_close(void *data)
{
    void **pair = data;

    apr_dbd_close(pair[0], pair[1]);
    return APR_SUCCESS;
}

mm_store *ra_db_open(apr_pool_t *pool, const char *path, const char **error)
{
    const apr_dbd_driver_t *drv;
    apr_dbd_t *handle;
    apr_hash_t *prepared;
    const char *const *q;
    void **pair;
    int nrows;

    if (apr_dbd_get_driver(pool, "sqlite3", &drv) != APR_SUCCESS) {
        *error = "the apr_dbd sqlite3 driver is not installed "
                 "(libaprutil1-dbd-sqlite3)";
        return NULL;
    }
    if (apr_dbd_open_ex(drv, pool, path, &handle, error) != APR_SUCCESS) {
        *error = apr_psprintf(pool, "opening %s: %s", path,
                              *error ? *error : "failed");
        return NULL;
    }
    pair = apr_palloc(pool, 2 * sizeof(void *));
    pair[0] = (void *)drv;
    pair[1] = handle;
    apr_pool_cleanup_register(pool, pair, ra_db_close, apr_pool_cleanup_null);
    for (q = ra_db_pragmas; *q; q++)
        apr_dbd_query(drv, handle, &nrows, *q);
    if (mm_store_ensure_schema(pool, drv, handle, error) != MM_STORE_OK)
        return NULL;
    prepared = mm_store_dbd_prepare_all(pool, drv, handle, error);
    if (!prepared)
        return NULL;
    return mm_store_dbd_wrap(pool, drv, handle, prepared);
}

int ra_db_prepare_file(const char *path)
{
    char copy[PATH_MAX];
    struct stat dir;
    int fd;

    snprintf(copy, sizeof(copy), "%s", path);
    if (stat(dirname(copy), &dir) != 0)
        return -1;
    fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0660);
    if (fd < 0)
        return -1;
    if (geteuid() == 0 && fchown(fd, dir.st_uid, dir.st_gid) != 0) {
        close(fd);
        return -1;
    }
    return close(fd);
}
