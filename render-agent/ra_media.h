/*
 * ra_media: takes a rendered video (or, in the one-shot mode's
 * --last-frame, a PNG) out of a job's work folder and stores it once, by
 * content hash. The work folder was writable by untrusted code, so every
 * path component is opened without following links, and the file must be
 * a regular file with one link, of bounded size, whose structure is that
 * of an MP4 (ISO-BMFF boxes: ftyp first, moov with a video track and a
 * duration, mdat, sizes that add up to the file) or of a PNG (IHDR
 * first, bounded dimensions, IDAT, IEND last, chunk lengths that add
 * up).
 */
#ifndef RA_MEDIA_H
#define RA_MEDIA_H

#include <stddef.h>

#define RA_SHA256_HEX 65 /* 64 hex digits and a NUL */

/* What a render produces. */
typedef enum ra_media_kind {
    RA_MEDIA_MP4, /* a video, stored as <hash>.mp4 */
    RA_MEDIA_PNG  /* a last frame, stored as <hash>.png */
} ra_media_kind;

#define RA_MEDIA_TOO_BIG (-2) /* ra_media_store: over max_bytes */

/*
 * Opens `relpath` (no "..", no leading '/') beneath the folder `root`
 * without following any symbolic link. Returns a read-only descriptor,
 * or -1 with errno set (ELOOP for a link).
 */
int ra_open_beneath(const char *root, const char *relpath);

/*
 * Checks the structure of the open file `fd` of `size` bytes as `kind`.
 * Returns NULL when it is one, else what is wrong (static text).
 */
const char *ra_media_check(int fd, long long size, ra_media_kind kind);

/*
 * Checks the file at root/relpath (regular, one link, 64 to max_bytes
 * bytes, the structure of `kind`) and copies it to
 * media_dir/<sha256>.mp4 (or .png) unless that file exists already.
 * Returns 0 and fills `hash`, or with a message for a person in `err`
 * RA_MEDIA_TOO_BIG when the file is larger than max_bytes (a limit the
 * render went past) and -1 for any other problem.
 */
int ra_media_store(const char *root, const char *relpath, ra_media_kind kind,
                   long max_bytes, const char *media_dir,
                   char hash[RA_SHA256_HEX], char *err, size_t errlen);

#endif /* RA_MEDIA_H */
