/*
 * ra_db: the agent's own connections to the job store (one per thread,
 * since an apr_dbd handle is not shared between threads).
 */
#ifndef RA_DB_H
#define RA_DB_H

#include "mm_store.h"

/*
 * Opens the SQLite store at `path` in `pool` (WAL, busy timeout, schema,
 * prepared statements). Returns the store, or NULL with a message in
 * *error (in `pool`). The connection closes with the pool.
 */
mm_store *ra_db_open(apr_pool_t *pool, const char *path, const char **error);

/*
 * Creates the database file if it is missing, owned like its folder, so
 * that httpd's unprivileged children can write it and SQLite (which, as
 * root, gives its -wal and -shm files the owner of the database) keeps
 * the sibling files writable too. Returns 0 or -1 (errno set).
 */
int ra_db_prepare_file(const char *path);

#endif /* RA_DB_H */
