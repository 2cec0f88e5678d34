/*
 * Unit tests of Manim progress parsing: bars split across chunks, '\r'
 * redraws, waits, and the mapping to an overall percentage.
 */
#include "mm_test.h"
#include "ra_progress.h"

static void test_bar_split_across_chunks(void)
{
    ra_progress p;
    char msg[128];
    const char *a = "\rAnimation 1: Create(Circle):  4";
    const char *b = "5%|####      | 7/15 [00:00<00:00]\r";

    ra_progress_init(&p, 4);
    ra_progress_feed(&p, a, strlen(a));
    MM_CHECK(p.animation == -1);
    ra_progress_feed(&p, b, strlen(b));
    MM_CHECK(p.animation == 1 && p.percent == 45 && p.changed);
    MM_CHECK(ra_progress_overall(&p, 20, 95, msg, sizeof(msg)) ==
             20 + (int)(75 * (1.45 / 4)));
    MM_CHECK_STR(msg, "Rendering animation 2/4 (45%)");
}

static void test_waiting_bar_and_growth_past_the_estimate(void)
{
    ra_progress p;
    char msg[128];
    const char *s = "Waiting 3: 100%|##########| 15/15 [00:00<00:00]\n";

    ra_progress_init(&p, 2);
    ra_progress_feed(&p, s, strlen(s));
    MM_CHECK(p.animation == 3 && p.percent == 100);
    ra_progress_overall(&p, 0, 100, msg, sizeof(msg));
    MM_CHECK_STR(msg, "Rendering animation 4/4 (100%)");
}

static void test_other_output_is_ignored(void)
{
    ra_progress p;
    char msg[64];
    const char *s = "INFO Animation 0 : Partial movie file written\n"
                    "Traceback (most recent call last):\n";

    ra_progress_init(&p, 0);
    ra_progress_feed(&p, s, strlen(s));
    MM_CHECK(p.animation == -1 && !p.changed && p.total == 1);
    MM_CHECK(ra_progress_overall(&p, 20, 95, msg, sizeof(msg)) == 20);
    MM_CHECK_STR(msg, "Starting the renderer");
}

static void test_overlong_lines_are_cut_not_overflowed(void)
{
    ra_progress p;
    char big[4096];

    memset(big, 'A', sizeof(big));
    ra_progress_init(&p, 1);
    ra_progress_feed(&p, big, sizeof(big));
    ra_progress_feed(&p, "\n", 1);
    MM_CHECK(p.animation == -1 && p.len == 0);
}

int main(void)
{
    MM_RUN(test_bar_split_across_chunks);
    MM_RUN(test_waiting_bar_and_growth_past_the_estimate);
    MM_RUN(test_other_output_is_ignored);
    MM_RUN(test_overlong_lines_are_cut_not_overflowed);
    return mm_test_summary();
}
