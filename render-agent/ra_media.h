/*
 * ra_media: takes a rendered video out of a job's work folder and stores
 * it once, by content hash. The work folder was writable by untrusted
 * code, so every path component is opened without following links, and
 * the file must be a regular MP4 of bounded size.
 */
#ifndef RA_MEDIA_H
#define RA_MEDIA_H

#include <stddef.h>

#define RA_SHA256_HEX 65 /* 64 hex digits and a NUL */

/*
 * Opens `relpath` (no "..", no leading '/') beneath the folder `root`
 * without following any symbolic link. Returns a read-only descriptor,
 * or -1 with errno set (ELOOP for a link).
 */
int ra_open_beneath(const char *root, const char *relpath);

/*
 * Checks the video at root/relpath (regular file, at most max_bytes, an
 * ISO-BMFF "ftyp" header) and copies it to media_dir/<sha256>.mp4 unless
 * that file exists already. Returns 0 and fills `hash`, or -1 with a
 * message for a person in `err`.
 */
int ra_media_store(const char *root, const char *relpath, long max_bytes,
                   const char *media_dir, char hash[RA_SHA256_HEX], char *err,
                   size_t errlen);

#endif /* RA_MEDIA_H */
