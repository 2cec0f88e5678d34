/*
 * ra_media: collecting and storing rendered videos. See ra_media.h.
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

int ra_media_store(const char *root, const char *relpath, long max_bytes,
                   const char *media_dir, char hash[RA_SHA256_HEX], char *err,
                   size_t errlen)
{
    char head[12], tmp[4096], final[4096];
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
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "The scene's output is not a regular file.");
        goto done;
    }
    if (st.st_size > max_bytes || st.st_size < 64) {
        snprintf(err, errlen,
                 "The video is %lld bytes; the accepted size is 64 to %ld "
                 "bytes. Try a shorter animation or a lower quality.",
                 (long long)st.st_size, max_bytes);
        goto done;
    }
    if (pread(fd, head, sizeof(head), 0) != (ssize_t)sizeof(head) ||
        memcmp(head + 4, "ftyp", 4) != 0) {
        snprintf(err, errlen, "The scene's output is not an MP4 video.");
        goto done;
    }
    snprintf(tmp, sizeof(tmp), "%s/.incoming-%d-%lu", media_dir, (int)getpid(),
             __atomic_add_fetch(&ra_media_seq, 1, __ATOMIC_RELAXED));
    if (ra_copy_and_hash(fd, tmp, hash) != 0) {
        snprintf(err, errlen, "Storing the video failed: %s", strerror(errno));
        unlink(tmp);
        goto done;
    }
    snprintf(final, sizeof(final), "%s/%s.mp4", media_dir, hash);
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
