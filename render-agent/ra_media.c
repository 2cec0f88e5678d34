/*
 * ra_media: collecting and storing rendered videos. See ra_media.h.
 *
 * The structure checks read only headers, with pread at offsets they
 * bound first, so a hostile file cannot make the agent (root) read past
 * its end, loop, or allocate; they do not decode a frame.
 */
#include "ra_media.h"

#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Numbers temporary files, unique within this process. */
static unsigned long ra_media_seq;

#define RA_MP4_MAX_BOXES 4096    /* boxes read at one level */
#define RA_MP4_MAX_SECONDS 3600  /* longest video accepted */
#define RA_PNG_MAX_SIDE 16384    /* widest or tallest frame */
#define RA_PNG_MAX_CHUNKS 100000 /* chunks read */

static unsigned long long ra_be(const unsigned char *p, int n)
{
    unsigned long long v = 0;
    int i;

    for (i = 0; i < n; i++)
        v = v << 8 | p[i];
    return v;
}

/* An ISO-BMFF box: a 4-character type and the byte range it covers. */
typedef struct ra_box {
    char type[5];   /* e.g. "moov" */
    long long body; /* offset of its content */
    long long end;  /* offset just past it */
} ra_box;

/* Reads the box header at `off`, which must end by `limit`. Returns 1
 * with *b filled, 0 when off == limit, -1 when malformed. */
static int ra_box_read(int fd, long long off, long long limit, int top,
                       ra_box *b)
{
    unsigned char h[16];
    unsigned long long size;
    int i, hlen = 8;

    if (off == limit)
        return 0;
    if (limit - off < 8 || pread(fd, h, 8, off) != 8)
        return -1;
    for (i = 4; i < 8; i++)
        if (h[i] < 0x20 || h[i] > 0x7e)
            return -1;
    size = ra_be(h, 4);
    if (size == 1) { /* a 64-bit size follows */
        if (limit - off < 16 || pread(fd, h + 8, 8, off + 8) != 8)
            return -1;
        size = ra_be(h + 8, 8);
        hlen = 16;
    } else if (size == 0 && top) { /* the last box runs to the end */
        size = (unsigned long long)(limit - off);
    }
    if (size < (unsigned long long)hlen ||
        size > (unsigned long long)(limit - off))
        return -1;
    memcpy(b->type, h + 4, 4);
    b->type[4] = '\0';
    b->body = off + hlen;
    b->end = off + (long long)size;
    return 1;
}

/* Finds the first box of `type` among the boxes that fill [from, to).
 * Returns 1 with *found filled, 0 if none, -1 when malformed. */
static int ra_box_find(int fd, long long from, long long to, const char *type,
                       ra_box *found)
{
    ra_box b;
    int r, n = 0;

    while ((r = ra_box_read(fd, from, to, 0, &b)) == 1) {
        if (++n > RA_MP4_MAX_BOXES)
            return -1;
        if (strcmp(b.type, type) == 0) {
            *found = b;
            return 1;
        }
        from = b.end;
    }
    return r;
}

/* 1 if the trak box `trak` holds a video track (handler "vide"). */
static int ra_mp4_is_video(int fd, const ra_box *trak)
{
    ra_box mdia, hdlr;
    unsigned char h[12];

    return ra_box_find(fd, trak->body, trak->end, "mdia", &mdia) == 1 &&
           ra_box_find(fd, mdia.body, mdia.end, "hdlr", &hdlr) == 1 &&
           hdlr.end - hdlr.body >= 12 && pread(fd, h, 12, hdlr.body) == 12 &&
           memcmp(h + 8, "vide", 4) == 0;
}

/* Checks the movie header (a duration within bounds) and the tracks. */
static const char *ra_mp4_check_moov(int fd, const ra_box *moov)
{
    ra_box mvhd, trak;
    unsigned char h[32];
    unsigned long long scale, duration;
    long long off = moov->body;
    int r, v1, video = 0;

    if (ra_box_find(fd, moov->body, moov->end, "mvhd", &mvhd) != 1 ||
        mvhd.end - mvhd.body < 32 || pread(fd, h, 32, mvhd.body) != 32)
        return "no movie header";
    v1 = h[0] == 1;
    scale = ra_be(h + (v1 ? 20 : 12), 4);
    duration = ra_be(h + (v1 ? 24 : 16), v1 ? 8 : 4);
    if (scale == 0 || duration == 0 || duration / scale > RA_MP4_MAX_SECONDS)
        return "no duration, or a duration out of bounds";
    while (!video &&
           (r = ra_box_find(fd, off, moov->end, "trak", &trak)) == 1) {
        video = ra_mp4_is_video(fd, &trak);
        off = trak.end;
    }
    return video ? NULL : "no video track";
}

/* The top level: ftyp first, one moov, an mdat, sizes adding up. */
static const char *ra_mp4_check(int fd, long long size)
{
    ra_box b, moov = {"", 0, 0};
    long long off = 0;
    int r, n = 0, mdat = 0;

    while ((r = ra_box_read(fd, off, size, 1, &b)) == 1) {
        if (++n > RA_MP4_MAX_BOXES)
            return "too many boxes";
        if (n == 1 && (strcmp(b.type, "ftyp") != 0 || b.end - b.body < 8))
            return "no file type box first";
        if (strcmp(b.type, "moov") == 0) {
            if (moov.end)
                return "two movie boxes";
            moov = b;
        }
        mdat |= strcmp(b.type, "mdat") == 0;
        off = b.end;
    }
    if (r < 0)
        return "box sizes do not add up to the file";
    if (!moov.end || !mdat)
        return "no movie box or no media data";
    return ra_mp4_check_moov(fd, &moov);
}

/* Chunks from the signature on: IHDR first, IDAT, IEND at the end. */
static const char *ra_png_check(int fd, long long size)
{
    static const unsigned char sig[8] = {0x89, 'P',  'N',  'G',
                                         '\r', '\n', 0x1a, '\n'};
    unsigned char h[16];
    unsigned long long len, w, ht;
    long long off = 8;
    int n = 0, i, idat = 0;

    if (pread(fd, h, 8, 0) != 8 || memcmp(h, sig, 8) != 0)
        return "no PNG signature";
    while (off < size) {
        if (size - off < 12 || pread(fd, h, 8, off) != 8 ||
            ++n > RA_PNG_MAX_CHUNKS)
            return "chunk lengths do not add up to the file";
        len = ra_be(h, 4);
        for (i = 4; i < 8; i++)
            if (!((h[i] | 0x20) >= 'a' && (h[i] | 0x20) <= 'z'))
                return "a chunk type is not four letters";
        if (len > 0x7fffffffULL || len > (unsigned long long)(size - off - 12))
            return "chunk lengths do not add up to the file";
        if (n == 1) {
            if (memcmp(h + 4, "IHDR", 4) != 0 || len != 13 ||
                pread(fd, h + 8, 8, off + 8) != 8)
                return "no image header first";
            w = ra_be(h + 8, 4);
            ht = ra_be(h + 12, 4);
            if (w == 0 || ht == 0 || w > RA_PNG_MAX_SIDE ||
                ht > RA_PNG_MAX_SIDE)
                return "image dimensions out of bounds";
        }
        idat |= memcmp(h + 4, "IDAT", 4) == 0;
        off += 12 + (long long)len;
        if (memcmp(h + 4, "IEND", 4) == 0)
            return off == size && idat ? NULL : "IEND is not last";
    }
    return "no IEND chunk";
}

const char *ra_media_check(int fd, long long size, ra_media_kind kind)
{
    return kind == RA_MEDIA_PNG ? ra_png_check(fd, size)
                                : ra_mp4_check(fd, size);
}

int ra_open_beneath(const char *root, const char *relpath)
{
    char part[256];
    const char *s = relpath, *slash;
    int dirfd, fd;

    if (relpath[0] == '/' || strstr(relpath, "..")) {
        errno = EINVAL;
        return -1;
    }
    dirfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    while (dirfd >= 0 && (slash = strchr(s, '/'))) {
        size_t n = (size_t)(slash - s);
        if (n == 0 || n >= sizeof(part)) {
            close(dirfd);
            errno = EINVAL;
            return -1;
        }
        memcpy(part, s, n);
        part[n] = '\0';
        fd = openat(dirfd, part,
                    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        close(dirfd);
        dirfd = fd;
        s = slash + 1;
    }
    if (dirfd < 0)
        return -1;
    fd = openat(dirfd, s, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    close(dirfd);
    return fd;
}

/* Hashes and copies fd into `dst_tmp`. Returns 0 or -1. */
static int ra_copy_and_hash(int fd, const char *dst_tmp,
                            char hash[RA_SHA256_HEX])
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    unsigned char buf[65536], digest[32];
    unsigned int dlen = 0, i;
    int out = open(dst_tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    ssize_t n;
    int rc = -1;

    if (!md || out < 0 || EVP_DigestInit_ex(md, EVP_sha256(), NULL) != 1)
        goto done;
    while ((n = read(fd, buf, sizeof(buf))) > 0) {
        if (write(out, buf, (size_t)n) != n ||
            EVP_DigestUpdate(md, buf, (size_t)n) != 1)
            goto done;
    }
    if (n < 0 || EVP_DigestFinal_ex(md, digest, &dlen) != 1 || dlen != 32)
        goto done;
    for (i = 0; i < 32; i++)
        snprintf(hash + 2 * i, 3, "%02x", digest[i]);
    rc = 0;
done:
    if (out >= 0 && close(out) != 0)
        rc = -1;
    EVP_MD_CTX_free(md);
    return rc;
}

int ra_media_store(const char *root, const char *relpath, ra_media_kind kind,
                   long max_bytes, const char *media_dir,
                   char hash[RA_SHA256_HEX], char *err, size_t errlen)
{
    const char *what = kind == RA_MEDIA_PNG ? "PNG image" : "MP4 video";
    const char *ext = kind == RA_MEDIA_PNG ? "png" : "mp4", *bad;
    char tmp[4096], final[4096];
    struct stat st;
    int fd = ra_open_beneath(root, relpath), rc = -1;

    if (fd < 0) {
        snprintf(err, errlen,
                 errno == ELOOP ? "The scene's output is a link, not a "
                                  "video; it was refused."
                                : "The render finished without writing a "
                                  "video. Does the scene play any "
                                  "animation?");
        return -1;
    }
    /* One link: a second name for the file could be a host file's. */
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink != 1) {
        snprintf(err, errlen, "The scene's output is not a regular file.");
        goto done;
    }
    if (st.st_size > max_bytes || st.st_size < 64) {
        snprintf(err, errlen,
                 "The video is %lld bytes; the accepted size is 64 to %ld "
                 "bytes. Try a shorter animation or a lower quality.",
                 (long long)st.st_size, max_bytes);
        rc = st.st_size > max_bytes ? RA_MEDIA_TOO_BIG : -1;
        goto done;
    }
    if ((bad = ra_media_check(fd, (long long)st.st_size, kind))) {
        snprintf(err, errlen,
                 "The scene's output is not a valid %s (%s); it was "
                 "refused.",
                 what, bad);
        goto done;
    }
    snprintf(tmp, sizeof(tmp), "%s/.incoming-%d-%lu", media_dir, (int)getpid(),
             __atomic_add_fetch(&ra_media_seq, 1, __ATOMIC_RELAXED));
    if (ra_copy_and_hash(fd, tmp, hash) != 0) {
        snprintf(err, errlen, "Storing the video failed: %s", strerror(errno));
        unlink(tmp);
        goto done;
    }
    snprintf(final, sizeof(final), "%s/%s.%s", media_dir, hash, ext);
    /* Same content, same name: an existing file is already this video. */
    if (rename(tmp, final) != 0) {
        snprintf(err, errlen, "Storing the video failed: %s", strerror(errno));
        unlink(tmp);
        goto done;
    }
    rc = 0;
done:
    close(fd);
    return rc;
}
