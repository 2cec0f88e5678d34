/*
 * mm_buf: a growable C-heap string buffer. See mm_buf.h.
 */
#include "mm_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int mm_buf_reserve(mm_buf *b, size_t extra)
{
    size_t need, cap;
    char *p;

    if (b->failed)
        return -1;
    need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int mm_buf_append(mm_buf *b, const char *s, size_t n)
{
    if (mm_buf_reserve(b, n) != 0)
        return -1;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int mm_buf_puts(mm_buf *b, const char *s)
{
    return mm_buf_append(b, s, strlen(s));
}

int mm_buf_vprintf(mm_buf *b, const char *fmt, va_list ap)
{
    va_list copy;
    int n;

    va_copy(copy, ap);
    n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0 || mm_buf_reserve(b, (size_t)n) != 0) {
        b->failed = 1;
        return -1;
    }
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int mm_buf_printf(mm_buf *b, const char *fmt, ...)
{
    va_list ap;
    int rc;

    va_start(ap, fmt);
    rc = mm_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return rc;
}

/*
 * Decodes one UTF-8 sequence at p. Returns its length and stores the code
 * point, or returns 1 and stores U+FFFD for a malformed or overlong byte.
 */
static size_t mm_utf8_decode(const unsigned char *p, unsigned long *cp)
{
    size_t n, i;
    unsigned long c, min;

    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    if ((p[0] & 0xe0) == 0xc0)
        n = 2, c = p[0] & 0x1f, min = 0x80;
    else if ((p[0] & 0xf0) == 0xe0)
        n = 3, c = p[0] & 0x0f, min = 0x800;
    else if ((p[0] & 0xf8) == 0xf0)
        n = 4, c = p[0] & 0x07, min = 0x10000;
    else
        goto bad;
    for (i = 1; i < n; i++) {
        if ((p[i] & 0xc0) != 0x80)
            goto bad;
        c = (c << 6) | (p[i] & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
        goto bad;
    *cp = c;
    return n;
bad:
    *cp = 0xfffd;
    return 1;
}

int mm_buf_python_string(mm_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned long cp;

    mm_buf_puts(b, "\"");
    while (*p) {
        p += mm_utf8_decode(p, &cp);
        if (cp == '"' || cp == '\\')
            mm_buf_printf(b, "\\%c", (int)cp);
        else if (cp >= 0x20 && cp < 0x7f)
            mm_buf_printf(b, "%c", (int)cp);
        else if (cp <= 0xffff)
            /* Escaped, so the literal is pure ASCII whatever the input. */
            mm_buf_printf(b, "\\u%04lx", cp);
        else
            mm_buf_printf(b, "\\U%08lx", cp);
    }
    return mm_buf_puts(b, "\"");
}

char *mm_buf_steal(mm_buf *b)
{
    char *out = NULL;

    if (!b->failed)
        out = b->data ? b->data : calloc(1, 1);
    else
        free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
    return out;
}

void mm_buf_free(mm_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}
