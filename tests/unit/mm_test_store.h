/*
 * mm_test_store: opens a fresh SQLite job store for a unit test, the way
 * the agent does (schema, prepared statements), on a file made from a
 * mkstemp template. Exits with status 2 when the store cannot be opened:
 * the tests that follow would all be meaningless.
 */
#ifndef MM_TEST_STORE_H
#define MM_TEST_STORE_H

#include "mm_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

/* Opens the store on a new file named from `path_template` (rewritten in
 * place; the caller unlinks it); *drv and *handle stay open for the
 * caller to close. */
static inline mm_store *mm_test_store_open(apr_pool_t *pool,
                                           char *path_template,
                                           const apr_dbd_driver_t **drv,
                                           apr_dbd_t **handle)
{
    const char *err = NULL;
    apr_hash_t *prepared = NULL;
    int fd = mkstemp(path_template);

    if (fd >= 0)
        close(fd);
    apr_dbd_init(pool);
    if (fd < 0 || apr_dbd_get_driver(pool, "sqlite3", drv) != APR_SUCCESS ||
        apr_dbd_open(*drv, pool, path_template, handle) != APR_SUCCESS ||
        mm_store_ensure_schema(pool, *drv, *handle, &err) != MM_STORE_OK ||
        !(prepared = mm_store_dbd_prepare_all(pool, *drv, *handle, &err))) {
        fprintf(stderr, "cannot open the store: %s\n", err ? err : "");
        exit(2);
    }
    return mm_store_dbd_wrap(pool, *drv, *handle, prepared);
}

#endif /* MM_TEST_STORE_H */
