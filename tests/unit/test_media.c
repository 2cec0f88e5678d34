/*
 * Unit tests of collecting a video from a folder that untrusted code
 * wrote: links anywhere on the path are refused, only a bounded file with
 * the structure of an MP4 (or, for --last-frame, a PNG) is stored, and it
 * is stored once, under its SHA-256.
 */
#include "mm_test.h"
#include "ra_media.h"
#include "ra_render.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[] = "/tmp/mm-test-media-XXXXXX";
static char media[4200];

static void write_file(const char *rel, const char *data, size_t n)
{
    char path[4200];
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", root, rel);
    f = fopen(path, "w");
    fwrite(data, 1, n, f);
    fclose(f);
}

/* Appends a box (or PNG chunk, with png set) of `type` around `body`. */
static size_t put_box(unsigned char *p, const char *type,
                      const unsigned char *body, size_t n, int png)
{
    size_t size = png ? n : n + 8; /* a chunk counts only its data */

    p[0] = (unsigned char)(size >> 24);
    p[1] = (unsigned char)(size >> 16);
    p[2] = (unsigned char)(size >> 8);
    p[3] = (unsigned char)size;
    memcpy(p + 4, type, 4);
    memcpy(p + 8, body, n);
    if (png) {
        memset(p + 8 + n, 0, 4); /* CRC, not checked */
        return n + 12;
    }
    return n + 8;
}

/* A minimal well-formed MP4: ftyp, moov (mvhd of 2 s, a video trak),
 * mdat. `mdat_extra` adds to mdat's declared size (to break it). */
static size_t build_mp4(unsigned char *out, long mdat_extra, int video)
{
    unsigned char mvhd[100] = {0}, hdlr[25] = {0}, mdia[64], trak[80];
    unsigned char moov[400], frames[64];
    size_t n = 0, m, t, d;

    mvhd[15] = 0xe8, mvhd[14] = 0x03; /* timescale 1000 */
    mvhd[18] = 0x07, mvhd[19] = 0xd0; /* duration 2000 */
    memcpy(hdlr + 8, video ? "vide" : "soun", 4);
    d = put_box(mdia, "hdlr", hdlr, sizeof(hdlr), 0);
    t = put_box(trak, "mdia", mdia, d, 0);
    m = put_box(moov, "mvhd", mvhd, sizeof(mvhd), 0);
    m += put_box(moov + m, "trak", trak, t, 0);
    n += put_box(out, "ftyp", (const unsigned char *)"isom\0\0\2\0", 8, 0);
    n += put_box(out + n, "moov", moov, m, 0);
    memset(frames, 0xab, sizeof(frames));
    d = put_box(out + n, "mdat", frames, sizeof(frames), 0);
    out[n + 3] = (unsigned char)(out[n + 3] + mdat_extra);
    return n + d;
}

static void make_mp4(const char *rel)
{
    unsigned char data[1024];

    write_file(rel, (const char *)data, build_mp4(data, 0, 1));
}

/* A minimal PNG: signature, IHDR (w x h), IDAT, IEND. */
static size_t build_png(unsigned char *out, unsigned w, unsigned h)
{
    unsigned char ihdr[13] = {0,
                              0,
                              (unsigned char)(w >> 8),
                              (unsigned char)w,
                              0,
                              0,
                              (unsigned char)(h >> 8),
                              (unsigned char)h,
                              8,
                              2,
                              0,
                              0,
                              0};
    unsigned char idat[40] = {0x78, 0x9c};
    size_t n = 8;

    memcpy(out, "\x89PNG\r\n\x1a\n", 8);
    n += put_box(out + n, "IHDR", ihdr, sizeof(ihdr), 1);
    n += put_box(out + n, "IDAT", idat, sizeof(idat), 1);
    n += put_box(out + n, "IEND", idat, 0, 1);
    return n;
}

static void test_regular_mp4_is_stored_by_hash(void)
{
    char hash[RA_SHA256_HEX], err[256], path[4300];
    struct stat st;

    mkdir(media, 0755);
    make_mp4("a/b/out.mp4");
    MM_CHECK(ra_media_store(root, "a/b/out.mp4", RA_MEDIA_MP4, 1 << 20, media,
                            hash, err, sizeof(err)) == 0);
    MM_CHECK(strlen(hash) == 64);
    snprintf(path, sizeof(path), "%s/%s.mp4", media, hash);
    MM_CHECK(stat(path, &st) == 0 && st.st_size > 200);
    /* The same content again lands on the same file. */
    MM_CHECK(ra_media_store(root, "a/b/out.mp4", RA_MEDIA_MP4, 1 << 20, media,
                            hash, err, sizeof(err)) == 0);
}

static void test_links_on_the_path_are_refused(void)
{
    char hash[RA_SHA256_HEX], err[256], path[4300], target[4300];

    snprintf(path, sizeof(path), "%s/link.mp4", root);
    symlink("/etc/passwd", path);
    MM_CHECK(ra_media_store(root, "link.mp4", RA_MEDIA_MP4, 1 << 20, media,
                            hash, err, sizeof(err)) != 0);
    MM_CHECK_CONTAINS(err, "link");
    /* A linked folder in the middle of the path, too. */
    snprintf(path, sizeof(path), "%s/c", root);
    snprintf(target, sizeof(target), "%s/a", root);
    symlink(target, path);
    MM_CHECK(ra_open_beneath(root, "c/b/out.mp4") < 0 &&
             (errno == ELOOP || errno == ENOTDIR));
    MM_CHECK(ra_open_beneath(root, "../etc/passwd") < 0);
    MM_CHECK(ra_open_beneath(root, "/etc/passwd") < 0);
}

static void test_non_mp4_and_oversize_are_refused(void)
{
    char hash[RA_SHA256_HEX], err[256];
    char text[100];

    memset(text, 'x', sizeof(text));
    write_file("a/fake.mp4", text, sizeof(text));
    MM_CHECK(ra_media_store(root, "a/fake.mp4", RA_MEDIA_MP4, 1 << 20, media,
                            hash, err, sizeof(err)) != 0);
    MM_CHECK_CONTAINS(err, "not a valid MP4");
    MM_CHECK(ra_media_store(root, "a/b/out.mp4", RA_MEDIA_MP4, 100, media,
                            hash, err, sizeof(err)) == RA_MEDIA_TOO_BIG);
    MM_CHECK_CONTAINS(err, "accepted size");
    MM_CHECK(ra_media_store(root, "a/missing.mp4", RA_MEDIA_MP4, 1 << 20,
                            media, hash, err, sizeof(err)) != 0);
    MM_CHECK_CONTAINS(err, "without writing a video");
}

/* Checks `data` as `kind` through a file; returns the problem or NULL. */
static const char *check_bytes(const void *data, size_t n, ra_media_kind kind)
{
    static char err[256];
    char hash[RA_SHA256_HEX];

    write_file("a/probe", data, n);
    if (ra_media_store(root, "a/probe", kind, 1 << 20, media, hash, err,
                       sizeof(err)) == 0)
        return NULL;
    return err;
}

static void test_fake_mp4s_are_refused(void)
{
    unsigned char mp4[1024],
        fake[300] = {0, 0, 0, 0x10, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};
    size_t n = build_mp4(mp4, 0, 1);

    MM_CHECK(check_bytes(mp4, n, RA_MEDIA_MP4) == NULL);
    /* An ftyp header and anything after it: the old check's hole. */
    MM_CHECK_CONTAINS(check_bytes(fake, sizeof(fake), RA_MEDIA_MP4),
                      "do not add up");
    /* A box that claims more than the file holds. */
    n = build_mp4(mp4, 4, 1);
    MM_CHECK_CONTAINS(check_bytes(mp4, n, RA_MEDIA_MP4), "do not add up");
    /* Trailing bytes after the last box. */
    n = build_mp4(mp4, 0, 1);
    memset(mp4 + n, 0, 40);
    MM_CHECK(check_bytes(mp4, n + 40, RA_MEDIA_MP4) != NULL);
    /* Well formed, but sound only. */
    n = build_mp4(mp4, 0, 0);
    MM_CHECK_CONTAINS(check_bytes(mp4, n, RA_MEDIA_MP4), "no video track");
    /* A PNG is not a video, a video is not a PNG. */
    n = build_png(mp4, 854, 480);
    MM_CHECK(check_bytes(mp4, n, RA_MEDIA_MP4) != NULL);
    MM_CHECK(check_bytes(mp4, n, RA_MEDIA_PNG) == NULL);
    n = build_mp4(mp4, 0, 1);
    MM_CHECK(check_bytes(mp4, n, RA_MEDIA_PNG) != NULL);
}

static void test_fake_pngs_are_refused(void)
{
    unsigned char png[256];
    size_t n = build_png(png, 854, 480);
    char text[200];

    MM_CHECK(check_bytes(png, n, RA_MEDIA_PNG) == NULL);
    MM_CHECK(check_bytes(png, n - 3, RA_MEDIA_PNG) != NULL);
    n = build_png(png, 0, 480);
    MM_CHECK_CONTAINS(check_bytes(png, n, RA_MEDIA_PNG), "dimensions");
    memset(text, 'x', sizeof(text));
    memcpy(text, "\x89PNG\r\n\x1a\n", 8);
    MM_CHECK(check_bytes(text, sizeof(text), RA_MEDIA_PNG) != NULL);
}

static void test_a_second_link_to_the_output_is_refused(void)
{
    char hash[RA_SHA256_HEX], err[256], a[4300], b[4300];

    make_mp4("a/b/linked.mp4");
    snprintf(a, sizeof(a), "%s/a/b/linked.mp4", root);
    snprintf(b, sizeof(b), "%s/a/b/second-name", root);
    MM_CHECK(link(a, b) == 0);
    MM_CHECK(ra_media_store(root, "a/b/linked.mp4", RA_MEDIA_MP4, 1 << 20,
                            media, hash, err, sizeof(err)) != 0);
    MM_CHECK_CONTAINS(err, "not a regular file");
}

static void test_error_line_of_a_rich_traceback(void)
{
    const char *tb = "| /work/scene.py:5 in construct |\n"
                     "|   4 |   c = Circle()          |\n"
                     "+-------------------------------+\n"
                     "NameError: name 'Circel' is not defined\n";
    char *line = ra_render_error_line(tb);

    MM_CHECK_STR(line, "NameError: name 'Circel' is not defined");
    free(line);
    MM_CHECK(ra_render_error_line("all fine\nno errors here\n") == NULL);
    line = ra_render_error_line("ValueError: latex error converting to "
                                "dvi. See log output above");
    MM_CHECK_CONTAINS(line, "ValueError: latex");
    free(line);
}

int main(void)
{
    char dir[4200];

    if (!mkdtemp(root))
        return 2;
    snprintf(media, sizeof(media), "%s/media", root);
    snprintf(dir, sizeof(dir), "%s/a", root);
    mkdir(dir, 0755);
    snprintf(dir, sizeof(dir), "%s/a/b", root);
    mkdir(dir, 0755);
    MM_RUN(test_regular_mp4_is_stored_by_hash);
    MM_RUN(test_links_on_the_path_are_refused);
    MM_RUN(test_non_mp4_and_oversize_are_refused);
    MM_RUN(test_fake_mp4s_are_refused);
    MM_RUN(test_fake_pngs_are_refused);
    MM_RUN(test_a_second_link_to_the_output_is_refused);
    MM_RUN(test_error_line_of_a_rich_traceback);
    snprintf(dir, sizeof(dir), "rm -rf '%s'", root);
    if (system(dir) != 0)
        return 2;
    return mm_test_summary();
}
