/*
 * Unit tests of collecting a video from a folder that untrusted code
 * wrote: links anywhere on the path are refused, only a bounded MP4 is
 * stored, and it is stored once, under its SHA-256.
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

static void make_mp4(const char *rel)
{
    char data[256] = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'};

    write_file(rel, data, sizeof(data));
}

static void test_regular_mp4_is_stored_by_hash(void)
{
    char hash[RA_SHA256_HEX], err[256], path[4300];
    struct stat st;

    mkdir(media, 0755);
    make_mp4("a/b/out.mp4");
    MM_CHECK(ra_media_store(root, "a/b/out.mp4", 1 << 20, media, hash, err,
                            sizeof(err)) == 0);
    MM_CHECK(strlen(hash) == 64);
    snprintf(path, sizeof(path), "%s/%s.mp4", media, hash);
    MM_CHECK(stat(path, &st) == 0 && st.st_size == 256);
    /* The same content again lands on the same file. */
    MM_CHECK(ra_media_store(root, "a/b/out.mp4", 1 << 20, media, hash, err,
                            sizeof(err)) == 0);
}

static void test_links_on_the_path_are_refused(void)
{
    char hash[RA_SHA256_HEX], err[256], path[4300], target[4300];

    snprintf(path, sizeof(path), "%s/link.mp4", root);
    symlink("/etc/passwd", path);
    MM_CHECK(ra_media_store(root, "link.mp4", 1 << 20, media, hash, err,
                            sizeof(err)) != 0);
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
    MM_CHECK(ra_media_store(root, "a/fake.mp4", 1 << 20, media, hash, err,
                            sizeof(err)) != 0);
    MM_CHECK_CONTAINS(err, "not an MP4");
    MM_CHECK(ra_media_store(root, "a/b/out.mp4", 100, media, hash, err,
                            sizeof(err)) != 0);
    MM_CHECK_CONTAINS(err, "accepted size");
    MM_CHECK(ra_media_store(root, "a/missing.mp4", 1 << 20, media, hash, err,
                            sizeof(err)) != 0);
    MM_CHECK_CONTAINS(err, "without writing a video");
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
    MM_RUN(test_error_line_of_a_rich_traceback);
    snprintf(dir, sizeof(dir), "rm -rf '%s'", root);
    if (system(dir) != 0)
        return 2;
    return mm_test_summary();
}
