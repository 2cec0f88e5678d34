/*
 * ra_usage: how much a folder that untrusted code writes holds, measured
 * from outside while that code still runs. The walk never follows a
 * link, so a link planted in the folder cannot send it across the host.
 */
#ifndef RA_USAGE_H
#define RA_USAGE_H

/* Entries a work folder may hold; Manim writes a few hundred at most. */
#define RA_USAGE_MAX_ENTRIES 20000
/* Folder depth the walk follows; deeper counts as over the limit. */
#define RA_USAGE_MAX_DEPTH 32

/*
 * Adds up the blocks allocated beneath `dir` and counts its entries,
 * stopping early once either passes its bound. Returns 1 when the folder
 * holds more than `max_bytes` bytes, more than `max_entries` entries or
 * is nested deeper than RA_USAGE_MAX_DEPTH; 0 when it is within them;
 * -1 when `dir` cannot be opened.
 */
int ra_usage_over(const char *dir, long long max_bytes, long max_entries);

#endif /* RA_USAGE_H */
