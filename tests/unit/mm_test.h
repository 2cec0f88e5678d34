/*
 * mm_test: the few macros the C unit tests need. Each test file is its own
 * program: it defines test functions, lists them in main() with MM_RUN,
 * and returns mm_test_summary(). A failed check prints file:line and the
 * expression and marks the current test failed; the test goes on.
 */
#ifndef MM_TEST_H
#define MM_TEST_H

#include <stdio.h>
#include <string.h>

static int mm_test_failed_checks;
static int mm_test_passed, mm_test_failed;

#define MM_CHECK(cond)                                                        \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "  %s:%d: check failed: %s\n", __FILE__,          \
                    __LINE__, #cond);                                         \
            mm_test_failed_checks++;                                          \
        }                                                                     \
    } while (0)

#define MM_CHECK_STR(a, b)                                                    \
    do {                                                                      \
        const char *mm_a_ = (a), *mm_b_ = (b);                                \
        if (!mm_a_ || !mm_b_ || strcmp(mm_a_, mm_b_) != 0) {                  \
            fprintf(stderr,                                                   \
                    "  %s:%d: %s == %s\n    got:      %s\n"                   \
                    "    expected: %s\n",                                     \
                    __FILE__, __LINE__, #a, #b, mm_a_ ? mm_a_ : "(null)",     \
                    mm_b_ ? mm_b_ : "(null)");                                \
            mm_test_failed_checks++;                                          \
        }                                                                     \
    } while (0)

#define MM_CHECK_CONTAINS(haystack, needle)                                   \
    do {                                                                      \
        const char *mm_h_ = (haystack), *mm_n_ = (needle);                    \
        if (!mm_h_ || !strstr(mm_h_, mm_n_)) {                                \
            fprintf(stderr, "  %s:%d: %s does not contain \"%s\"\n%s\n",      \
                    __FILE__, __LINE__, #haystack, mm_n_,                     \
                    mm_h_ ? mm_h_ : "(null)");                                \
            mm_test_failed_checks++;                                          \
        }                                                                     \
    } while (0)

#define MM_RUN(fn)                                                            \
    do {                                                                      \
        int mm_before_ = mm_test_failed_checks;                               \
        fn();                                                                 \
        if (mm_test_failed_checks == mm_before_) {                            \
            mm_test_passed++;                                                 \
            printf("PASS %s\n", #fn);                                         \
        } else {                                                              \
            mm_test_failed++;                                                 \
            printf("FAIL %s\n", #fn);                                         \
        }                                                                     \
    } while (0)

/* Prints "N passed, N failed" and returns the process exit status. */
static inline int mm_test_summary(void)
{
    printf("%d passed, %d failed\n", mm_test_passed, mm_test_failed);
    return mm_test_failed ? 1 : 0;
}

#endif /* MM_TEST_H */
