/*
 * Unit tests of measuring a work folder that untrusted code writes: sizes
 * and entries add up, the walk stops at its bounds, and links (to the
 * whole host) are counted as entries, never followed.
 */
#include "mm_test.h"
#include "ra_usage.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[] = "/tmp/mm-test-usage-XXXXXX";

static void write_bytes(const char *rel, size_t n)
{
    char path[4200], *data = calloc(1, n);
    FILE *f;

    snprintf(path, sizeof(path), "%s/%s", root, rel);
    f = fopen(path, "w");
    memset(data, 'x', n);
    fwrite(data, 1, n, f);
    fclose(f);
    free(data);
}

static void test_sizes_add_up(void)
{
    char dir[4200];

    snprintf(dir, sizeof(dir), "%s/a", root);
    mkdir(dir, 0755);
    write_bytes("a/one", 1 << 20);
    write_bytes("two", 1 << 20);
    MM_CHECK(ra_usage_over(root, 3 << 20, 100) == 0);
    MM_CHECK(ra_usage_over(root, 1 << 20, 100) == 1);
    MM_CHECK(ra_usage_over(root, 3 << 20, 2) == 1); /* a, a/one, two */
}

static void test_links_are_not_followed(void)
{
    char link[4200];

    /* Followed, a link to / would count the whole host. */
    snprintf(link, sizeof(link), "%s/host", root);
    MM_CHECK(symlink("/", link) == 0);
    MM_CHECK(ra_usage_over(root, 3 << 20, 100) == 0);
    MM_CHECK(ra_usage_over(link, 3 << 20, 100) == -1);
}

static void test_depth_is_bounded(void)
{
    char path[4200];
    int i;

    snprintf(path, sizeof(path), "%s/d", root);
    for (i = 0; i < RA_USAGE_MAX_DEPTH + 2; i++) {
        mkdir(path, 0755);
        size_t len = strlen(path);
        snprintf(path + len, sizeof(path) - len, "/d");
    }
    MM_CHECK(ra_usage_over(root, 1LL << 40, 100000) == 1);
}

int main(void)
{
    char cmd[4300];

    if (!mkdtemp(root))
        return 2;
    MM_RUN(test_sizes_add_up);
    MM_RUN(test_links_are_not_followed);
    MM_RUN(test_depth_is_bounded);
    snprintf(cmd, sizeof(cmd), "rm -rf '%s'", root);
    if (system(cmd) != 0)
        return 2;
    return mm_test_summary();
}
