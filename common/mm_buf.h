/*
 * mm_buf: a growable, always NUL-terminated byte buffer on the C heap.
 *
 * Used by the render agent and the unit tests wherever text is assembled
 * piece by piece (generated scene code, command output, log excerpts).
 * Code inside httpd uses APR pools instead and never needs this.
 */
#ifndef MM_BUF_H
#define MM_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct mm_buf {
    char *data; /* NUL-terminated contents; NULL until first append */
    size_t len; /* bytes used, excluding the terminating NUL */
    size_t cap; /* bytes allocated */
    int failed; /* set once an allocation failed; appends become no-ops */
} mm_buf;

#define MM_BUF_INIT                                                           \
    {                                                                         \
        NULL, 0, 0, 0                                                         \
    }

/* Appends n bytes. Returns 0, or -1 (and sets failed) when out of memory. */
int mm_buf_append(mm_buf *b, const char *s, size_t n);

/* Appends a NUL-terminated string. Returns 0 or -1 as mm_buf_append. */
int mm_buf_puts(mm_buf *b, const char *s);

/* Appends printf-style formatted text. Returns 0 or -1. */
int mm_buf_printf(mm_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* As mm_buf_printf with a va_list. */
int mm_buf_vprintf(mm_buf *b, const char *fmt, va_list ap);

/*
 * Appends s as a Python string literal (double quotes, with every quote,
 * backslash, control and non-ASCII character escaped; malformed UTF-8
 * becomes U+FFFD), so that no input can
 * change the structure of the code around it. Returns 0 or -1.
 */
int mm_buf_python_string(mm_buf *b, const char *s);

/*
 * Hands the contents to the caller: returns the malloc'd string (an empty
 * string for an empty buffer), or NULL if any append failed. The buffer
 * is reset either way. The caller frees the result with free().
 */
char *mm_buf_steal(mm_buf *b);

/* Frees the contents and resets the buffer. */
void mm_buf_free(mm_buf *b);

#endif /* MM_BUF_H */
